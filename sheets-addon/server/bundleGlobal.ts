/**
 * What the bundled libraries see as `globalThis` (the build maps it here): zod keeps its settings
 * on the global object, and in Apps Script every global property of the script is shared by all its
 * files. This keeps the server script's one global the `RBMatrix` namespace.
 */
export const bundleGlobal: Record<string, unknown> = {};
