import * as z from 'zod/mini';
import { BilingualSchema } from '../i18nSchema';
import { labelKey } from './normalizeLabel';

/**
 * The monitoring block: what evaluators add right of a plan for each period, a parent naming the
 * period (`Triwulan I`, `TW I`, `Q1`, `Triwulan 1 2025`, `Tahun 2024`) over its children:
 *
 * `Triwulan I` › `Capaian Output | Capaian Progres (%) | Kendala | Solusi | Link Bukti Dukung | Catatan Evaluator`
 *
 * Declared once, as the layouts are: the reader finds blocks by these labels (detectHeader.ts), and
 * a writer that adds blocks to a plan writes `writtenAs` under the period's name (`blockHeader`).
 * The same child under four period parents is four columns, one per period, never a duplicate.
 */
export const BlockRole = z.enum(['realisasi', 'progres', 'kendala', 'tindakLanjut', 'buktiDukung', 'catatan']);
export type BlockRole = z.output<typeof BlockRole>;

const BlockChildSchema = z.object({
  role: BlockRole,
  title: BilingualSchema,
  /** The label a writer gives the column. */
  writtenAs: z.string(),
  /** Labels the reader accepts, compared after `labelKey` squashing; the earlier ones win inside one block. */
  labels: z.array(z.string()).check(z.minLength(1)),
  /** Whether the child holds a figure per period (realisation, progress) rather than text. */
  figure: z.boolean(),
});
export type BlockChild = z.output<typeof BlockChildSchema>;

const BlockSchema = z.object({
  children: z.array(BlockChildSchema).check(z.minLength(1)),
  /** The children a writer puts in a new block, in order (issue 16: `rbm prepare`). */
  written: z.array(BlockRole).check(z.minLength(1)),
});

export const MONITORING_BLOCK = BlockSchema.parse({
  children: [
    {
      role: 'realisasi',
      title: { id: 'Realisasi', en: 'Realisation' },
      writtenAs: 'Realisasi',
      // `Realisasi` before `Capaian`: in a block holding both, Capaian is the sheet's own ratio.
      labels: ['realisasi', 'realisasi output', 'realisasi kinerja', 'realisasi capaian', 'realisasi fisik', 'capaian output', 'capaian', 'capaian kinerja', 'capaian realisasi', 'hasil'],
      figure: true,
    },
    {
      role: 'progres',
      title: { id: 'Progres (%)', en: 'Progress (%)' },
      writtenAs: 'Progres (%)',
      labels: ['capaian progres', 'progres', 'progress', 'persentase progres', 'persentase progress', 'capaian progress', 'progres pelaksanaan', 'progres capaian', 'persentase capaian progres', 'kemajuan'],
      figure: true,
    },
    { role: 'kendala', title: { id: 'Kendala', en: 'Obstacles' }, writtenAs: 'Kendala', labels: ['kendala', 'hambatan', 'kendala hambatan', 'kendala dan hambatan', 'permasalahan', 'kendala yang dihadapi'], figure: false },
    {
      role: 'tindakLanjut',
      title: { id: 'Tindak Lanjut', en: 'Follow-up' },
      writtenAs: 'Tindak Lanjut',
      labels: ['solusi', 'tindak lanjut', 'rencana tindak lanjut', 'rtl', 'upaya', 'upaya tindak lanjut', 'solusi tindak lanjut', 'langkah tindak lanjut'],
      figure: false,
    },
    {
      role: 'buktiDukung',
      title: { id: 'Bukti Dukung', en: 'Evidence' },
      writtenAs: 'Bukti Dukung',
      labels: ['bukti dukung', 'link bukti dukung', 'data dukung', 'link data dukung', 'tautan bukti dukung', 'dokumen pendukung', 'bukti', 'eviden', 'link eviden', 'evidence'],
      figure: false,
    },
    {
      role: 'catatan',
      title: { id: 'Catatan Evaluator', en: 'Evaluator’s notes' },
      writtenAs: 'Catatan Evaluator',
      labels: ['catatan evaluator', 'catatan evaluasi', 'catatan verifikator', 'catatan', 'keterangan', 'ket', 'rekomendasi evaluator'],
      figure: false,
    },
  ],
  written: ['realisasi', 'progres', 'kendala', 'tindakLanjut', 'buktiDukung'],
});

const byKey = new Map<string, { child: BlockChild; rank: number }>();
for (const child of MONITORING_BLOCK.children) child.labels.forEach((label, rank) => byKey.has(labelKey(label)) || byKey.set(labelKey(label), { child, rank }));

/**
 * The block child a label names (`Capaian Output` → realisasi, `Solusi` → tindakLanjut), with its
 * rank among that child's labels (lower is the likelier: `Realisasi` beats `Capaian` in one block);
 * `undefined` for any other label. `keys` are the label's variants (labelMatcher's `labelVariants`).
 */
export function blockChildOf(keys: readonly string[]): { child: BlockChild; rank: number } | undefined {
  for (const k of keys) {
    const found = byKey.get(k);
    if (found) return found;
  }
  return undefined;
}

/** Whether a child holds what was achieved (a figure per period) rather than notes. */
export function isFigureRole(role: BlockRole): role is 'realisasi' | 'progres' {
  return role === 'realisasi' || role === 'progres';
}

/**
 * The header cells of a new block for a period, as a writer lays them out: the period's name over
 * the written children (`Triwulan I 2026` › `Realisasi | Progres (%) | Kendala | Tindak Lanjut | Bukti Dukung`).
 * @example blockHeader('Triwulan I 2026') // { parent: 'Triwulan I 2026', children: ['Realisasi', 'Progres (%)', …] }
 */
export function blockHeader(period: string): { parent: string; children: string[] } {
  const written = MONITORING_BLOCK.written.map((role) => MONITORING_BLOCK.children.find((c) => c.role === role)!.writtenAs);
  return { parent: period, children: written };
}
