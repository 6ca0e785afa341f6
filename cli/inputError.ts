import { UserError } from '../core/workbench/userError';

/** A problem with the input file itself: reported as one line, exit code 2. */
export class InputError extends Error {}

/** The one-line bilingual text of an error the user can act on, or `undefined` for a bug. */
export function userMessage(error: unknown): string | undefined {
  if (error instanceof InputError || error instanceof UserError) return error.message;
  return undefined;
}
