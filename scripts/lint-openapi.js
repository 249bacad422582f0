/**
 * Lints the committed openapi.json with Spectral (spectral:oas) and Redocly (recommended) and
 * fails on any error or warning, printing the count of each rule that fired.
 */
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const start = result.stdout.search(/[[{]/);
  if (start < 0) throw new Error(`${command} printed no JSON:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout.slice(start));
}

const spectral = run(bin('spectral'), ['lint', 'openapi.json', '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']);
const redocly = run(bin('redocly'), ['lint', 'openapi.json', '--config', 'redocly.yaml', '--format', 'json']);

const counts = {};
for (const r of spectral) counts[`spectral ${r.code}`] = (counts[`spectral ${r.code}`] ?? 0) + 1;
for (const p of redocly.problems) counts[`redocly ${p.ruleId}`] = (counts[`redocly ${p.ruleId}`] ?? 0) + 1;

const total = Object.values(counts).reduce((a, b) => a + b, 0);
if (total > 0) {
  for (const r of spectral) process.stderr.write(`spectral ${r.code} ${r.path.join('.')}: ${r.message}\n`);
  for (const p of redocly.problems) process.stderr.write(`redocly ${p.ruleId} ${p.location?.[0]?.pointer ?? ''}: ${p.message}\n`);
  process.stderr.write(`${JSON.stringify(counts, null, 2)}\n`);
  process.exit(1);
}
process.stdout.write('openapi.json: spectral:oas and redocly recommended report 0 errors and 0 warnings\n');
