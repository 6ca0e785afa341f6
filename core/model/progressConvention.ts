import type { Header } from '../layout/detectHeader';
import type { ParsedValue, PercentConvention } from '../values/parseValue';
import type { MatrixRow } from './readMatrix';

/**
 * A progress column (`Capaian Progres (%)`, `Progres TW 1`) holds percentages however they are
 * written: `80%`, `0,8`, `80`. A figure without `%` is read by the column, as the percent convention
 * reads percentage rows (percentConvention.ts): above 1 as percentage points, between 0 and 1 as a
 * fraction, 0 as 0%; exactly 1 as 1% in a column that counts in points and as 100% otherwise (a
 * progress of 1 alone says “done”). Rewrites the rows' `progress` in place.
 */
export function applyProgressConvention(header: Header, outputs: MatrixRow[]): void {
  header.progress.forEach((_, c) => {
    let points = false;
    let fractions = false;
    for (const row of outputs) {
      const v = row.progress[c];
      if (v?.kind !== 'number' || v.percent || v.unit !== undefined) continue;
      if (v.value > 1) points = true;
      else if (v.value > 0 && v.value < 1) fractions = true;
    }
    for (const row of outputs) {
      const v = row.progress[c];
      if (v?.kind !== 'number' || v.percent || v.unit !== undefined || v.value < 0) continue;
      const reading: PercentConvention = v.value > 1 || (v.value === 1 && points && !fractions) ? 'poin' : 'pecahan';
      const read: ParsedValue = { ...v, value: reading === 'poin' ? v.value / 100 : v.value, percent: true, assumed: reading };
      row.progress[c] = read;
    }
  });
}
