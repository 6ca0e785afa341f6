import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../core/findings/catalogue';
import { formatText } from './formatText';
import { pickAndValidate } from './pickSheet';
import { InputError, readWorkbook } from './readWorkbook';
import { STRINGS } from './strings';

/** Exit codes: 0 no errors, 1 errors found, 2 unusable input. */
const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

interface ValidateOptions {
  sheet?: string;
  format: 'text' | 'json';
  lang: Lang;
  color?: boolean;
}

async function validateCommand(file: string, options: ValidateOptions): Promise<number> {
  const grids = await readWorkbook(file);
  const report = pickAndValidate(grids, options.sheet, options.lang);
  if (options.format === 'json') {
    process.stdout.write(JSON.stringify({ file, ...report }, null, 2) + '\n');
  } else {
    const colour = options.color ?? (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
    if (report.kind !== null) process.stdout.write(formatText(file, report, options.lang, colour) + '\n');
  }
  if (report.kind === null) {
    process.stderr.write(`rbm: ${STRINGS[options.lang].noMatrix(report.sheet)}\n`);
    return EXIT.unusable;
  }
  return report.counts.errors > 0 ? EXIT.findings : EXIT.ok;
}

function program(): Command {
  const cmd = new Command('rbm')
    .description('RB Matrix: periksa matriks Road Map Reformasi Birokrasi (.xlsx/.csv) / check Road Map Reformasi Birokrasi matrices')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  cmd
    .command('validate')
    .description('Periksa satu matriks dan laporkan setiap masalah dengan alamat selnya / validate a matrix, reporting every problem with its cell')
    .argument('<file>', 'berkas .xlsx atau .csv / an .xlsx or .csv file')
    .option('--sheet <name>', 'nama sheet (bawaan: sheet pertama yang berisi matriks) / sheet name (default: the first sheet holding a matrix)')
    .addOption(new Option('--format <format>', 'bentuk keluaran / output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'bahasa pesan / message language').choices(['id', 'en']).default('id'))
    .option('--color', 'selalu berwarna / always colour the output')
    .option('--no-color', 'tanpa warna / no colours (bawaan: berwarna hanya di terminal / default: colour on a terminal only)')
    .action(async (file: string, options: ValidateOptions) => {
      process.exitCode = await validateCommand(file, options);
    });
  return cmd;
}

export async function main(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await program().parseAsync(argv, { from: 'user' });
    return (process.exitCode as number | undefined) ?? EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.unusable;
    if (e instanceof InputError) {
      process.stderr.write(`rbm: ${e.message}\n`);
      return EXIT.unusable;
    }
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    process.stderr.write(`rbm: kesalahan tak terduga / unexpected error: ${reason}\n`);
    return EXIT.unusable;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
