/**
 * What the .xlsx reader agrees to read. A workbook past any of these is refused with a sentence
 * before the part in question is inflated (sizes come from the zip's central directory, and inflating
 * stops at the declared size, so a part cannot claim less than it holds). The README lists them.
 *
 * The figures leave a wide margin over real matrices: a 200,000-output LAMPIRAN II with merged group
 * cells and borders on every cell has a 120 MB sheet and 24 MB of shared strings, compressed 8 and 22
 * times (bench/benchFiles.ts).
 */
export interface XlsxLimits {
  /** One worksheet's XML, inflated. */
  sheetBytes: number;
  /** The shared strings, inflated (they are held in memory while the sheets are read). */
  sharedStringsBytes: number;
  /** Any other part read (workbook, relationships, styles), inflated. */
  otherPartBytes: number;
  /** Every part read, together. */
  totalBytes: number;
  /** Inflated ÷ compressed size of a part over 1 MiB: deflate reaches about 1,000 only on data made to. */
  ratio: number;
  /** Cells a sheet's grid may hold (rows × the length of each row, blanks inside a row included). */
  gridCells: number;
  /** The longest run of text or tag the reader keeps while it waits for its end (Excel's cells hold 32,767 characters). */
  tokenChars: number;
}

const MiB = 1024 * 1024;

export const XLSX_LIMITS: XlsxLimits = {
  sheetBytes: 1024 * MiB,
  sharedStringsBytes: 256 * MiB,
  otherPartBytes: 64 * MiB,
  totalBytes: 2048 * MiB,
  ratio: 200,
  gridCells: 40_000_000,
  tokenChars: 16 * MiB,
};

/** Parts smaller than this are never judged by their ratio: tiny XML compresses far. */
export const RATIO_FLOOR_BYTES = MiB;
