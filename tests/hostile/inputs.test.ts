/**
 * Hostile inputs that are not workbooks (issue 15, items 4, 5, 14): special files are refused
 * without being read, a CSV wider than Excel is refused with a sentence, and Excel's "Unicode Text"
 * (UTF-16 with a byte-order mark, tab separated) is read like any CSV.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseCsv } from '../../cli/csv';
import { FIXTURES } from '../cli/run';
import { expectRefusal, measured, sha } from './measured';

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rbm-inputs-'));
  execFileSync('mkfifo', [file('pipe.csv')]);
  // A line of 100,000 columns (the review's had 1,000,000) and 20,000 ordinary rows.
  writeFileSync(file('wide.csv'), `${'x;'.repeat(100000)}x\n${'a;b;c\n'.repeat(20000)}`);
  // LAMPIRAN II as Excel's "Unicode Text": UTF-16 with a byte-order mark, tab separated, CRLF.
  const rows = parseCsv(readFileSync(path.join(FIXTURES, 'lampiran-ii-clean.csv'), 'utf8'));
  const text = rows.map((r) => r.map((c) => (/[\t"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t')).join('\r\n') + '\r\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  writeFileSync(file('unicode-le.txt'), le);
  const be = Buffer.from(le);
  be.swap16();
  writeFileSync(file('unicode-be.txt'), be);
});

describe('special files are refused, never read', () => {
  test.each([['/dev/zero'], ['/dev/urandom'], ['FIFO']])('%s: one sentence, exit 2, at once', (name) => {
    const target = name === 'FIFO' ? file('pipe.csv') : name;
    const run = measured(['validate', target], 10000);
    expectRefusal(run, /bukan berkas biasa \(perangkat, FIFO atau soket\)/);
    expect(run.peakMB).toBeLessThan(120);
  });

  test('a folder is still named as a folder', () => {
    expectRefusal(measured(['validate', dir]), /adalah folder/);
  });
});

test('a CSV line wider than Excel (16,384 columns) is refused with a sentence', () => {
  const before = sha(file('wide.csv'));
  const run = measured(['validate', file('wide.csv')]);
  expectRefusal(run, /Baris 1 memuat lebih dari 16\.384 kolom/);
  expect(run.peakMB).toBeLessThan(150);
  expect(sha(file('wide.csv'))).toBe(before);
});

test.each(['unicode-le.txt', 'unicode-be.txt'])('%s (UTF-16 "Unicode Text"): the same report as the UTF-8 CSV', (name) => {
  const utf8 = JSON.parse(measured(['validate', path.join(FIXTURES, 'lampiran-ii-clean.csv'), '--format', 'json']).stdout);
  const run = measured(['validate', file(name), '--format', 'json']);
  expect(run.stderr).toBe('');
  const got = JSON.parse(run.stdout);
  expect(got.counts).toEqual(utf8.counts);
  expect(got.counts.outputs).toBe(111);
  expect(got.findings).toEqual(utf8.findings);
});
