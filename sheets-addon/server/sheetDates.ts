/**
 * Date cells between Sheets and core. Sheets hands a script a date cell as the instant its date and
 * time have in the spreadsheet's time zone ("the dates and times in the spreadsheet refer to exact
 * moments in time"; custom functions get the same Dates, and "if the spreadsheet and script use
 * different time zones, the custom function will need to compensate":
 * developers.google.com/apps-script/guides/sheets/functions#data_types). The script's own zone is the
 * add-on's (appsscript.json: Asia/Jakarta), the spreadsheet's is its owner's: a WITA or WIT
 * spreadsheet read with local getters would be a day off near midnight.
 *
 * Core reads a date cell by the date and time it shows, in its UTC fields (core/periods/cellDay.ts),
 * so each instant is written out in the spreadsheet's zone with `Utilities.formatDate`
 * (developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)),
 * once per distinct instant, and read back as those fields.
 */
import { naiveDate } from '../../core/periods/cellDay';
import { localDate } from '../../core/periods/localDate';

const PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSS";
const PARTS = /^(-?\d+)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d\d\d)$/;

function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}

/** True when a value (a cell, a row, a range) holds a Date somewhere. */
export function holdsDate(value: unknown): boolean {
  if (isDate(value)) return true;
  return Array.isArray(value) && value.some(holdsDate);
}

/** A reader of Sheets' instants as core's date cells, in the spreadsheet's zone. */
export function dateCells(timeZone: string): (instant: Date) => Date {
  const seen = new Map<number, Date>();
  return (instant) => {
    const ms = instant.getTime();
    if (Number.isNaN(ms)) return instant;
    let cell = seen.get(ms);
    if (!cell) {
      const m = PARTS.exec(Utilities.formatDate(instant, timeZone, PATTERN));
      cell = m ? naiveDate(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], +m[7]) : new Date(NaN);
      seen.set(ms, cell);
    }
    return new Date(cell.getTime());
  };
}

/** The value with every Date (at any depth of arrays) read as a date cell. */
export function withDateCells<T>(value: T, read: (instant: Date) => Date): T {
  if (isDate(value)) return read(value) as T;
  if (Array.isArray(value)) return value.map((v) => withDateCells(v, read)) as T;
  return value;
}

/** Local midnight of today in the spreadsheet's zone: the day STATUS compares due dates with. */
export function spreadsheetToday(now: Date, timeZone: string): Date {
  const day = dateCells(timeZone)(now);
  return localDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}
