import { UserError, type Lang } from '../i18n';
import { formatNumber } from '../values/formatValue';

/** Why a workbook cannot be read; each has its sentence below. */
export type XlsxProblem = 'empty' | 'locked' | 'not-xlsx' | 'corrupt' | 'unsupported' | 'too-large' | 'bomb' | 'no-sheets' | 'too-many-cells';

const MiB = 1024 * 1024;
const mib = (bytes: number, lang: Lang) => `${formatNumber(Math.round(bytes / MiB), lang)} MiB`;

/**
 * A workbook the reader refuses, with the reason in Bahasa Indonesia and English. `sentence(name)`
 * puts the file's name in; the error's own text (for a host that has no name) says "the file".
 */
export class XlsxError extends UserError {
  private constructor(
    readonly problem: XlsxProblem,
    private readonly words: (name: string) => [string, string],
  ) {
    super(...words(''));
  }

  sentence(name: string): { id: string; en: string } {
    const [id, en] = this.words(name);
    return { id, en };
  }

  static empty(): XlsxError {
    return new XlsxError('empty', (n) => [`${subject(n)} kosong (0 byte).`, 'The file is empty.']);
  }

  static locked(): XlsxError {
    return new XlsxError('locked', (n) => [
      `${subject(n)} terkunci kata sandi atau berformat .xls lama; buka kuncinya dan simpan sebagai .xlsx.`,
      'The file is password-protected or an old .xls; remove the password and save it as .xlsx.',
    ]);
  }

  static notXlsx(): XlsxError {
    return new XlsxError('not-xlsx', (n) => [`${subject(n)} bukan berkas .xlsx atau .csv.`, 'The file is not an .xlsx or .csv spreadsheet.']);
  }

  static corrupt(): XlsxError {
    return new XlsxError('corrupt', (n) => [`${subject(n)} rusak dan tidak dapat dibuka sebagai .xlsx.`, 'The .xlsx file is corrupt and cannot be opened.']);
  }

  static unsupported(what: string): XlsxError {
    return new XlsxError('unsupported', (n) => [
      `${subject(n)} memakai ${what} yang tidak didukung; simpan ulang di Excel sebagai .xlsx biasa.`,
      `The file uses ${what}, which is not supported; save it again from Excel as a plain .xlsx.`,
    ]);
  }

  /** A part that inflates past its limit. */
  static tooLarge(part: string, bytes: number, limit: number): XlsxError {
    return new XlsxError('too-large', (n) => [
      `${subject(n)} terlalu besar untuk dibaca: bagian ${part} berukuran ${mib(bytes, 'id')} setelah diekstrak (batas ${mib(limit, 'id')}).`,
      `The file is too large to read: its part ${part} is ${mib(bytes, 'en')} once extracted (the limit is ${mib(limit, 'en')}).`,
    ]);
  }

  /** The parts read, together, past their limit. */
  static tooLargeTogether(bytes: number, limit: number): XlsxError {
    return new XlsxError('too-large', (n) => [
      `${subject(n)} terlalu besar untuk dibaca: bagian-bagiannya berukuran ${mib(bytes, 'id')} setelah diekstrak (batas ${mib(limit, 'id')}).`,
      `The file is too large to read: its parts are ${mib(bytes, 'en')} once extracted (the limit is ${mib(limit, 'en')}).`,
    ]);
  }

  /** A part whose compression ratio only a zip bomb reaches. */
  static bomb(part: string, ratio: number, limit: number): XlsxError {
    return new XlsxError('bomb', (n) => [
      `${subject(n)} ditolak: bagian ${part} mengembang ${Math.round(ratio)} kali saat diekstrak (batas ${limit} kali), ciri berkas "zip bomb".`,
      `The file is refused: its part ${part} expands ${Math.round(ratio)} times when extracted (the limit is ${limit}), the mark of a zip bomb.`,
    ]);
  }

  static noSheets(): XlsxError {
    return new XlsxError('no-sheets', (n) => [`${subject(n)} tidak berisi sheet.`, 'The workbook has no sheets.']);
  }

  /** A sheet whose cells, counted row by row up to each row's last cell, pass the limit. */
  static tooManyCells(sheet: string, limit: number): XlsxError {
    return new XlsxError('too-many-cells', (n) => [
      `${subject(n)} terlalu besar untuk dibaca: sheet “${sheet}” memuat lebih dari ${formatNumber(limit, 'id')} sel (periksa sel terisi yang jauh di kanan atau di bawah matriks).`,
      `The file is too large to read: sheet “${sheet}” holds more than ${formatNumber(limit, 'en')} cells (look for a filled cell far to the right of or below the matrix).`,
    ]);
  }
}

function subject(name: string): string {
  return name === '' ? 'Berkas ini' : `“${name}”`;
}
