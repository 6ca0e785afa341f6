import { Command, CommanderError, Option } from 'commander';
import { UserError, type Lang } from '../core/i18n';
import { formatText } from './formatText';
import { pickAndValidate } from './pickSheet';
import { prepareCommand, type PrepareCommandOptions } from './prepareCommand';
import { columnMaps } from './columnMaps';
import { columnsCommand, type ColumnsCommandOptions } from './columnsCommand';
import { readWorkbook } from './readWorkbook';
import { scalesCommand, type ScalesOptions } from './scalesCommand';
import { summaryCommand, type SummaryCommandOptions } from './summaryCommand';
import { templateCommand, type TemplateCommandOptions } from './templateCommand';
import { splitCommand, type SplitCommandOptions } from './splitCommand';
import { mergeCommand, type MergeCommandOptions } from './mergeCommand';
import { STRINGS } from './strings';
import { leaveQuietlyOnClosedPipe } from './closedPipe';
import { jsonText, terminalText } from './terminalText';

/** Exit codes: 0 no errors, 1 errors found, 2 unusable input. */
const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

interface ValidateOptions {
  sheet?: string;
  columns?: string;
  format: 'text' | 'json';
  lang: Lang;
  color?: boolean;
}

interface FileResult {
  file: string;
  code: number;
  json: unknown;
  text?: string;
  error?: string;
}

/** Validates one file; an unusable file becomes a result with its reason, so a batch goes on. */
async function validateFile(file: string, options: ValidateOptions, colour: boolean): Promise<FileResult> {
  try {
    const grids = await readWorkbook(file);
    const report = pickAndValidate(grids, options.sheet, options.lang, await columnMaps(grids, options.columns));
    if (report.kind === null) return { file, code: EXIT.unusable, json: { file, ...report }, error: `${STRINGS[options.lang].noMatrix(report.sheet)} ${report.findings[0]?.message ?? ''}`.trim() };
    return {
      file,
      code: report.counts.errors > 0 ? EXIT.findings : EXIT.ok,
      json: { file, ...report },
      text: options.format === 'text' ? formatText(file, report, options.lang, colour) : undefined,
    };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const reason = e.text(options.lang);
    return { file, code: EXIT.unusable, json: { file, error: reason }, error: reason };
  }
}

/** One file prints one report (an object in JSON); several print one after another (an array in JSON). */
async function validateCommand(files: string[], options: ValidateOptions): Promise<number> {
  const colour = options.color ?? (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  const results: FileResult[] = [];
  for (const file of files) {
    const result = await validateFile(file, options, colour);
    results.push(result);
    if (result.error) complain(`${files.length > 1 ? `${file}: ` : ''}${result.error}`);
    if (options.format === 'text' && result.text) process.stdout.write((results.length > 1 ? '\n' : '') + result.text + '\n');
  }
  if (options.format === 'json') {
    const out = files.length === 1 ? results[0].json : results.map((r) => r.json);
    process.stdout.write(jsonText(out) + '\n');
  }
  if (options.format === 'text' && files.length > 1) process.stdout.write('\n' + STRINGS[options.lang].batch(results.length, results.filter((r) => r.code === EXIT.findings).length, results.filter((r) => r.code === EXIT.unusable).length) + '\n');
  return Math.max(...results.map((r) => r.code));
}

/** One line on stderr, safe for a terminal whatever file or sheet name it quotes. */
function complain(message: string): void {
  process.stderr.write(`rbm: ${terminalText(message)}\n`);
}

function program(): Command {
  const cmd = new Command('rbm')
    .description('RB Matrix: periksa matriks Road Map Reformasi Birokrasi (.xlsx/.csv) / check Road Map Reformasi Birokrasi matrices')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(terminalText(s.replace(/\n$/, '')) + '\n') });
  cmd
    .command('validate')
    .description('Periksa satu matriks dan laporkan setiap masalah dengan alamat selnya / validate a matrix, reporting every problem with its cell')
    .argument('<files...>', 'berkas .xlsx atau .csv (boleh lebih dari satu) / .xlsx or .csv files (one or more)')
    .option('--sheet <name>', 'nama sheet (bawaan: sheet pertama yang berisi matriks) / sheet name (default: the first sheet holding a matrix)')
    .option('--columns <file>', 'peta kolom JSON (lihat rbm columns) / column map as JSON (see rbm columns)')
    .addOption(new Option('--format <format>', 'bentuk keluaran / output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'bahasa pesan / message language').choices(['id', 'en']).default('id'))
    .option('--color', 'selalu berwarna / always colour the output')
    .option('--no-color', 'tanpa warna / no colours (bawaan: berwarna hanya di terminal / default: colour on a terminal only)')
    .action(async (files: string[], options: ValidateOptions) => {
      process.exitCode = await validateCommand(files, options);
    });
  cmd
    .command('summary')
    .description('Buat ringkasan capaian triwulanan ke salinan workbook / write the quarterly attainment summary into a copy of the workbook')
    .argument('<file>', 'berkas .xlsx (atau .csv) berisi matriks dengan kolom Realisasi / .xlsx (or .csv) file holding the matrix with Realisasi columns')
    .option('--year <year>', 'tahun (bawaan: tahun triwulan terakhir yang sudah selesai) / year (default: that of the last finished quarter)')
    .option('--quarter <quarter>', 'triwulan 1–4 atau TW II (bawaan: triwulan terakhir yang sudah selesai; dengan --year saja: seluruh tahun) / quarter 1–4 or TW II (default: the last finished one; with --year alone: the whole year)')
    .option('--out <file>', 'berkas .xlsx keluaran (bawaan: <nama>-ringkasan-<tahun>-TW<n>.xlsx di samping berkas masukan; masukan tidak pernah diubah) / output .xlsx (default beside the input; the input is never modified)')
    .addOption(new Option('--format <format>', 'xlsx: tulis berkas; json: cetak angka-angkanya / xlsx: write the file; json: print the figures').choices(['xlsx', 'json']).default('xlsx'))
    .addOption(new Option('--cap <cap>', 'batas capaian per output dalam rata-rata / cap on each output in the means').choices(['100', '110', '120', 'none']).default('100'))
    .option('--sheet <name>', 'sheet matriks (bawaan: matriks rencana aksi pertama) / matrix sheet (default: the first action-plan matrix)')
    .option('--force', 'timpa berkas keluaran yang sudah ada walau bukan ringkasan dari berkas ini / overwrite an existing output file even if it is not a summary of this input')
    .option('--columns <file>', 'peta kolom JSON (lihat rbm columns) / column map as JSON (see rbm columns)')
    .action(async (file: string, options: SummaryCommandOptions) => {
      process.exitCode = await summaryCommand(file, options);
    });
  cmd
    .command('prepare')
    .description('Siapkan monitoring: tambahkan blok Triwulan I–IV (Realisasi, Progres, Kendala, Tindak Lanjut, Bukti Dukung), rumus Capaian dan Status, validasi dan warna ke salinan workbook / prepare a plan for monitoring: quarter blocks, Capaian and Status formulas, validation and colours, in a copy of the workbook')
    .argument('<file>', 'berkas .xlsx berisi matriks rencana aksi / .xlsx file holding the action-plan matrix')
    .requiredOption('--year <year>', 'tahun yang dimonitor / the year to monitor')
    .option('--quarter <quarter>', 'triwulan untuk kolom Capaian dan Status, 1–4 atau TW II (bawaan: triwulan berjalan; TW IV untuk tahun lalu) / quarter of the Capaian and Status columns (default: the current one; TW IV for a past year)')
    .option('--sheet <name>', 'sheet matriks (bawaan: matriks rencana aksi pertama) / matrix sheet (default: the first action-plan matrix)')
    .option('--out <file>', 'berkas .xlsx keluaran (bawaan: <nama>-monitoring-<tahun>.xlsx; masukan tidak pernah diubah) / output .xlsx (default beside the input; the input is never modified)')
    .option('--force', 'timpa berkas keluaran yang sudah ada / overwrite an existing output file')
    .option('--columns <file>', 'peta kolom JSON (lihat rbm columns) / column map as JSON (see rbm columns)')
    .action(async (file: string, options: PrepareCommandOptions) => {
      process.exitCode = await prepareCommand(file, options);
    });
  cmd
    .command('columns')
    .description('Tampilkan peta kolom sebuah matriks (JSON), atau tulis peta kolom ke sheet “RB Matrix” salinan workbook / print the column map of a matrix as JSON, or write one into the “RB Matrix” sheet of a copy of the workbook')
    .argument('<file>', 'berkas .xlsx atau .csv / .xlsx or .csv file')
    .option('--sheet <name>', 'sheet matriks / matrix sheet')
    .option('--columns <file>', 'peta kolom JSON yang dipakai / column map to use, as JSON')
    .option('--out <file>', 'tulis peta kolom ke sheet “RB Matrix” salinan .xlsx ini (masukan tidak diubah) / write the map into the “RB Matrix” sheet of this .xlsx copy (the input is never modified)')
    .action(async (file: string, options: ColumnsCommandOptions) => {
      process.exitCode = await columnsCommand(file, options);
    });
  cmd
    .command('template')
    .description('Buat workbook baru berisi matriks kosong dengan header peta jalan, dropdown dan satu baris contoh / write a new workbook holding an empty matrix: the road map\'s header, dropdowns and one example row')
    .addOption(new Option('--kind <kind>', 'jenis matriks / matrix kind').choices(['rb-general', 'rb-tematik', 'indikator']).makeOptionMandatory())
    .option('--year <year>', 'tahun rencana (bawaan: tahun ini) / plan year (default: this year)')
    .requiredOption('--out <file>', 'berkas .xlsx keluaran / output .xlsx file')
    .option('--force', 'timpa berkas keluaran yang sudah ada / overwrite an existing output file')
    .option('--monitoring', 'sertakan blok monitoring per triwulan (Realisasi, Progres, Kendala, Tindak Lanjut, Bukti Dukung) / include the quarterly monitoring blocks')
    .option('--quarter <quarter>', 'triwulan untuk kolom Capaian dan Status dengan --monitoring (bawaan: 1) / quarter of the Capaian and Status columns with --monitoring (default: 1)')
    .action(async (options: TemplateCommandOptions) => {
      process.exitCode = await templateCommand(options);
    });
  cmd
    .command('scales')
    .description('Tampilkan skala penilaian rujukan, dan skala buatan sendiri dari sheet “Skala” / list the reference scales, and your own from a sheet named “Skala”')
    .argument('[file]', 'berkas .xlsx dengan sheet “Skala” (opsional) / .xlsx file with a “Skala” sheet (optional)')
    .addOption(new Option('--format <format>', 'bentuk keluaran / output format').choices(['text', 'json']).default('text'))
    .action(async (file: string | undefined, options: ScalesOptions) => {
      process.exitCode = await scalesCommand(file, options);
    });
  cmd
    .command('split')
    .description('Bagikan matriks ke koordinator: satu workbook per koordinator berisi barisnya saja / split a master into one workbook per coordinator holding its rows only')
    .argument('<master>', 'matriks induk .xlsx / the master .xlsx')
    .addOption(new Option('--by <kolom>', 'dibagi menurut / split by').choices(['koordinator', 'pelaksana', 'kegiatan']).default('koordinator'))
    .option('--year <year>', 'tahun yang dilaporkan (bawaan: tahun rencana) / year reported on (default: the plan year)')
    .option('--password <password>', 'kata sandi proteksi sheet (bawaan: tanpa) / sheet protection password (default: none)')
    .requiredOption('--out <dir>', 'folder keluaran / output folder')
    .option('--sheet <name>', 'sheet matriks / matrix sheet')
    .option('--columns <file>', 'peta kolom JSON / column map as JSON')
    .option('--force', 'timpa berkas yang sudah ada di folder / overwrite files already in the folder')
    .action(async (file: string, options: SplitCommandOptions) => {
      process.exitCode = await splitCommand(file, options);
    });
  cmd
    .command('merge')
    .description('Kumpulkan laporan unit ke salinan matriks induk; konflik dicatat, tidak ditimpa / collect unit reports into a copy of the master; conflicts are logged, never written')
    .argument('<master>', 'matriks induk .xlsx / the master .xlsx')
    .argument('<units...>', 'berkas unit hasil rbm split / unit files made by rbm split')
    .option('--quarter <quarter>', 'hanya triwulan ini (1–4 atau TW II; bawaan: semua) / this quarter only (default: all)')
    .option('--overwrite', 'timpa sel induk yang sudah berisi nilai lain / overwrite master cells holding another value')
    .option('--json', 'cetak log sebagai JSON / print the log as JSON')
    .requiredOption('--out <file>', 'salinan .xlsx hasil gabungan (induk tidak diubah) / merged .xlsx copy (the master is never modified)')
    .option('--sheet <name>', 'sheet matriks induk / master matrix sheet')
    .option('--columns <file>', 'peta kolom JSON / column map as JSON')
    .option('--force', 'timpa berkas keluaran yang sudah ada / overwrite an existing output file')
    .action(async (master: string, units: string[], options: MergeCommandOptions) => {
      process.exitCode = await mergeCommand(master, units, options);
    });
  return cmd;
}

export async function main(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  leaveQuietlyOnClosedPipe();
  try {
    await program().parseAsync(argv, { from: 'user' });
    return (process.exitCode as number | undefined) ?? EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.unusable;
    // `summary` and `scales` speak both languages (they have no --lang): the sentence in both.
    if (e instanceof UserError) {
      complain(e.message);
      return EXIT.unusable;
    }
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    complain(`kesalahan tak terduga / unexpected error: ${reason}`);
    return EXIT.unusable;
  }
}
