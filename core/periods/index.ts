/** Reporting periods: quarters (triwulan, TW), Excel date serials and dates as Indonesian reports write them. */
export type { Quarter, YearQuarter } from './quarter';
export type { CalendarDate } from './calendarDate';
export { calendarDate } from './calendarDate';
export { quarterOf } from './quarterOf';
export { quarterStart } from './quarterStart';
export { quarterEnd } from './quarterEnd';
export { lastClosedQuarter } from './lastClosedQuarter';
export { romanQuarter } from './romanQuarter';
export { quarterName } from './quarterName';
export { quarterLabel } from './quarterLabel';
export { reportPeriodLabel } from './reportPeriodLabel';
export { parseQuarter } from './parseQuarter';
export { parsePeriod } from './parsePeriod';
export { dayToExcelSerial, fromExcelSerial, toExcelSerial } from './excelSerial';
export { toDate } from './toDate';
export { cellDay, cellDayText, naiveDate } from './cellDay';
export { serialDate } from './serialDate';
export { formatTanggal } from './formatTanggal';
