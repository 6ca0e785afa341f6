/** How the reader decides what a row is, rule by rule. */
import { classifyRow, type RowContext } from '../../core/model/classifyRow';
import { continuesText, type RowShape } from '../../core/model/rowShape';

const shape = (over: Partial<RowShape>): RowShape => ({ filled: 3, valueFilled: 0, firstText: 'Teks', headerHits: 0, onlyUpperGroups: false, continues: continuesText(over.firstText ?? 'Teks'), own: false, ...over });
const ctx = (over: Partial<RowContext> = {}): RowContext => ({ afterBreak: false, hasGroups: true, lastContent: 'output', ...over });

test.each<[string, Partial<RowShape>, Partial<RowContext>, string]>([
  ['nothing filled', { filled: 0 }, {}, 'blank'],
  ['most cells repeat the header', { filled: 5, headerHits: 4 }, {}, 'repeated-header'],
  ['one header word among many cells is data', { filled: 5, headerHits: 1, valueFilled: 1 }, {}, 'output'],
  ['a lone source line', { filled: 1, firstText: '(Sumber: Data Olahan BKN, 2023)' }, {}, 'note'],
  ['a target makes an output, whatever else', { valueFilled: 1, firstText: 'dan lanjutan' }, {}, 'output'],
  ['a Sasaran Strategis line in an indicator table', { firstText: 'Sasaran Strategis I: Tata Kelola' }, { headingPattern: /^sasaran( strategis)?\b/i }, 'heading'],
  ['text only, after a page break', { firstText: 'SAKIP di Lingkungan BKN' }, { afterBreak: true }, 'fragment'],
  ['text only, starting mid-sentence', { firstText: 'berdasarkan sistem kerja baru' }, {}, 'fragment'],
  ['text only, starting with a bracket', { firstText: '(LAPOR) yang sudah diselesaikan' }, {}, 'fragment'],
  ['text only after a heading is no tail', { firstText: 'berdasarkan' }, { lastContent: 'heading' }, 'output'],
  ['a Kegiatan Utama on its own row', { onlyUpperGroups: true, firstText: 'Penguatan Akuntabilitas' }, {}, 'heading'],
  ['a capitalised text row with no target, not after a break', { firstText: 'Menyusun SOTK' }, {}, 'output'],
  // Issue 12, point 5: a tail has nothing of its own, and list items are outputs.
  ['a list item after an output is an output', { firstText: 'c. Menyusun pedoman' }, {}, 'output'],
  ['a list item in lower case too', { firstText: 'b) laporan penanganan pengaduan' }, {}, 'output'],
  ['a dash item', { firstText: '- Menyusun SOP' }, {}, 'output'],
  ['a bullet item after a page break', { firstText: '• Menyusun SOP' }, { afterBreak: true }, 'output'],
  ['lower case with a Satuan of its own is an output', { firstText: 'laporan penanganan pengaduan', own: true }, {}, 'output'],
  ['after a page break, a tail may be capitalised', { firstText: 'Direktorat Kompensasi', continues: false }, { afterBreak: true }, 'fragment'],
])('%s', (_name, s, c, kind) => {
  expect(classifyRow(shape(s), ctx(c))).toBe(kind);
});
