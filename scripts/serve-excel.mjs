// Serves the built add-in (dist/excel) over HTTPS at https://localhost:3000 for sideloading, with the
// development certificate of office-addin-dev-certs (created and trusted on first use; on Windows
// and macOS it asks once to trust its certificate authority). `npm run serve:excel` builds first.
//
//   PORT=3443 npm run serve:excel    another port (then build with RBM_ADDIN_URL=https://localhost:3443)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
};

/** A request handler for the files under `root`: GET and HEAD only, nothing outside `root`. */
export function staticHandler(root) {
  const base = path.resolve(root);
  return (request, response) => {
    const send = (status, text) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(text);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'method not allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'https://localhost').pathname);
    } catch {
      return send(400, 'bad request');
    }
    const file = path.resolve(base, `.${pathname === '/' ? '/taskpane.html' : pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) return send(403, 'forbidden');
    if (!existsSync(file) || !statSync(file).isFile()) return send(404, 'not found');
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(200, {
      'Content-Type': type,
      // Excel on the web fetches functions.json from another origin.
      'Access-Control-Allow-Origin': '*',
      // "All image URIs … must support caching in production. The server hosting the image shouldn't
      // return a Cache-Control header specifying no-cache, no-store, or similar"
      // (learn.microsoft.com/office/dev/add-ins/develop/add-in-manifests). Icons are cacheable here too;
      // the pages and scripts of a development copy are never cached, so a rebuild shows at once.
      'Cache-Control': type.startsWith('image/') ? 'public, max-age=86400' : 'no-store',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).pipe(response);
  };
}

async function main() {
  const root = 'dist/excel';
  if (!existsSync(path.join(root, 'taskpane.html'))) {
    console.error('serve-excel: dist/excel is missing; run npm run build:excel (npm run serve:excel does both).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  const { getHttpsServerOptions } = await import('office-addin-dev-certs');
  let options;
  try {
    options = await getHttpsServerOptions();
  } catch (error) {
    console.error(`serve-excel: no development certificate (${error instanceof Error ? error.message : error}).`);
    console.error('Run "npx office-addin-dev-certs install" once (it asks to trust a local certificate authority), then try again.');
    process.exit(1);
  }
  createServer(options, staticHandler(root)).listen(port, () => {
    console.log(`RB Matrix for Excel: https://localhost:${port}/taskpane.html (manifest: dist/excel/manifest.xml). Ctrl+C stops.`);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
