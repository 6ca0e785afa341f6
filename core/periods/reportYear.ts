/**
 * The years a summary may be asked for. Road maps run in five-year plans from the 2000s; a year
 * outside this range is a typo (`20233`, `203`), refused rather than computed.
 */
export const REPORT_YEARS = { min: 2000, max: 2100 } as const;

/** True for a whole year from 2000 to 2100. */
export function isReportYear(year: number): boolean {
  return Number.isInteger(year) && year >= REPORT_YEARS.min && year <= REPORT_YEARS.max;
}
