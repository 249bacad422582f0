/**
 * The web console in a real Chromium against the real application: served under /console with its
 * Content-Security-Policy, signed in with a staff password, a ticket whose deadline passes showing
 * up in the overdue queue without a reload and being urged from the console, and a department that
 * sees nothing of another department's. Short real deadlines: SLA_TIME_SCALE=3600 makes one policy
 * hour last one second, so the probe policy's 3 h handling limit is a 3 s stage.
 */
import { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { launchChromium, screenshot, ServedApp, startServedApp, watchPage } from '../support/browser';
import { csvFile } from '../support/csv';
import { FIRST_LOAD_BUDGET_BYTES, firstLoadScript } from '../support/console-size';
import { freePort, startRedis } from '../support/processes';
import { createAccount } from '../support/sessions';
import { uniqueCode } from '../support/org-factory';
import { bearer } from '../support/test-app';
import { intake, op, world, World } from '../support/tickets';

const LONG = { unit: 'hours', value: 10_000 };

let redis: ChildProcess;
let t: ServedApp;
let w: World;
let browser: Browser;
let businessType: string;

beforeAll(async () => {
  const port = await freePort();
  redis = await startRedis(port);
  [t, browser] = await Promise.all([
    startServedApp({
      REDIS_URL: `redis://127.0.0.1:${port}`,
      APP_ROLE: 'all',
      SLA_TIME_SCALE: '3600',
      SLA_RECONCILE_INTERVAL_SECONDS: '1',
      NODE_ENV: 'test',
    }),
    launchChromium(),
  ]);
  w = await world(t);
  businessType = `console_${uniqueCode('b').toLowerCase()}`;
  await request(t.http)
    .post('/api/v1/taxonomy')
    .set(bearer(t.admin))
    .send({ kind: 'business_type', code: businessType, label: '控制台测试' });
  const stageLimits = Object.fromEntries(
    ['intake', 'review', 'sign_for', 'handling', 'cohandling', 'feedback_review', 'reply', 'revisit'].map((k) => [
      k,
      k === 'handling' ? { unit: 'hours', value: 3 } : LONG,
    ]),
  );
  await request(t.http)
    .post('/api/v1/sla-policies')
    .set(bearer(t.admin))
    .send({
      name: `console ${businessType}`,
      kind: 'complaint',
      level: 'provincial',
      customerTier: 'normal',
      businessType,
      stageLimits,
      commitment: LONG,
      warnRatio: 0.9,
    })
    .expect(201);
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
  redis?.kill('SIGKILL');
});

/** Signs in through the form; a temporary password leads to the change form first. */
async function signIn(page: Page, username: string, password: string, newPassword?: string): Promise<void> {
  await page.goto(`${t.baseUrl}/console/`);
  await page.fill('[data-testid=sign-in] input[name=username]', username);
  await page.fill('[data-testid=sign-in] input[name=password]', password);
  await page.click('[data-testid=sign-in] button[type=submit]');
  if (newPassword) {
    await page.waitForSelector('[data-testid=change-password]');
    await screenshot(page, 'change-password');
    await page.fill('[data-testid=change-password] input[name=newPassword]', newPassword);
    await page.click('[data-testid=change-password] button[type=submit]');
  }
  await page.waitForSelector('[data-testid=who]');
}

async function openTicket(): Promise<string> {
  const res = await request(t.http)
    .post('/api/v1/tickets')
    .set('X-Api-Key', w.apiKey)
    .send(intake(w.province.code, { businessType }))
    .expect(201);
  await op(t, w.tokens.province, res.body.id, 'dispatch', { targetUnitId: w.dept.id });
  await op(t, w.tokens.dept, res.body.id, 'sign');
  return res.body.id as string;
}

describe('the web console', () => {
  let supervisor: { context: BrowserContext; page: Page; problems: string[] };

  beforeAll(async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'UTC', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    supervisor = { context, page, problems: watchPage(page) };
  });
  afterAll(() => supervisor.context.close());

  it('is served under /console with a strict Content-Security-Policy, hashed assets cached long', async () => {
    const index = await request(t.http).get('/console/').expect(200);
    const csp = index.headers['content-security-policy'];
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(index.text).not.toMatch(/<style|\sstyle=/);
    const asset = /src="(\/console\/assets\/[^"]+\.js)"/.exec(index.text)![1];
    const js = await request(t.http).get(asset).expect(200);
    expect(js.headers['cache-control']).toContain('immutable');
    await request(t.http).get('/console').expect(301).expect('Location', '/console/');
    // The first load ships at most 300 KB of compressed script.
    const size = firstLoadScript();
    expect(size.files.length).toBeGreaterThan(0);
    expect(size.gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
    // The API keeps its own policy, which allows nothing.
    const health = await request(t.http).get('/health/live');
    expect(health.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('signs a provincial supervisor in (the temporary password changed first), in Chinese, then English on request', async () => {
    const account = await createAccount(t, w.province.id, 'supervisor');
    const { page, problems } = supervisor;
    await page.goto(`${t.baseUrl}/console/`);
    await page.waitForSelector('[data-testid=sign-in]');
    expect(await page.textContent('[data-testid=sign-in] h1')).toBe('登录');
    await screenshot(page, 'sign-in');
    await signIn(page, account.username, account.temporaryPassword, `pw-${uniqueCode('n')}-long-enough`);
    expect(await page.textContent('[data-testid=who]')).toContain(`${w.province.code} centre`);
    expect(await page.textContent('[data-testid=tab-overdue]')).toContain('已超时');
    await page.click('[data-testid=lang]');
    expect(await page.textContent('[data-testid=tab-overdue]')).toContain('Overdue');
    await page.click('[data-testid=lang]');
    expect(await page.evaluate("localStorage.getItem('wo.console.lang')")).toBe('zh');
    expect(problems).toEqual([]);
  });

  it('shows a ticket in the overdue queue once its deadline passes, without a reload; urging it lands in its timeline', async () => {
    const { page, problems } = supervisor;
    await page.goto(`${t.baseUrl}/console/#/queues/overdue`);
    await page.waitForSelector('[data-testid=queue-empty], [data-testid=queue-table]');
    // A reload would drop this mark.
    await page.evaluate('window.mark = 1');
    const id = await openTicket();
    const row = `[data-testid=queue-row][data-ticket-id="${id}"]`;
    await page.waitForSelector(row, { timeout: 30_000 });
    expect(await page.evaluate('window.mark')).toBe(1);
    expect(await page.textContent(row)).toContain('已超时');
    // Deadlines read in Beijing time whatever the browser's zone (this context runs in UTC).
    const handling = (await request(t.http).get(`/api/v1/tickets/${id}/events`).set(bearer(t.admin))).body.stages.find(
      (s: { kind: string; status: string }) => s.kind === 'handling' && s.status === 'open',
    );
    const beijing = new Date(new Date(handling.dueAt as string).getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(await page.textContent(row)).toContain(beijing);
    expect(Number((await page.textContent('[data-testid=count-overdue]'))!.replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'queues-overdue');
    // The channel filter reaches the API: the ticket came through the hotline.
    await page.selectOption('select[name=channel]', 'web');
    await page.waitForSelector(row, { state: 'detached' });
    await page.selectOption('select[name=channel]', 'hotline');
    await page.waitForSelector(row);
    expect(page.url()).toContain('channel=hotline');

    await page.click(`${row} a`);
    await page.waitForSelector(`[data-testid=ticket][data-ticket-id="${id}"]`);
    await page.fill('[data-testid=urge-form] input[name=note]', '客户来电催促，请尽快处理');
    await page.click('[data-testid=action-urge]');
    await page.waitForSelector('[data-testid=timeline] li[data-event-type="ticket.urged"]');
    expect(await page.textContent('[data-testid=timeline] li[data-event-type="ticket.urged"]')).toContain('客户来电催促');
    await screenshot(page, 'ticket');
    const history = await request(t.http).get(`/api/v1/tickets/${id}/events`).set(bearer(t.admin)).expect(200);
    const urged = history.body.events.filter((e: { type: string }) => e.type === 'ticket.urged');
    expect(urged).toHaveLength(1);
    expect(urged[0].actorUnitId).toBe(w.province.id);
    expect(problems).toEqual([]);
  });

  it('downloads an export of the queue whose rows are those the API lists', async () => {
    const { page, problems } = supervisor;
    await page.goto(`${t.baseUrl}/console/#/queues/overdue`);
    await page.waitForSelector('[data-testid=queue-table]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-export=csv]')]);
    expect(download.suggestedFilename()).toMatch(/^overdue-\d{8}T\d{6}Z\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const listed: { stageId: string; ticketId: string; dueAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const res = await request(t.http)
        .get('/api/v1/supervision/overdue')
        .query({ limit: 500, ...(cursor ? { cursor } : {}) })
        .set(bearer(w.tokens.province))
        .expect(200);
      listed.push(...(res.body.items as typeof listed));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(listed.length).toBeGreaterThan(0);
    expect(csvFile(text).map((r) => [r.stageId, r.ticketId, r.dueAt])).toEqual(listed.map((i) => [i.stageId, i.ticketId, i.dueAt]));
    expect(problems).toEqual([]);
  });

  it("shows a department none of another department's tickets, and signs it out", async () => {
    const other = await openTicket();
    const account = await createAccount(t, w.dept2.id, 'handler');
    const context = await browser.newContext({ locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      const problems = watchPage(page);
      await signIn(page, account.username, account.temporaryPassword, `pw-${uniqueCode('n')}-long-enough`);
      for (const queue of ['overdue', 'at-risk', 'due-soon']) {
        await page.goto(`${t.baseUrl}/console/#/queues/${queue}`);
        await page.waitForSelector('[data-testid=queue-empty], [data-testid=queue-table]');
        expect(await page.locator('[data-testid=queue-row]').count()).toBe(0);
      }
      await page.goto(`${t.baseUrl}/console/#/tickets/${other}`);
      await page.waitForSelector('[data-testid=ticket-error]');
      expect(await page.locator('[data-testid=ticket]').count()).toBe(0);
      expect(await page.locator('[data-testid=action-urge]').count()).toBe(0);
      // Signing out ends the session itself, not just the page's view of it.
      await page.click('[data-testid=sign-out]');
      await page.waitForSelector('[data-testid=sign-in]');
      expect((await page.request.get(`${t.baseUrl}/api/v1/me`)).status()).toBe(401);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
