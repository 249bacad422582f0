/**
 * `npm run bench:console`: what the web console's first load ships — every script index.html names,
 * raw and gzip-compressed — against its budget of 300 KB compressed, after a fresh production build.
 * Writes bench/results/console-size.json.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { FIRST_LOAD_BUDGET_BYTES, firstLoadScript } from '../test/support/console-size';
import { gitCommit } from './git';
import { environment, log, runBench, writeResult } from './support';

runBench('console', 120, async () => {
  const root = join(__dirname, '..');
  const started = Date.now();
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'console', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  const buildSeconds = (Date.now() - started) / 1000;
  const size = firstLoadScript();
  log(`first load: ${size.files.join(', ')} — ${size.rawBytes} B raw, ${size.gzipBytes} B gzip`);
  writeResult('console-size.json', {
    benchmark: 'console first-load script',
    environment: { ...environment(), gitCommit: gitCommit() },
    files: size.files,
    rawBytes: size.rawBytes,
    gzipBytes: size.gzipBytes,
    budgetGzipBytes: FIRST_LOAD_BUDGET_BYTES,
    met: size.gzipBytes <= FIRST_LOAD_BUDGET_BYTES,
    buildSeconds,
  });
  await Promise.resolve();
});
