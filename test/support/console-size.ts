import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The console's first-load budget of compressed script. */
export const FIRST_LOAD_BUDGET_BYTES = 300 * 1024;

/**
 * What the console's first load costs in script: every JavaScript file index.html names (the entry
 * and its module preloads), raw and gzip-compressed (level 9, what a compressing proxy sends).
 */
export function firstLoadScript(dir = join(__dirname, '..', '..', 'console', 'dist')): {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
} {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/console\/([^"]+\.js)"/g)].map((m) => m[1]);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const body = readFileSync(join(dir, file));
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}
