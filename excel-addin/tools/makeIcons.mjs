// Draws the add-in's icons (assets/icon-16.png, -32, -64, -80 for the manifest; -128 and -300 for the
// store listings: Google Workspace Marketplace's 128 × 128 app icon, Microsoft Marketplace's 300 × 300
// logo; docs/publishing.md): "RB" in white on a dark blue
// rounded square, from a 5×7 pixel font, written as RGBA PNGs with node:zlib. Run it again only to
// change the icons: node excel-addin/tools/makeIcons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GLYPHS = {
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  B: ['11110', '10001', '10001', '11110', '10001', '10001', '11110'],
};
const BACK = [0x1f, 0x4e, 0x79];
const FORE = [0xff, 0xff, 0xff];

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function icon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const radius = size / 6;
  // Background coverage, 4×4 samples a pixel, for smooth corners.
  const inside = (x, y) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const scale = Math.max(1, Math.floor((size * 0.72) / 11));
  const textW = 11 * scale;
  const textH = 7 * scale;
  const ox = Math.floor((size - textW) / 2);
  const oy = Math.floor((size - textH) / 2);
  const text = (x, y) => {
    const gx = Math.floor((x - ox) / scale);
    const gy = Math.floor((y - oy) / scale);
    if (x < ox || y < oy || gy >= 7 || gx >= 11 || gx === 5) return false;
    const glyph = gx < 5 ? GLYPHS.R : GLYPHS.B;
    return glyph[gy][gx < 5 ? gx : gx - 6] === '1';
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) cover += inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4) ? 1 : 0;
      const colour = text(x, y) ? FORE : BACK;
      const i = (y * size + x) * 4;
      rgba[i] = colour[0];
      rgba[i + 1] = colour[1];
      rgba[i + 2] = colour[2];
      rgba[i + 3] = Math.round((cover / 16) * 255);
    }
  }
  return png(size, rgba);
}

mkdirSync('assets', { recursive: true });
const SIZES = [16, 32, 64, 80, 128, 300];
for (const size of SIZES) writeFileSync(`assets/icon-${size}.png`, icon(size));
console.log(`assets/icon-{${SIZES.join(',')}}.png written`);
