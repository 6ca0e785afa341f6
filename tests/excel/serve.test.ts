/**
 * scripts/serve-excel.mjs's file handler (over plain HTTP here: the HTTPS certificate is
 * office-addin-dev-certs' business): the add-in's files with their types, taskpane.html at `/`,
 * nothing outside dist/excel, GET and HEAD only; icons cacheable as Microsoft requires; the privacy
 * and terms pages beside help.html.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../..');

test('serves dist/excel and nothing else', () => {
  if (!existsSync(path.join(ROOT, 'dist/excel/taskpane.html'))) execFileSync(process.execPath, ['scripts/build-excel.mjs'], { cwd: ROOT, stdio: 'pipe' });
  // An ES module script, run by node: start the handler on a free port, ask it, print what came back.
  const script = `
    import { createServer, request } from 'node:http';
    import { staticHandler } from './scripts/serve-excel.mjs';
    const server = createServer(staticHandler('dist/excel')).listen(0, async () => {
      const ask = (method, p) => new Promise((resolve) => {
        const req = request({ host: '127.0.0.1', port: server.address().port, method, path: p }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ p, method, status: res.statusCode, type: res.headers['content-type'] ?? '', cors: res.headers['access-control-allow-origin'] ?? '', cache: res.headers['cache-control'] ?? '', length: body.length, start: body.slice(0, 15) }));
        });
        req.end();
      });
      const out = [];
      for (const [m, p] of [['GET', '/'], ['GET', '/functions.json'], ['GET', '/functions.js'], ['GET', '/assets/icon-32.png'], ['GET', '/assets/icon-80.png'], ['GET', '/privacy.html'], ['GET', '/terms.html'], ['GET', '/manifest.xml'], ['HEAD', '/taskpane.js'], ['GET', '/../package.json'], ['GET', '/%2e%2e/package.json'], ['GET', '/nope.html'], ['POST', '/taskpane.html']]) out.push(await ask(m, p));
      console.log(JSON.stringify(out));
      server.close();
    });`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
  const by = (p: string, method = 'GET') => out.find((r: { p: string; method: string }) => r.p === p && r.method === method);
  expect(by('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', start: '<!doctype html>' });
  expect(by('/functions.json')).toMatchObject({ status: 200, type: 'application/json; charset=utf-8', cors: '*' });
  expect(by('/functions.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
  expect(by('/assets/icon-32.png')).toMatchObject({ status: 200, type: 'image/png' });
  // Icons must be cacheable: no no-cache or no-store (learn.microsoft.com/office/dev/add-ins/develop/add-in-manifests).
  for (const icon of ['/assets/icon-32.png', '/assets/icon-80.png']) {
    expect(by(icon).cache).not.toMatch(/no-cache|no-store|max-age=0/);
    expect(by(icon).cache).toMatch(/max-age=\d{3,}/);
  }
  expect(by('/privacy.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  expect(by('/terms.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  expect(by('/manifest.xml')).toMatchObject({ status: 200, type: 'application/xml; charset=utf-8' });
  expect(by('/taskpane.js', 'HEAD')).toMatchObject({ status: 200, length: 0 });
  expect(by('/../package.json').status).not.toBe(200);
  expect(by('/%2e%2e/package.json').status).not.toBe(200);
  expect(by('/nope.html').status).toBe(404);
  expect(by('/taskpane.html', 'POST').status).toBe(405);
});
