import type { PlanArea } from '../plan/area';
import type { LayoutDef } from '../layout/schema';

/**
 * The header of a new matrix, as the layout declares it (`template`: the road map's header as
 * printed, one or two rows), for another year: every year is moved by as many years as `year` is
 * from the declaration's own (the first year after a `Target`), so `Target Tahun 2023 … Tahun 2024`
 * becomes `Target Tahun 2025 … Tahun 2026` and `Baseline Tahun 2022` becomes `Baseline Tahun 2024`.
 */
export function templateHeader(layout: LayoutDef, year: number): string[][] {
  const declared = declaredYear(layout.template);
  const shift = declared === undefined ? 0 : year - declared;
  return layout.template.map((row) => row.map((label) => label.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + shift))));
}

function declaredYear(rows: readonly (readonly string[])[]): number | undefined {
  for (const row of rows) {
    for (const label of row) {
      const m = /target\D*(20\d\d)/i.exec(label);
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

/**
 * The merged cells of a header as the road map prints it (0-based within the header): a parent over
 * the children beside it (`Output` over `Satuan · Indikator`), a label without children over every
 * header row below it (`Kegiatan Utama` over both rows).
 */
export function headerMerges(rows: readonly (readonly string[])[]): PlanArea[] {
  const merges: PlanArea[] = [];
  const width = Math.max(...rows.map((r) => r.length));
  const at = (r: number, c: number) => rows[r]?.[c] ?? '';
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < width; c++) {
      if (at(r, c) === '') continue;
      let bottom = r;
      while (bottom + 1 < rows.length && at(bottom + 1, c) === '') bottom++;
      if (bottom > r) {
        merges.push({ top: r, left: c, bottom, right: c });
        continue;
      }
      if (r + 1 >= rows.length) continue;
      let right = c;
      while (right + 1 < width && at(r, right + 1) === '' && at(r + 1, right + 1) !== '') right++;
      if (right > c) merges.push({ top: r, left: c, bottom: r, right });
    }
  }
  return merges;
}
