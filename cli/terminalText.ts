/**
 * Characters a terminal must never receive from a file: C0 controls and DEL (ESC starts escape
 * sequences that retitle windows, move the cursor or write to the clipboard), C1 controls (U+009B is
 * a one-character CSI on many terminals), bidirectional overrides, embeddings, isolates and marks
 * (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C: they reorder what is shown, the "Trojan
 * Source" trick), and the line and paragraph separators U+2028/U+2029.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same less C0, which `JSON.stringify` escapes inside strings and uses raw only for its own line breaks. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Every string the CLI prints for people (messages, file and sheet names, paths, the report): tabs
 * and line breaks become spaces, so one message stays one line; every other unsafe character is
 * shown as `<U+001B>`, visible and harmless.
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (ch) => (ch === '\t' || ch === '\n' || ch === '\r' ? ' ' : `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`));
}

/**
 * JSON for stdout: exact JSON (the same values once parsed), with the characters above written as
 * `\u` escapes; `JSON.stringify` escapes C0 controls itself but leaves C1 and bidi characters raw.
 */
export function jsonText(value: unknown, replacer?: (key: string, value: unknown) => unknown): string {
  return JSON.stringify(value, replacer, 2).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
