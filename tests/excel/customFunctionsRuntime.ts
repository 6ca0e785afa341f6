/**
 * The part of Excel's custom-functions runtime the RB.* functions use, strict as documented:
 * `CustomFunctions.Error(code, message?)` takes one of the ErrorCode values, and a message only with
 * `#VALUE!` or `#N/A` ("A custom error message can't be used" with the others:
 * learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode). An error
 * cell reaches a function (allowErrorForDataTypeAny) as such an object.
 */
const CODES = new Set(['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!', '#NAME?', '#REF!']);
const OUTPUT = new Set(['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!']);
const WITH_MESSAGE = new Set(['#VALUE!', '#N/A']);

export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    if (!CODES.has(code)) throw new TypeError(`CustomFunctions.Error: no error code ${code}`);
    if (message !== undefined && !WITH_MESSAGE.has(code)) throw new TypeError(`CustomFunctions.Error: ${code} takes no message`);
  }

  /** `#NAME?` and `#REF!` are input errors only: a function cannot give them back. */
  get returnable(): boolean {
    return OUTPUT.has(this.code);
  }
}
