/**
 * XmlBytes writes what TextEncoder would for the same text: ASCII, text past ASCII and astral
 * characters, whole numbers of every size, and escaped cell text exactly as `escapeText` escapes it
 * (its fast pass copies only text with nothing to escape).
 */
import fc from 'fast-check';
import { escapeText } from '../../core/xlsx/sheetXml';
import { XmlBytes } from '../../core/xlsx/xmlBytes';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '_', 'x', '0', 'F', '&', '<', '>', '\r', '\n', '\t', '\u0001', '\uFFFE', 'é', '“') }));

test('text, numbers and escaped text come out as the strings they stand for', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom('text', 'escaped', 'digits'), text, fc.oneof(fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }))), { maxLength: 40 }), (parts) => {
      const w = new XmlBytes(64);
      const pieces: Uint8Array[] = [];
      let expected = '';
      for (const [kind, t, n] of parts) {
        if (kind === 'text') w.text(t), (expected += t);
        else if (kind === 'escaped') w.escapedText(t, escapeText), (expected += escapeText(t));
        else w.digits(n), (expected += String(n));
        const piece = w.take();
        if (piece) pieces.push(piece.slice());
      }
      const last = w.take(true);
      if (last) pieces.push(last);
      expect(decode(Buffer.concat(pieces))).toBe(new TextDecoder().decode(new TextEncoder().encode(expected)));
    }),
    { numRuns: 1000 },
  );
});
