/**
 * The Frictionless Data peer: `tableschema` (tableschema-js) validating the same CSV rows cell by
 * cell against a Table Schema of the LAMPIRAN II columns (required Output and Koordinator, the
 * Satuan and Keterangan choices, targets and realisations as numbers that may carry `%`), streaming,
 * every error collected (`forceCast`). Run as its own process by bench/cli.ts. Prints its counts.
 *
 *   node dist/bench-peer.cjs FILE.csv
 */
// tableschema has no type declarations; it is a devDependency, loaded from node_modules.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Table } = require('tableschema');

const text = (name: string, required = false) => ({ name, type: 'string', constraints: required ? { required: true } : {} });
const number = (name: string) => ({ name, type: 'number', bareNumber: false, decimalChar: ',', groupChar: '.' });

const SCHEMA = {
  fields: [
    text('kegiatanUtama'),
    text('indikatorKegiatanUtama'),
    text('targetKegiatanUtama'),
    text('rencanaAksi'),
    { name: 'satuan', type: 'string', constraints: { enum: ['Dokumen', 'Persentase', 'Opini'] } },
    text('output', true),
    number('tw1'),
    number('tw2'),
    number('tw3'),
    number('tw4'),
    number('tahun2024'),
    number('total'),
    text('anggaran'),
    text('koordinator', true),
    text('pelaksana'),
    { name: 'keterangan', type: 'string', constraints: { enum: ['Rutin', 'Penguatan'] } },
    number('realisasi1'),
    number('realisasi2'),
    number('realisasi3'),
    number('realisasi4'),
  ],
};

async function main(file: string): Promise<void> {
  const table = await Table.load(file, { schema: SCHEMA, headers: SCHEMA.fields.map((f) => f.name), delimiter: ';' }); // parser options sit beside the table's own
  const rows = await table.iter({ forceCast: true });
  let count = 0;
  let errors = 0;
  for await (const row of rows as AsyncIterable<unknown>) {
    count++;
    if (row instanceof Error) errors += (row as { errors?: unknown[] }).errors?.length || 1;
  }
  console.log(`${count} rows, ${errors} cell errors`);
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
