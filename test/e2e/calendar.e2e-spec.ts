/**
 * The official calendar as data (DOMAIN §11). Years 2097–2099 are made up for the test: the spec
 * deletes them from its run's database first, so nothing depends on the real next year, and an
 * injected clock stands in 2098/2099.
 */
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { instantJobId, SLA_QUEUE } from '../../src/sla/timers/sla-queue';
import { StageTimerPort } from '../../src/sla/stage-timer.port';
import { staffToken } from '../support/org-factory';
import { eventually } from '../support/processes';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';
import { intake, world, World } from '../support/tickets';

/** China local wall-clock time → instant. */
const cn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

interface StageRow {
  id: string;
  kind: string;
  warnAt: Date;
  dueAt: Date;
  deadlineGen: number;
  basis: string;
  warnedAt: Date | null;
  breachedAt: Date | null;
}

describe('official calendar: provisional deadlines, import, recount', () => {
  const clock = new ManualClock(cn('2098-12-30 10:00'));
  let t: TestApp;
  let db: DataSource;
  let w: World;
  let nationalKey: string;

  const importYear = (body: Record<string, unknown>, token = t.admin) =>
    request(t.http).post('/api/v1/official-calendar').set(bearer(token)).send(body);

  const stagesOf = async (ticketId: string): Promise<StageRow[]> =>
    await db.query<StageRow[]>(
      `SELECT id, kind, warn_at AS "warnAt", due_at AS "dueAt", deadline_gen AS "deadlineGen", basis, warned_at AS "warnedAt", breached_at AS "breachedAt"
         FROM ticket_stages WHERE ticket_id = $1 AND status = 'open' ORDER BY kind`,
      [ticketId],
    );

  const readiness = async () => (await request(t.http).get('/health/ready').expect(200)).body as { warnings: string[] };

  const metric = async (name: string) => {
    const text = (await request(t.http).get('/metrics').expect(200)).text;
    const line = text.split('\n').find((l) => l.startsWith(`${name} `));
    return line ? Number(line.split(' ')[1]) : undefined;
  };

  beforeAll(async () => {
    t = await startTestApp({ SLA_TIME_SCALE: '1', SLA_ARM_HORIZON_SECONDS: String(30 * 86_400) }, clock);
    db = t.app.get(DataSource);
    await db.query('DELETE FROM official_calendar_years WHERE year BETWEEN 2097 AND 2099');
    // A made-up 2098 schedule, so that 2099 is the first year without one.
    await importYear({ year: 2098, holidays: ['2098-01-01', '2098-10-01'], workdays: [] }).expect(200);
    w = await world(t);
    const cs = await request(t.http)
      .post('/api/v1/channel-systems')
      .set(bearer(t.admin))
      .send({ name: 'national hotline', channel: 'hotline', orgUnitId: w.national.id })
      .expect(201);
    nationalKey = cs.body.apiKey;
  });
  afterAll(async () => {
    await db.query('DELETE FROM official_calendar_years WHERE year BETWEEN 2097 AND 2099');
    await t.close();
  });

  it('a deadline into a year without a schedule is provisional, readiness warns, and importing the year moves it and re-arms it once', async () => {
    const timers = t.app.get(StageTimerPort);
    const queue = t.app.get<Queue>(getQueueToken(SLA_QUEUE));

    // Coverage ends with 2098, two days ahead: readiness stays 200 and warns; the gauge says 1 day.
    const before = await readiness();
    expect(before.warnings).toEqual(expect.arrayContaining([expect.stringContaining('until 2098-12-31T16:00:00.000Z')]));
    expect(await metric('workorders_calendar_days_covered_ahead')).toBe(1);

    // Escalated mobile complaint: 3 working days from Tue 2098-12-30 10:00 to the customer.
    const filed = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', nationalKey)
      .send(
        intake(w.province.code, {
          kind: 'escalated_complaint',
          businessType: 'mobile',
          contactedAt: new Date(clock.now().getTime() - 10 * 60_000).toISOString(),
        }),
      )
      .expect(201);
    const id = filed.body.id as string;
    const [commitment, review] = await stagesOf(id);
    expect(commitment.kind).toBe('commitment');
    // Weekends only in 2099: Wed 12-31, Thu 01-01, Fri 01-02.
    expect(commitment.dueAt).toEqual(cn('2099-01-02 10:00'));
    expect(commitment.basis).toContain('[provisional: no official 2099 calendar, weekends only]');
    expect(review.basis).not.toContain('provisional');

    // The provisional deadline passes and its breach is recorded (as the timer records it), before the schedule is out.
    clock.set(cn('2099-01-03 12:00'));
    await db.query('UPDATE ticket_stages SET warned_at = warn_at, breached_at = $2 WHERE id = $1', [commitment.id, clock.now()]);
    expect((await readiness()).warnings).toEqual(expect.arrayContaining([expect.stringContaining('until 2098-12-31T16:00:00.000Z')]));

    const arm = jest.spyOn(timers, 'armAfterCommit');
    // New Year on Thu–Fri, a make-up working Sunday 01-04.
    const schedule = { year: 2099, holidays: ['2099-01-01', '2099-01-02'], workdays: ['2099-01-04'], source: 'test notice' };
    const imported = await importYear(schedule).expect(200);
    expect(imported.body).toMatchObject({ year: 2099, source: 'test notice', holidays: 2, workdays: 1, recomputedStages: 1 });

    // Tue 14 h + Wed 24 h + Sun 24 h + Mon 10 h = 3 working days.
    const [moved] = await stagesOf(id);
    expect(moved).toMatchObject({ id: commitment.id, dueAt: cn('2099-01-05 10:00'), deadlineGen: commitment.deadlineGen + 1 });
    // 90 % of 72 counted hours = 64.8 h: Sunday ends at 62 h, so Monday 02:48.
    expect(moved.warnAt).toEqual(cn('2099-01-05 02:48'));
    expect(moved.basis).not.toContain('provisional: no official 2099');
    expect(moved.basis).toContain('recounted on the official 2099 calendar');
    // The new deadline has not passed: the breach under the provisional calendar no longer stands on the stage …
    expect(moved.breachedAt).toBeNull();
    expect(moved.warnedAt).toBeNull();
    const ticket = await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(t.admin)).expect(200);
    expect(new Date(ticket.body.commitmentDueAt)).toEqual(cn('2099-01-05 10:00'));

    // … and stays in the history, marked provisional, with the move and its reason.
    const history = await request(t.http).get(`/api/v1/tickets/${id}/events`).set(bearer(t.admin)).expect(200);
    const recounts = (history.body.events as { type: string; reason: string; data: Record<string, unknown> }[]).filter(
      (e) => e.type === 'stage.deadline_recomputed',
    );
    expect(recounts).toHaveLength(1);
    expect(recounts[0]).toMatchObject({
      reason: 'calendar_imported',
      data: {
        stageId: commitment.id,
        year: 2099,
        deadlineGen: commitment.deadlineGen + 1,
        provisionalBreach: { dueAt: cn('2099-01-02 10:00').toISOString(), stillBreached: false },
      },
    });

    // Re-armed exactly once, for the new generation.
    expect(arm).toHaveBeenCalledTimes(1);
    expect(arm.mock.calls[0][0]).toEqual([
      { id: commitment.id, warnAt: moved.warnAt, dueAt: moved.dueAt, deadlineGen: commitment.deadlineGen + 1 },
    ]);
    const newGen = commitment.deadlineGen + 1;
    // Far ahead, each new instant is armed as the job every deadline at that instant shares.
    expect(await queue.getJob(instantJobId('breach', moved.dueAt))).toBeDefined();
    expect(await queue.getJob(instantJobId('warn', moved.warnAt))).toBeDefined();

    // The same schedule again changes nothing and arms nothing.
    const again = await importYear(schedule).expect(200);
    expect(again.body.recomputedStages).toBe(0);
    expect(arm).toHaveBeenCalledTimes(1);
    expect((await stagesOf(id))[0].deadlineGen).toBe(newGen);
    arm.mockRestore();

    // Coverage now runs to the end of 2099: no warning, a year of days ahead.
    expect((await readiness()).warnings.filter((m) => m.includes('calendar'))).toEqual([]);
    expect(await metric('workorders_calendar_days_covered_ahead')).toBeGreaterThan(300);
    clock.set(cn('2098-12-30 10:00'));
  });

  it('the deadline preview names the years a working-day count depends on without a schedule', async () => {
    // 2097 has no schedule: one working day from 2097-12-30 ends inside 2097; 2098 has one.
    await db.query('DELETE FROM official_calendar_years WHERE year = 2097');
    const f = w;
    const preview = (start: string) =>
      request(t.http)
        .post('/api/v1/sla/deadline-preview')
        .set(bearer(t.admin))
        .send({ unitId: f.dept.id, start, limit: { unit: 'working_days', value: 1 } })
        .expect(200);
    const provisional = await preview('2097-12-30T10:00:00+08:00');
    expect(provisional.body.provisionalYears).toEqual([2097]);
    const settled = await preview('2098-03-02T10:00:00+08:00');
    expect(settled.body.provisionalYears).toEqual([]);
    // Hours never depend on the calendar.
    const hours = await request(t.http)
      .post('/api/v1/sla/deadline-preview')
      .set(bearer(t.admin))
      .send({ unitId: f.dept.id, start: '2097-12-30T10:00:00+08:00', limit: { unit: 'hours', value: 24 } })
      .expect(200);
    expect(hours.body.provisionalYears).toEqual([]);
  });

  // Two import processes boot here (ts-node, Nest, Postgres, Redis): on a loaded machine that alone can take over a minute.
  it('npm run calendar:import loads a file, and every running process drops its cached calendar on the announcement', async () => {
    await db.query('DELETE FROM official_calendar_years WHERE year = 2097');
    const workingDay = async () =>
      (
        await request(t.http)
          .get(`/api/v1/org-units/${w.dept.id}/working-days?from=2097-03-05&to=2097-03-05`)
          .set(bearer(t.admin))
          .expect(200)
      ).body.items[0].working as boolean;
    // Tuesday 2097-03-05 is a working day while 2097 has no schedule; this process now caches that calendar.
    expect(await workingDay()).toBe(true);

    const dir = mkdtempSync(join(tmpdir(), 'calendar-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ year: 2097, holidays: ['2097-01-01', '2097-03-05'], workdays: ['2097-03-09'] }));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ year: 2097, holidays: ['2097-01-01', '2096-12-31', '2097-03-09'], workdays: ['2097-03-09'] }));

    const refused = await runImport(bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('INVALID_SCHEDULE');
    expect(refused.stderr).toContain('2096-12-31 is not in 2097');
    expect(refused.stderr).toContain('listed both as a holiday and as a make-up working day');

    const done = await runImport(good);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout.trim().split('\n').pop()!)).toMatchObject({
      year: 2097,
      holidays: 2,
      workdays: 1,
      source: 'file good.json',
    });
    // Another process imported it: this one learns it from the announcement, well before any refresh.
    await eventually(async () => !(await workingDay()), 1000, 50);
    const years = await request(t.http).get('/api/v1/official-calendar').set(bearer(t.admin)).expect(200);
    expect(years.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ year: 2097, source: 'file good.json', holidays: 2, workdays: 1 })]),
    );
    expect(years.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ year: 2026, source: expect.stringMatching(/^chinese-days /) })]),
    );
  }, 240_000);

  it('refuses unsound schedules with 400 problem+json and imports only for national administrators', async () => {
    const outside = await importYear({ year: 2099, holidays: ['2099-01-01', '2098-12-31'], workdays: [] });
    expect(outside.status).toBe(400);
    expect(outside.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(outside.body.code).toBe('INVALID_SCHEDULE');
    expect(outside.body.errors).toEqual([{ field: 'holidays', messages: ['2098-12-31 is not in 2099'] }]);

    const both = await importYear({ year: 2099, holidays: ['2099-01-01', '2099-05-01'], workdays: ['2099-05-01'] });
    expect(both.status).toBe(400);
    expect(both.body.errors).toEqual([
      { field: 'workdays', messages: ['2099-05-01 is listed both as a holiday and as a make-up working day'] },
    ]);

    // A blank or wrong-year file: New Year's Day is a holiday every year.
    const blank = await importYear({ year: 2099, holidays: [], workdays: [] });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([
      { field: 'holidays', messages: ["2099-01-01 (New Year's Day) is a public holiday every year and must be listed"] },
    ]);

    const malformed = await importYear({ year: 2099, holidays: ['2099-02-30'], workdays: [] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
    expect((await importYear({ year: 1999, holidays: [], workdays: [] })).status).toBe(400);

    const provincialAdmin = await staffToken(t, w.province.id, 'admin');
    const refused = await importYear({ year: 2099, holidays: [], workdays: [] }, provincialAdmin);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN_SCOPE');
    const agent = await staffToken(t, w.national.id, 'agent');
    expect((await importYear({ year: 2099, holidays: [], workdays: [] }, agent)).status).toBe(403);
    // Nothing of the refused imports landed.
    const years = await request(t.http).get('/api/v1/official-calendar').set(bearer(agent)).expect(200);
    expect(years.body.items.find((y: { year: number }) => y.year === 2099)).toMatchObject({ holidays: 2, workdays: 1 });
  });

  it("a provincial centre's administrator manages overrides anywhere in its province, a city's only in its own subtree", async () => {
    const provincialAdmin = await staffToken(t, w.province.id, 'admin');
    const cityAdmin = await staffToken(t, w.city.id, 'admin');
    const override = { date: '2098-04-01', kind: 'holiday', note: 'regional' };
    const provinceWide = await request(t.http)
      .post(`/api/v1/org-units/${w.province.id}/calendar-overrides`)
      .set(bearer(provincialAdmin))
      .send(override)
      .expect(201);
    const inCity = await request(t.http)
      .post(`/api/v1/org-units/${w.cityDept.id}/calendar-overrides`)
      .set(bearer(provincialAdmin))
      .send({ ...override, date: '2098-04-02' })
      .expect(201);
    // The province's regional holiday reaches the city's departments.
    const days = await request(t.http)
      .get(`/api/v1/org-units/${w.cityDept.id}/working-days?from=2098-04-01&to=2098-04-02`)
      .set(bearer(cityAdmin))
      .expect(200);
    expect(days.body.items).toEqual([
      { date: '2098-04-01', working: false },
      { date: '2098-04-02', working: false },
    ]);
    // A city administrator sees neither the province's own overrides nor other departments of the province.
    await request(t.http).post(`/api/v1/org-units/${w.dept.id}/calendar-overrides`).set(bearer(cityAdmin)).send(override).expect(404);
    await request(t.http)
      .delete(`/api/v1/org-units/${w.province.id}/calendar-overrides/${provinceWide.body.id}`)
      .set(bearer(cityAdmin))
      .expect(404);
    await request(t.http)
      .delete(`/api/v1/org-units/${w.cityDept.id}/calendar-overrides/${inCity.body.id}`)
      .set(bearer(cityAdmin))
      .expect(204);
    await request(t.http)
      .delete(`/api/v1/org-units/${w.province.id}/calendar-overrides/${provinceWide.body.id}`)
      .set(bearer(provincialAdmin))
      .expect(204);
  });
});

function runImport(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const root = join(__dirname, '..', '..');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(root, 'scripts', 'calendar-import.ts'), file], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
