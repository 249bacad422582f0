/**
 * The console's ticket, search and dashboard views in a real Chromium against the real application:
 * a two-character Chinese keyword finds exactly the tickets seeded with it, a KPI's figure in the
 * dashboard's table view is the API's, and the ticket view offers exactly the actions the API lists
 * for the signed-in member — a department handler gets no button for what the API refuses it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { launchChromium, screenshot, ServedApp, startServedApp, watchPage } from '../support/browser';
import { uniqueCode } from '../support/org-factory';
import { createAccount } from '../support/sessions';
import { bearer } from '../support/test-app';
import { intake, op, world, World } from '../support/tickets';

let t: ServedApp;
let w: World;
let browser: Browser;

beforeAll(async () => {
  [t, browser] = await Promise.all([startServedApp({ APP_ROLE: 'api' }), launchChromium()]);
  w = await world(t);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** A member of `unitId` signed in through the console's forms (the temporary password changed first). */
async function signedIn(unitId: string, role: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const account = await createAccount(t, unitId, role);
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(`${t.baseUrl}/console/`);
  await page.fill('[data-testid=sign-in] input[name=username]', account.username);
  await page.fill('[data-testid=sign-in] input[name=password]', account.temporaryPassword);
  await page.click('[data-testid=sign-in] button[type=submit]');
  await page.waitForSelector('[data-testid=change-password]');
  await page.fill('[data-testid=change-password] input[name=newPassword]', `pw-${uniqueCode('n')}-long-enough`);
  await page.click('[data-testid=change-password] button[type=submit]');
  await page.waitForSelector('[data-testid=who]');
  return { context, page, problems };
}

type Issue = { businessType: string; nature: string; count: number };

/** The figures a dashboard chart draws (its canvas's data-chart: the labels and each series). */
async function drawn(page: Page, selector: string): Promise<{ labels: string[]; series: { label: string; data: (number | null)[] }[] }> {
  return JSON.parse((await page.getAttribute(selector, 'data-chart')) ?? 'null') as {
    labels: string[];
    series: { label: string; data: (number | null)[] }[];
  };
}

async function fileTicket(over: Record<string, unknown> = {}): Promise<string> {
  const res = await request(t.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).send(intake(w.province.code, over)).expect(201);
  return res.body.id as string;
}

describe('the console views', () => {
  let centre: { context: BrowserContext; page: Page; problems: string[] };

  beforeAll(async () => {
    centre = await signedIn(w.province.id, 'supervisor');
  });
  afterAll(() => centre.context.close());

  it('finds exactly the tickets seeded with a two-character Chinese keyword, matches highlighted', async () => {
    const seeded = [
      await fileTicket({ description: '家里宽带晚上经常断线，影响孩子上网课' }),
      await fileTicket({ subject: '宽带提速未生效' }),
    ];
    await fileTicket({ description: '手机话费扣费异常' });
    const { page, problems } = centre;
    await page.goto(`${t.baseUrl}/console/#/search?q=${encodeURIComponent('宽带')}`);
    await page.waitForSelector('[data-testid=search-total]');
    const found = await page.$$eval('[data-testid=search-hit]', (els) => els.map((e) => e.getAttribute('data-ticket-id')));
    expect(found.sort()).toEqual([...seeded].sort());
    expect(await page.getAttribute('[data-testid=search-total]', 'data-total')).toBe('2');
    const marked = await page.$$eval('[data-testid=search-hit] mark', (els) => els.map((e) => e.textContent));
    expect(marked.length).toBeGreaterThanOrEqual(2);
    expect(new Set(marked)).toEqual(new Set(['宽带']));
    await screenshot(page, 'search');
    expect(problems).toEqual([]);
  });

  it("shows in the dashboard's table view the KPI figures the API answers", async () => {
    const { page, problems } = centre;
    await page.goto(`${t.baseUrl}/console/#/dashboard`);
    await page.waitForSelector('[data-testid=kpi-month-table] tbody tr');
    const section = page.locator('[data-testid=dashboard]');
    const [from, to] = [await section.getAttribute('data-from'), await section.getAttribute('data-to')];
    const api = await request(t.http).get('/api/v1/kpis').query({ from, to, period: 'month' }).set(bearer(w.tokens.province)).expect(200);
    const rows = api.body.rows as {
      period: string;
      ticketsFiled: number;
      onTimeClosureRate: { value: number | null; numerator: number; denominator: number };
      firstContactResolutionRate: { value: number | null; numerator: number; denominator: number };
    }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const tr = page.locator(`[data-testid=kpi-month-table] tbody tr[data-period="${row.period}"]`);
      const cell = tr.locator('td[data-kpi=onTimeClosureRate]');
      expect(await cell.getAttribute('data-numerator')).toBe(String(row.onTimeClosureRate.numerator));
      expect(await cell.getAttribute('data-denominator')).toBe(String(row.onTimeClosureRate.denominator));
      expect(await cell.getAttribute('data-value')).toBe(row.onTimeClosureRate.value === null ? '' : String(row.onTimeClosureRate.value));
      expect(await tr.locator('[data-testid=drill]').getAttribute('data-count')).toBe(String(row.ticketsFiled));
    }
    // The chart is there and draws the API's values, with a table view a screen reader reads.
    expect(await page.locator('[data-testid=kpi-month] canvas').count()).toBe(1);
    const kpiChart = await drawn(page, '[data-testid=kpi-month] canvas');
    expect(kpiChart.labels).toEqual(rows.map((r) => r.period));
    expect(kpiChart.series[0].data).toEqual(rows.map((r) => r.onTimeClosureRate.value));
    expect(await page.locator('[data-testid=kpi-month-table] caption').count()).toBe(1);

    // Hot issues over time: the chart's lines are the API's counts by month, the table view lists every issue with the same figures.
    const hot = (
      await request(t.http)
        .get('/api/v1/kpis/hot-issues')
        .query({ from, to, limit: 20, period: 'month' })
        .set(bearer(w.tokens.province))
        .expect(200)
    ).body as { issues: Issue[]; series: (Issue & { period: string })[]; spikes: unknown[] };
    expect(hot.issues.length).toBeGreaterThan(0);
    const months = [...new Set(hot.series.map((p) => p.period))].sort();
    const countIn = (i: Issue, month: string) =>
      hot.series.find((p) => p.businessType === i.businessType && p.nature === i.nature && p.period === month)?.count ?? 0;
    const trend = await drawn(page, '[data-testid=hot-trend-chart] canvas');
    expect(trend.labels).toEqual(months);
    const charted = hot.issues.slice(0, 6);
    expect(trend.series).toEqual(
      charted.map((i) => ({ label: `${i.businessType} · ${i.nature}`, data: months.map((m) => countIn(i, m)) })),
    );
    for (const [k, i] of charted.entries()) expect(trend.series[k].data.reduce((a, b) => a! + b!, 0)).toBe(i.count);
    const issueRows = page.locator('[data-testid=hot-issues-table] tbody tr');
    expect(await issueRows.count()).toBe(hot.issues.length);
    for (const i of hot.issues) {
      const tr = page.locator(`[data-testid=hot-issues-table] tbody tr[data-issue="${i.businessType}|${i.nature}"]`);
      expect(await tr.locator('td[data-total]').getAttribute('data-total')).toBe(String(i.count));
      for (const m of months) expect(await tr.locator(`td[data-period="${m}"]`).getAttribute('data-value')).toBe(String(countIn(i, m)));
    }
    expect(await page.locator('[data-testid=spikes-table] tbody tr').count()).toBe(hot.spikes.length);
    // Drilling into this month's count lists the tickets behind it.
    const current = rows[rows.length - 1];
    await page.click('[data-testid=kpi-month-toggle]');
    await page.click(`[data-testid=kpi-month-table] tr[data-period="${current.period}"] [data-testid=drill]`);
    await page.waitForSelector('[data-testid=drill-list]');
    expect(await page.locator('[data-testid=drill-list] tbody tr').count()).toBe(current.ticketsFiled);
    // A KPI's denominator drills down to exactly the tickets the API counts in it (first contact: this month's tickets filed).
    await page.selectOption('[data-testid=kpi-month] select', 'firstContactResolutionRate');
    await page.click(`[data-testid=kpi-month-table] tr[data-period="${current.period}"] [data-testid=drill-denominator]`);
    const monthStart = Date.parse(`${current.period}T00:00:00+08:00`);
    const behind = await request(t.http)
      .get('/api/v1/kpis/tickets')
      .query({
        from: new Date(Math.max(monthStart, Date.parse(from!))).toISOString(),
        to,
        measure: 'firstContactResolutionRate',
        part: 'denominator',
        limit: 500,
      })
      .set(bearer(w.tokens.province))
      .expect(200);
    expect(behind.body.total).toBe(current.firstContactResolutionRate.denominator);
    expect(behind.body.total).toBeGreaterThan(0);
    await page.waitForSelector(`[data-testid=drill-list][data-total="${behind.body.total}"] caption`);
    expect(await page.textContent('[data-testid=drill-list] caption')).toContain('一次解决率 · 分母');
    const drilledIds = await page.$$eval('[data-testid=drill-list] tbody tr', (els) => els.map((e) => e.getAttribute('data-ticket-id')));
    expect(drilledIds.sort()).toEqual((behind.body.items as { id: string }[]).map((i) => i.id).sort());
    await screenshot(page, 'dashboard');
    expect(problems).toEqual([]);
  });

  it('offers on a ticket exactly the actions the API lists, and a department handler none the API refuses it', async () => {
    const id = await fileTicket({ description: '宽带报障多次未修复' });
    await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, id, 'sign');

    const offered = async (page: Page) => {
      await page.goto(`${t.baseUrl}/console/#/tickets/${id}`);
      await page.waitForSelector(`[data-testid=ticket][data-ticket-id="${id}"] [data-testid=actions]`);
      return (
        await page.$$eval('[data-testid=actions] form[data-operation]', (els) => els.map((e) => e.getAttribute('data-operation')))
      ).sort();
    };
    const listed = async (token: string) =>
      ((await request(t.http).get(`/api/v1/tickets/${id}/actions`).set(bearer(token)).expect(200)).body.actions as { operation: string }[])
        .map((a) => a.operation)
        .sort();

    const { page, problems } = centre;
    expect(await offered(page)).toEqual(await listed(w.tokens.province));
    expect(await offered(page)).toContain('tickets.urge');
    expect(await page.locator('[data-testid=stage-axis] line.mark-due').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=deadline-why] tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'ticket-view');

    const dept = await signedIn(w.dept.id, 'handler');
    try {
      const forms = await offered(dept.page);
      expect(forms).toEqual(await listed(w.tokens.dept));
      expect(forms).toContain('tickets.submitFeedback');
      // The API refuses the department an urge and a dispatch: the console offers neither.
      expect(forms).not.toContain('tickets.urge');
      expect(forms).not.toContain('tickets.dispatch');
      await request(t.http).post(`/api/v1/tickets/${id}/urge`).set(bearer(w.tokens.dept)).send({ note: '请尽快处理' }).expect(403);
      // Customer data stays masked for a department, with no way to reveal it.
      expect(await dept.page.locator('[data-testid=reveal]').count()).toBe(0);
      // An action's refusal comes back as the API words it: a too-long reason is stopped before sending.
      await dept.page.fill(
        '[data-testid=submitFeedback-form] textarea[name=result], [data-testid=submitFeedback-form] input[name=result]',
        '',
      );
      await dept.page.click('[data-testid=action-submitFeedback]');
      expect(await dept.page.locator('[data-testid=error-submitFeedback]').count()).toBe(1);
      expect(dept.problems).toEqual([]);
    } finally {
      await dept.context.close();
    }
    expect(problems).toEqual([]);
  });
});
