/**
 * Screenshots for the store listings, made by the browser tests: the panel as the test left it,
 * beside the sheet it works on (values and fills as the fake host holds them), at a store's size:
 * 1366 × 768 for Microsoft Marketplace (the resolution Office add-ins are designed for:
 * learn.microsoft.com/office/dev/add-ins/concepts/add-in-development-best-practices) and 1280 × 800
 * for the Google Workspace Marketplace. Written to artifacts/store/ (docs/publishing.md).
 */
import type { Browser } from 'playwright-core';
import { artifactPath } from './chromium';

export interface SheetPicture {
  host: string;
  sheet: string;
  /** Rows of cells from A1: their text and fill (`#RRGGBB` or null). */
  cells: { text: string; fill: string | null }[][];
}

export const STORE_SIZES = { microsoft: { width: 1366, height: 768 }, google: { width: 1280, height: 800 } } as const;

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function letters(n: number): string {
  let s = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Writes artifacts/store/<name>.png and gives its path. */
export async function storeScreenshot(browser: Browser, name: string, size: { width: number; height: number }, pane: Buffer, picture: SheetPicture): Promise<string> {
  const columns = Math.max(0, ...picture.cells.map((r) => r.length));
  const head = `<tr><th></th>${Array.from({ length: columns }, (_, c) => `<th>${letters(c)}</th>`).join('')}</tr>`;
  const body = picture.cells
    .map((row, r) => `<tr><th>${r + 1}</th>${Array.from({ length: columns }, (_, c) => {
      const cell = row[c] ?? { text: '', fill: null };
      return `<td${cell.fill ? ` style="background:${escape(cell.fill)}"` : ''}>${escape(cell.text)}</td>`;
    }).join('')}</tr>`)
    .join('');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; display: flex; height: 100vh; font: 12px "Segoe UI", Arial, sans-serif; background: #fff; }
    .sheet { flex: 1; overflow: hidden; border-right: 1px solid #c8c8c8; }
    .bar { height: 30px; background: #1f4e78; color: #fff; display: flex; align-items: center; padding: 0 12px; font-weight: 600; }
    table { border-collapse: collapse; table-layout: fixed; }
    th { background: #f3f3f3; color: #555; font-weight: normal; border: 1px solid #d4d4d4; padding: 2px 4px; }
    td { border: 1px solid #e1e1e1; padding: 2px 4px; width: 110px; max-width: 110px; height: 18px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .pane { height: 100%; }
    .pane img { height: 100%; display: block; }
  </style></head><body>
    <div class="sheet"><div class="bar">${escape(picture.host)} · ${escape(picture.sheet)}</div><table>${head}${body}</table></div>
    <div class="pane"><img src="data:image/png;base64,${pane.toString('base64')}"></div>
  </body></html>`;
  const page = await browser.newPage({ viewport: size });
  await page.setContent(html);
  const file = artifactPath(`store/${name}.png`);
  await page.screenshot({ path: file });
  await page.close();
  return file;
}

/** Width and height of a PNG file's image. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
