/** The quarterly summary built in core: figures, groups, caps, and the Plan a host writes. */
import { buildSummary, readMatrix, SIGNATURE, type CellValue, type Grid, type Matrix, type Plan, type PlanCell } from '../../core';
import { general, gNext, gRow, tematik, tRow } from './helpers';

/** RB General with a `Realisasi` parent over TW 1–4 and Kendala / Tindak Lanjut appended (Q–V). */
function monitored(rows: { row: CellValue[]; real?: CellValue[]; kendala?: string; tindak?: string }[]): Grid {
  const grid = general(rows.map((r) => [...r.row, ...(r.real ?? ['', '', '', '']), r.kendala ?? '', r.tindak ?? '']));
  grid.values[1].push('Realisasi', '', '', '', 'Kendala', 'Tindak Lanjut');
  grid.values[2].push('TW 1', 'TW 2', 'TW 3', 'TW 4', '', '');
  return grid;
}

function matrixOf(grid: Grid): Matrix {
  const m = readMatrix(grid);
  if (!m) throw new Error('no matrix');
  return m;
}

const MADE = new Date(2023, 6, 10);

/** Five outputs under two Kegiatan Utama and two Koordinator, at TW II 2023. */
function sample(): Grid {
  return monitored([
    // Reached: 1 Dokumen in TW 1, realised.
    { row: gRow({ kegiatanUtama: 'KU A', koordinator: 'Biro X' }), real: [1, '', '', ''] },
    // Exceeded: 2 in TW 2, 3 realised (150%, capped at 100% in the means).
    { row: gNext({ tw1: '', tw2: 2, total: 2, koordinator: 'Biro X' }), real: ['', 3, '', ''] },
    // Short: 50% in TW 2 (Persentase), 25% realised.
    { row: gNext({ satuan: 'Persentase', tw1: '', tw2: '50%', total: '50%', koordinator: 'Biro Y' }), real: ['', '25%', '', ''], kendala: 'Anggaran terlambat', tindak: '=Usulkan revisi DIPA' },
    // No data: due in TW 1, nothing entered.
    { row: gRow({ kegiatanUtama: 'KU B', rencanaAksi: '- Menyusun pedoman', koordinator: 'biro  y' }), kendala: 'Menunggu data' },
    // Not due yet: TW 4 only.
    { row: gNext({ tw1: '', tw4: 1, total: 1, koordinator: 'Biro Y' }) },
    // 2024 only: outside the year.
    { row: gNext({ tw1: '', tahun2024: 1, total: 1, koordinator: 'Biro Y' }) },
  ]);
}

/** The plain values of plan cells: text, number, or null for anything else. */
function texts(cells: PlanCell[]): (string | number | null)[] {
  return cells.map((c) => (c.value.kind === 'text' ? c.value.text : c.value.kind === 'number' ? c.value.value : null));
}

function cellAt(plan: Plan, text: string): PlanCell {
  const cell = plan.cells.find((c) => c.value.kind === 'text' && c.value.text === text);
  if (!cell) throw new Error(`no cell “${text}”`);
  return cell;
}

function rowOf(plan: Plan, row: number): PlanCell[] {
  return plan.cells.filter((c) => c.row === row).sort((a, b) => a.column - b.column);
}

describe('summary figures', () => {
  test('statuses, due, outside the year, and the mean capped at 100%', () => {
    const { data } = buildSummary(matrixOf(sample()), { year: 2023, quarter: 2, madeOn: MADE });
    expect(data.period).toEqual({ year: 2023, quarter: 2 });
    expect(data.outsideYear).toBe(1);
    expect(data.totals).toEqual({ outputs: 5, due: 4, tercapai: 2, belumTercapai: 1, tidakAdaData: 1, belumJatuhTempo: 1, tercapaiLebihAwal: 0, capaianRataRata: (1 + 1 + 0.5 + 0) / 4 });
    expect(data.rows.map((r) => [r.row, r.status, r.capaian])).toEqual([
      [4, 'tercapai', 1],
      [5, 'tercapai', 1.5],
      [6, 'belum-tercapai', 0.5],
      [7, 'tidak-ada-data', null],
      [8, 'belum-jatuh-tempo', null],
    ]);
  });

  test.each([
    [1.1, (1 + 1.1 + 0.5) / 4],
    [1.2, (1 + 1.2 + 0.5) / 4],
    [null, (1 + 1.5 + 0.5) / 4],
  ] as const)('cap %p', (cap, mean) => {
    expect(buildSummary(matrixOf(sample()), { year: 2023, quarter: 2, cap, madeOn: MADE }).data.totals.capaianRataRata).toBeCloseTo(mean, 12);
  });

  test('groups per Kegiatan Utama and per Koordinator (case and spacing ignored), in order of appearance', () => {
    const { data } = buildSummary(matrixOf(sample()), { year: 2023, quarter: 2, madeOn: MADE });
    expect(data.groups.kegiatan.map((g) => [g.name, g.outputs, g.due, g.capaianRataRata])).toEqual([
      ['KU A', 3, 3, (1 + 1 + 0.5) / 3],
      ['KU B', 2, 1, 0],
    ]);
    expect(data.groups.koordinator.map((g) => [g.name, g.outputs, g.tidakAdaData, g.belumJatuhTempo])).toEqual([
      ['Biro X', 2, 0, 0],
      ['Biro Y', 3, 1, 1],
    ]);
    expect(data.groups.keterangan.map((g) => [g.name, g.outputs])).toEqual([['Penguatan', 5]]);
  });

  test('at TW I nothing of TW 2 is due; a TW 2 target already met by TW I realisation is met early', () => {
    const grid = monitored([{ row: gRow({ tw1: '', tw2: 2, total: 2 }), real: [2, '', '', ''] }, { row: gNext({ tw1: '', tw2: 2, total: 2 }), real: [1, '', '', ''] }]);
    const { data } = buildSummary(matrixOf(grid), { year: 2023, quarter: 1, madeOn: MADE });
    expect(data.rows.map((r) => r.status)).toEqual(['tercapai-lebih-awal', 'belum-jatuh-tempo']);
    expect(data.totals.capaianRataRata).toBeNull();
  });

  test('RB Tematik: stages on their ladder, grouped by Permasalahan', () => {
    const grid = tematik([tRow({ tw1: 'Draft', tw2: 'Naskah final', tw3: '', tw4: '', tw13: '' })]);
    grid.values[1].push('Realisasi', '');
    grid.values[2].push('TW I', 'TW II');
    grid.values[3].push('Draft', 'Draft');
    const { data } = buildSummary(matrixOf(grid), { year: 2023, quarter: 2, madeOn: MADE });
    expect(data.rows).toEqual([expect.objectContaining({ kegiatan: 'Belum tuntasnya penataan jabatan fungsional', agregasi: 'nilai-akhir', target: 'Naskah final', realisasi: 'Draft', capaian: 0.5, status: 'belum-tercapai' })]);
    expect(data.groups.kegiatan.map((g) => g.name)).toEqual(['Belum tuntasnya penataan jabatan fungsional']);
  });
});

describe('summary plan', () => {
  const { plan } = buildSummary(matrixOf(sample()), { year: 2023, quarter: 2, madeOn: MADE });

  test('named for the period, signed, frozen heading', () => {
    expect(plan.sheetName).toBe('Ringkasan TW II 2023');
    expect(plan.signature).toEqual({ row: 2, column: 0, text: SIGNATURE });
    expect(rowOf(plan, 2)[0].value).toEqual({ kind: 'text', text: SIGNATURE });
    expect(rowOf(plan, 2)[1].value).toEqual({ kind: 'text', text: 'Triwulan II 2023 (1 April 2023 – 30 Juni 2023) · sumber: sheet “RB General” · dibuat 10 Juli 2023 · batas capaian per output 100%' });
    expect(plan.frozenRows).toBe(3);
    expect(plan.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: plan.columnWidths.length - 1 });
  });

  test('user text that looks like a formula or a bullet is a text cell', () => {
    expect(cellAt(plan, '- Menyusun pedoman').value.kind).toBe('text');
    expect(cellAt(plan, '=Usulkan revisi DIPA').value.kind).toBe('text');
    for (const c of plan.cells) if (c.value.kind === 'number') expect(Number.isFinite(c.value.value)).toBe(true);
  });

  test('a table per Keterangan (Rutin / Penguatan)', () => {
    const title = cellAt(plan, 'Per Keterangan');
    expect(texts(rowOf(plan, title.row + 2)).slice(0, 3)).toEqual(['Penguatan', 5, 4]);
  });

  test('group rows carry counts, the capped mean as a percentage, and a traffic light', () => {
    const ku = cellAt(plan, 'KU A');
    const cells = rowOf(plan, ku.row);
    expect(cells.slice(1, 8).map((c) => (c.value.kind === 'number' ? c.value.value : null))).toEqual([3, 3, 2, 1, 0, 0, 0]);
    expect(cells[8]).toMatchObject({ value: { kind: 'number', value: 2.5 / 3 }, numberFormat: '0.0%', fill: '#FFEB9C' });
    expect(cells[9].value).toEqual({ kind: 'text', text: 'Tinggi' });
    const kuB = rowOf(plan, cellAt(plan, 'KU B').row);
    expect(kuB[8]).toMatchObject({ value: { kind: 'number', value: 0 }, fill: '#FFC7CE' });
    expect(kuB[9].value).toEqual({ kind: 'text', text: 'Sangat Rendah' });
  });

  test('the agenda lists the short and the missing outputs with Kendala and Tindak Lanjut', () => {
    const title = cellAt(plan, 'Agenda rapat pleno: 2 output belum tercapai atau tanpa data');
    const first = rowOf(plan, title.row + 2);
    const second = rowOf(plan, title.row + 3);
    expect(texts(first)).toEqual(['Konsep hasil reviu proses bisnis', 'Aksi lanjutan', 0.5, 0.25, 0.5, 'Belum tercapai', 'Biro Y', 'Anggaran terlambat', '=Usulkan revisi DIPA', 6, '']);
    expect(first[2].numberFormat).toBe('0%');
    expect(first[5]).toMatchObject({ fill: '#FFC7CE', font: { color: '#9C0006' } });
    expect(texts(second)).toEqual(['Konsep hasil reviu proses bisnis', '- Menyusun pedoman', 1, null, null, 'Tidak ada data', 'biro  y', 'Menunggu data', '', 7, '']);
  });

  test('the indicator table appears when the workbook has one', () => {
    const indicators = matrixOf({
      sheetName: 'Tabel 4',
      values: [
        ['No.', 'Indikator', 'Satuan', 'Baseline Tahun 2022', 'Target Tahun 2023', 'Realisasi 2023'],
        [1, 'Indeks RB', 'Nilai', '68,48', '72', '73,1'],
      ],
    });
    const built = buildSummary(matrixOf(sample()), { year: 2023, quarter: 4, madeOn: MADE, indicators });
    expect(built.data.indikator).toEqual([{ row: 2, indikator: 'Indeks RB', satuan: 'Nilai', sasaran: '', target: 72, realisasi: 73.1, capaian: 73.1 / 72, status: 'tercapai' }]);
    const withTable = built.plan;
    const title = cellAt(withTable, 'Indikator (sheet “Tabel 4”)');
    const row = rowOf(withTable, title.row + 2);
    expect(texts(row.slice(0, 7))).toEqual(['Indeks RB', 'Nilai', 68.48, 72, 73.1, 73.1 / 72, 'Tercapai']);
    expect(() => cellAt(plan, 'Indikator (sheet “Tabel 4”)')).toThrow();
  });
});

describe('who has reported (issue 17)', () => {
  test('per Koordinator: due, reported, not reported, last collection; the agenda names who has not reported', () => {
    const collections = [
      { part: 'BIRO Y', day: { year: 2023, month: 7, day: 3 } },
      { part: 'Biro Y', day: { year: 2023, month: 7, day: 5 } }, // the later day wins
      { part: 'Biro Z', day: { year: 2023, month: 7, day: 1 } }, // no outputs: not shown
    ];
    const { data, plan } = buildSummary(matrixOf(sample()), { year: 2023, quarter: 2, madeOn: MADE, collections });
    // Biro X: 2 due, both realised. Biro Y: the 50% (realised 25%) and the one without data are due; TW 4 is not.
    expect(data.pelaporan).toEqual([
      { koordinator: 'Biro X', jatuhTempo: 2, sudahMelapor: 2, belumMelapor: 0, terakhirDikumpulkan: null },
      { koordinator: 'Biro Y', jatuhTempo: 2, sudahMelapor: 1, belumMelapor: 1, terakhirDikumpulkan: '2023-07-05' },
    ]);
    const title = cellAt(plan, 'Pelaporan per Koordinator');
    expect(texts(rowOf(plan, title.row + 1))).toEqual(['Koordinator', 'Output jatuh tempo', 'Sudah melapor', 'Belum melapor', 'Terakhir dikumpulkan']);
    expect(texts(rowOf(plan, title.row + 3))).toEqual(['Biro Y', 2, 1, 1, '2023-07-05']);
    const agenda = cellAt(plan, 'Koordinator yang belum melapor: Biro Y (1).');
    expect(agenda.row).toBeGreaterThan(cellAt(plan, 'Agenda rapat pleno: 2 output belum tercapai atau tanpa data').row);
  });
});
