/**
 * `npm run demo -- --once` (what CI runs): plays the whole scenario against this run's database and
 * Redis prefix and exits 0, having printed every kind of event as a verified webhook delivery.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { settleEarlierWebhookTraffic } from '../support/webhook-backlog';

const EVENTS = [
  'ticket.filed',
  'ticket.dispatched',
  'ticket.signed',
  'cohandling.assigned',
  'extension.requested',
  'extension.decided',
  'feedback.submitted',
  'ticket.replied',
  'ticket.closed',
  'ticket.urged',
  'stage.warning',
  'stage.breached',
  'ticket.escalated',
  'supervision.issued',
];

it('plays the two-tier story with every kind of event well under two minutes, and exits 0', async () => {
  await settleEarlierWebhookTraffic();
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', 'demo', '--', '--once'], {
    cwd: join(__dirname, '..', '..'),
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) throw new Error(`demo exited ${code}\n${stdout}\n${stderr}`);
  for (const type of EVENTS) {
    expect(stdout).toMatch(new RegExp(`⇠ webhook ${type.replace('.', '\\.')} .* signature ok`));
  }
  expect(stdout).toContain(`every kind of event seen (${EVENTS.length})`);
  // The receiver tells which stage warned and breached, and its deadline, from the body alone.
  expect(stdout).toMatch(/webhook stage\.warning .* signature ok {2}\(handling stage at 90 % of its time, due \d\d:\d\d:\d\d\)/);
  expect(stdout).toMatch(/webhook stage\.breached .* signature ok {2}\(handling stage past its deadline \d\d:\d\d:\d\d\)/);
  expect(stdout).not.toContain('signature did not verify');
  expect(seconds).toBeLessThan(120);
  process.stdout.write(`demo --once: ${seconds.toFixed(1)} s including start-up\n`);
}, 150_000);
