import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Clock } from '../../src/common/clock';
import { freePort } from './processes';
import { startTestApp, TestApp } from './test-app';

/**
 * The system's Chromium (Debian's `chromium` package, installed by .ci/run when missing): the browser
 * download of the test library cannot work on these machines.
 */
export const CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export async function launchChromium(): Promise<Browser> {
  const executablePath = CHROMIUM_PATHS.find((p) => existsSync(p));
  if (!executablePath) throw new Error(`no Chromium at ${CHROMIUM_PATHS.join(' or ')}: apt-get install chromium fonts-wqy-zenhei`);
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface ServedApp extends TestApp {
  /** `http://127.0.0.1:<port>`, what the browser opens. */
  baseUrl: string;
}

/** The real application listening on a free loopback port, serving the built console under /console. */
export async function startServedApp(overrides: Record<string, string> = {}, clock?: Clock): Promise<ServedApp> {
  if (!existsSync(join(__dirname, '..', '..', 'console', 'dist', 'index.html'))) {
    throw new Error('the console is not built: run `npm run build:console` first (npm test does)');
  }
  const t = await startTestApp(overrides, clock);
  const port = await freePort();
  await t.app.listen(port, '127.0.0.1');
  return { ...t, baseUrl: `http://127.0.0.1:${port}` };
}

/**
 * Collects what a page reports going wrong: uncaught errors, and anything the browser refused (an
 * inline script or style shows up as a Content-Security-Policy violation). Answers the API refuses
 * on purpose (the 401 before signing in) are logged by Chromium too, and are not problems.
 */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  return problems;
}

/** Where screenshots of the console go when CONSOLE_SCREENSHOTS is set (`npm run console:screenshots`). */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'docs', 'console');

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.CONSOLE_SCREENSHOTS) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
