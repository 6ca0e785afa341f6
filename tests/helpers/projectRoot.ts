import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The project's root folder: the nearest folder above `from` whose package.json is RB Matrix's.
 * Found by walking up, so the same code works from `tests/…` under jest and bundled into `dist/`
 * (the host benchmark).
 */
export function projectRoot(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'rb-matrix') return dir;
    if (path.dirname(dir) === dir) throw new Error(`RB Matrix's package.json not found above ${from}`);
  }
}
