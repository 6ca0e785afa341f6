import { completeLength, Utf8ChunkDecoder } from '../../core/xlsx/chunkDecoder';

/** Decodes `bytes` cut at `cuts` the way a part streams in. */
function inPieces(bytes: Uint8Array, cuts: number[]): string {
  const decoder = new Utf8ChunkDecoder();
  let text = '';
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    text += decoder.decode(bytes.subarray(from, cut));
    from = cut;
  }
  return text + decoder.end();
}

describe('Utf8ChunkDecoder', () => {
  const sample = '<t>Capaian ≥ 3,5 · Kendala: “dokumen” 𝔸 é</t>';
  const bytes = new TextEncoder().encode(sample);

  it('gives the same text however the bytes are cut, characters of 2, 3 and 4 bytes included', () => {
    for (let a = 0; a <= bytes.length; a++) for (let b = a; b <= bytes.length; b += 3) expect(inPieces(bytes, [a, b])).toBe(sample);
  });

  it('drops a byte-order mark at the start only, as the platform decoder does', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\ufeffb')]);
    expect(inPieces(withBom, [1, 4])).toBe('a\ufeffb');
    expect(inPieces(withBom, [])).toBe(new TextDecoder().decode(withBom));
  });

  it('replaces invalid and unfinished bytes with U+FFFD like a streaming decoder', () => {
    const bad = new Uint8Array([0x61, 0xe2, 0x89, 0x62, 0xff, 0x63, 0xf0, 0x9d]);
    const streaming = new TextDecoder();
    const expected = streaming.decode(bad.subarray(0, 2), { stream: true }) + streaming.decode(bad.subarray(2), { stream: true }) + streaming.decode();
    for (let cut = 0; cut <= bad.length; cut++) expect(inPieces(bad, [cut])).toBe(expected);
  });

  it('says where the last complete character ends', () => {
    expect(completeLength(new Uint8Array([0x61, 0xe2, 0x89]))).toBe(1);
    expect(completeLength(new Uint8Array([0x61, 0xe2, 0x89, 0xa5]))).toBe(4);
    expect(completeLength(new Uint8Array([0xf0, 0x9d, 0x94]))).toBe(0);
    expect(completeLength(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80]))).toBe(5);
  });
});
