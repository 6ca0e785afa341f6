/**
 * Wall-clock time in a named time zone, for the fake Sheets (Node and the browser both have Intl's
 * time zones): what a spreadsheet in Asia/Makassar shows for an instant, and the instant it means by
 * a date and time.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall date and time of an instant in a zone, as the UTC fields of a number (a "naive" time in ms). */
export function wallTime(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const naive = new Date(0);
  naive.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  naive.setUTCHours(parts.hour, parts.minute, parts.second, ((instant % 1000) + 1000) % 1000);
  return naive.getTime();
}

/** The instant a wall date and time (a naive time in ms) has in a zone; in a gap of a clock change, the moment after. */
export function instantOf(naive: number, timeZone: string): number {
  let instant = naive - (wallTime(naive, timeZone) - naive);
  for (let i = 0; i < 3; i++) {
    const off = wallTime(instant, timeZone) - instant;
    instant = naive - off;
  }
  return instant;
}

/** `Utilities.formatDate`'s patterns the add-on uses (Java SimpleDateFormat): yyyy MM dd HH mm ss SSS and 'quoted' text. */
export function formatInZone(instant: number, timeZone: string, pattern: string): string {
  const wall = new Date(wallTime(instant, timeZone));
  const fields: Record<string, string> = {
    yyyy: String(wall.getUTCFullYear()).padStart(4, '0'),
    MM: String(wall.getUTCMonth() + 1).padStart(2, '0'),
    dd: String(wall.getUTCDate()).padStart(2, '0'),
    HH: String(wall.getUTCHours()).padStart(2, '0'),
    mm: String(wall.getUTCMinutes()).padStart(2, '0'),
    ss: String(wall.getUTCSeconds()).padStart(2, '0'),
    SSS: String(wall.getUTCMilliseconds()).padStart(3, '0'),
  };
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss|SSS/g, (token, quoted) => (quoted !== undefined ? quoted : fields[token]));
}
