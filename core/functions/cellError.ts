/**
 * Cells holding an error (`#DIV/0!`, `#N/A`…) as the hosts hand them to a function: Excel, once
 * functions.json allows it (`allowErrorForDataTypeAny`), as a `CustomFunctions.Error` object carrying
 * the error in `code` (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs);
 * Google Sheets and the CLI as the error's text. Core reads both as the text.
 */
import type { ErrorValue } from './problem';

const ERROR_TEXTS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);

/** The errors Excel lets a custom function give back; any other input error comes back as `#VALUE!`. */
const RETURNABLE = new Set<string>(['#VALUE!', '#N/A', '#NUM!', '#DIV/0!', '#NULL!']);

/** The error a cell holds (`#DIV/0!`), or undefined for any other value. */
export function errorOf(x: unknown): string | undefined {
  if (typeof x === 'string') return ERROR_TEXTS.has(x) ? x : undefined;
  if (typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Date)) {
    const code = (x as { code?: unknown }).code;
    return typeof code === 'string' && ERROR_TEXTS.has(code) ? code : undefined;
  }
  return undefined;
}

/** The error a row shows for an input error: the same one where a function may give it, else `#VALUE!`. */
export function passedOn(error: string): ErrorValue {
  return (RETURNABLE.has(error) ? error : '#VALUE!') as ErrorValue;
}
