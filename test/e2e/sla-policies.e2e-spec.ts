import request from 'supertest';
import { provinceFixture, staffToken, uniqueCode } from '../support/org-factory';
import { bearer, startTestApp, TestApp } from '../support/test-app';

/** China local wall-clock time → ISO instant, as the API renders it. */
const cn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();

describe('SLA policies, unit calendars and deadline preview', () => {
  let t: TestApp;
  // Policies are global to the run's database: a business type of this spec's own keeps the
  // policies it creates from matching other specs' tickets, and afterAll disables them.
  const businessType = `e2e_${uniqueCode('sla').toLowerCase()}`;
  const created: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ SLA_TIME_SCALE: '1' });
  });
  afterAll(async () => {
    for (const id of created) await request(t.http).delete(`/api/v1/sla-policies/${id}`).set(bearer(t.admin));
    await t.close();
  });

  async function createPolicy(body: Record<string, unknown>) {
    const res = await request(t.http).post('/api/v1/sla-policies').set(bearer(t.admin)).send(body);
    expect(res.status).toBe(201);
    created.push(res.body.id);
    return res.body as { id: string; stageLimits: Record<string, unknown>; supervisionLimit: unknown };
  }

  async function resolve(facts: Record<string, string>) {
    const res = await request(t.http)
      .post('/api/v1/sla-policies/resolve')
      .set(bearer(t.admin))
      .send({ kind: 'complaint', level: 'provincial', customerTier: 'normal', businessType, ...facts })
      .expect(200);
    return res.body as {
      id: string | null;
      name: string;
      level: string | null;
      stageLimits: Record<string, unknown>;
      supervisionLimit: unknown;
    };
  }

  async function preview(unitId: string, start: string, limit: { unit: string; value: number }, token = t.admin) {
    return request(t.http).post('/api/v1/sla/deadline-preview').set(bearer(token)).send({ unitId, start, limit });
  }

  const countPolicies = async () =>
    (await request(t.http).get('/api/v1/sla-policies?limit=500').set(bearer(t.admin)).expect(200)).body.items.length;

  describe('policies', () => {
    it('starts from the seeded DOMAIN §5 defaults', async () => {
      const list = await request(t.http).get('/api/v1/sla-policies?limit=500').set(bearer(t.admin)).expect(200);
      expect(list.body.items.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['default', 'national VIP', 'appeal']));
      const chosen = await resolve({ level: 'national', customerTier: 'vip', businessType: 'mobile' });
      expect(chosen.name).toBe('national VIP');
      expect(chosen.stageLimits.handling).toEqual({ unit: 'hours', value: 24 });
    });

    it('creates a policy, copying omitted terms from the catch-all, and reads it back', async () => {
      const policy = await createPolicy({
        name: 'e2e partial',
        level: 'national',
        businessType,
        stageLimits: { handling: { unit: 'hours', value: 6 } },
      });
      expect(policy).toMatchObject({
        kind: null,
        customerTier: null,
        priority: 100,
        enabled: true,
        warnRatio: 0.9,
        maxExtensions: 2,
        commitment: { unit: 'hours', value: 72 },
        stageLimits: { handling: { unit: 'hours', value: 6 }, intake: { unit: 'hours', value: 1 }, revisit: { unit: 'hours', value: 168 } },
      });
      const read = await request(t.http).get(`/api/v1/sla-policies/${policy.id}`).set(bearer(t.admin)).expect(200);
      expect(read.body).toEqual(policy);
    });

    it('resolves the most specific enabled policy; priority breaks ties; disabled ones are skipped', async () => {
      await createPolicy({ name: 'e2e national', level: 'national', businessType });
      const nationalVip = await createPolicy({ name: 'e2e national vip', level: 'national', customerTier: 'vip', businessType });
      expect((await resolve({ level: 'national', customerTier: 'vip' })).id).toBe(nationalVip.id);
      expect(await resolve({ level: 'national', customerTier: 'normal' })).toMatchObject({
        level: 'national',
        customerTier: null,
        businessType,
      });

      const preferred = await createPolicy({ name: 'e2e national preferred', level: 'national', businessType, priority: 10 });
      expect((await resolve({ level: 'national', customerTier: 'normal' })).id).toBe(preferred.id);

      const disabled = await request(t.http).delete(`/api/v1/sla-policies/${nationalVip.id}`).set(bearer(t.admin)).expect(200);
      expect(disabled.body.enabled).toBe(false);
      expect((await resolve({ level: 'national', customerTier: 'vip' })).id).not.toBe(nationalVip.id);
      await request(t.http).patch(`/api/v1/sla-policies/${nationalVip.id}`).set(bearer(t.admin)).send({ enabled: true }).expect(200);
      expect((await resolve({ level: 'national', customerTier: 'vip' })).id).toBe(nationalVip.id);
    });

    it('carries the time to answer a supervision order: 2 h by default, inherited by a refining policy, patched, VIP-bounded', async () => {
      expect((await resolve({ kind: 'suggestion' })).supervisionLimit).toEqual({ unit: 'hours', value: 2 });
      const parent = await createPolicy({
        name: 'e2e orders',
        kind: 'appeal',
        businessType,
        supervisionLimit: { unit: 'hours', value: 4 },
      });
      expect(parent.supervisionLimit).toEqual({ unit: 'hours', value: 4 });
      const child = await createPolicy({ name: 'e2e orders national', kind: 'appeal', level: 'national', businessType });
      expect(child.supervisionLimit).toEqual({ unit: 'hours', value: 4 });
      const appeal = { kind: 'appeal', level: 'national' };
      expect((await resolve(appeal)).supervisionLimit).toEqual({ unit: 'hours', value: 4 });
      const halfDay = { unit: 'working_days', value: 0.5 };
      await request(t.http).patch(`/api/v1/sla-policies/${child.id}`).set(bearer(t.admin)).send({ supervisionLimit: halfDay }).expect(200);
      expect((await resolve(appeal)).supervisionLimit).toEqual(halfDay);
      // A VIP's time is never longer than a normal customer's: 13 h capped at half a working day (12 counted hours).
      await createPolicy({
        name: 'e2e orders national vip',
        kind: 'appeal',
        level: 'national',
        customerTier: 'vip',
        businessType,
        supervisionLimit: { unit: 'hours', value: 13 },
      });
      const vip = await resolve({ ...appeal, customerTier: 'vip' });
      expect(vip).toMatchObject({ name: 'e2e orders national vip', supervisionLimit: halfDay });
    });

    it('PATCH merges stage limits stage by stage and turns a null criterion into a wildcard', async () => {
      const policy = await createPolicy({ name: 'e2e patch', kind: 'inquiry', level: 'general', businessType });
      const patched = await request(t.http)
        .patch(`/api/v1/sla-policies/${policy.id}`)
        .set(bearer(t.admin))
        .send({ stageLimits: { reply: { unit: 'working_days', value: 1 } }, level: null, warnRatio: 0.75 })
        .expect(200);
      expect(patched.body.stageLimits.reply).toEqual({ unit: 'working_days', value: 1 });
      expect(patched.body.stageLimits.handling).toEqual(policy.stageLimits.handling);
      expect(patched.body).toMatchObject({ kind: 'inquiry', level: null, warnRatio: 0.75, name: 'e2e patch' });
    });

    it.each([
      ['warnRatio above 1', { warnRatio: 1.5 }, 'warnRatio'],
      ['warnRatio 0', { warnRatio: 0 }, 'warnRatio'],
      ['a zero limit', { stageLimits: { handling: { unit: 'hours', value: 0 } } }, 'stageLimits.handling.value'],
      ['a negative commitment', { commitment: { unit: 'hours', value: -1 } }, 'commitment.value'],
      ['an unknown unit', { stageLimits: { handling: { unit: 'minutes', value: 30 } } }, 'stageLimits.handling.unit'],
      ['an unknown stage', { stageLimits: { lunch: { unit: 'hours', value: 1 } } }, 'stageLimits.lunch'],
      ['an unknown kind', { kind: 'gossip' }, 'kind'],
      ['a null term', { maxExtensions: null }, 'maxExtensions'],
    ])('refuses %s with 400 and writes nothing', async (_label, body, field) => {
      const before = await countPolicies();
      const res = await request(t.http)
        .post('/api/v1/sla-policies')
        .set(bearer(t.admin))
        .send({ name: 'e2e invalid', businessType, ...body });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await countPolicies()).toBe(before);
    });

    it('refuses a PATCH that nulls a limit or a required term', async () => {
      const policy = await createPolicy({ name: 'e2e patch guard', businessType });
      for (const body of [{ stageLimits: { handling: null } }, { warnRatio: null }, { name: null }]) {
        const res = await request(t.http).patch(`/api/v1/sla-policies/${policy.id}`).set(bearer(t.admin)).send(body);
        expect(res.status).toBe(400);
      }
    });

    it('lets staff read, only national administrators write, and answers 404 for unknown ids', async () => {
      const f = await provinceFixture(t);
      const agent = await staffToken(t, f.province.id, 'agent');
      const provincialAdmin = await staffToken(t, f.province.id, 'admin');
      await request(t.http).get('/api/v1/sla-policies').set(bearer(agent)).expect(200);
      const body = { name: 'e2e forbidden', businessType };
      const byAgent = await request(t.http).post('/api/v1/sla-policies').set(bearer(agent)).send(body);
      expect(byAgent.status).toBe(403);
      const byProvince = await request(t.http).post('/api/v1/sla-policies').set(bearer(provincialAdmin)).send(body);
      expect(byProvince.status).toBe(403);
      expect(byProvince.body.code).toBe('FORBIDDEN_SCOPE');
      await request(t.http).get('/api/v1/sla-policies/00000000-0000-4000-8000-000000000000').set(bearer(agent)).expect(404);
      await request(t.http).get('/api/v1/sla-policies/not-a-uuid').set(bearer(agent)).expect(404);
    });
  });

  describe('calendars', () => {
    // Tue 2026-03-10 10:00 + 1 working day = Wed 03-11 10:00 in the official calendar.
    const start = '2026-03-10T10:00:00+08:00';
    const oneDay = { unit: 'working_days', value: 1 };

    it('a holiday declared by a province shifts working-day deadlines in its subtree; the nearest unit decides', async () => {
      const f = await provinceFixture(t);
      expect((await preview(f.cityDept.id, start, oneDay)).body).toMatchObject({ dueAt: cn('2026-03-11 10:00'), timeScale: 1 });

      const holiday = await request(t.http)
        .post(`/api/v1/org-units/${f.province.id}/calendar-overrides`)
        .set(bearer(t.admin))
        .send({ date: '2026-03-11', kind: 'holiday', note: 'regional holiday' })
        .expect(201);
      expect(holiday.body).toMatchObject({ orgUnitId: f.province.id, date: '2026-03-11', kind: 'holiday', note: 'regional holiday' });
      const shifted = await preview(f.cityDept.id, start, oneDay);
      expect(shifted.status).toBe(200);
      expect(shifted.body.dueAt).toBe(cn('2026-03-12 10:00'));
      // Hours are natural time: the holiday does not move them.
      expect((await preview(f.cityDept.id, start, { unit: 'hours', value: 24 })).body.dueAt).toBe(cn('2026-03-11 10:00'));

      const days = await request(t.http)
        .get(`/api/v1/org-units/${f.province.id}/working-days?from=2026-03-09&to=2026-03-15`)
        .set(bearer(t.admin))
        .expect(200);
      expect(days.body.items).toEqual([
        { date: '2026-03-09', working: true },
        { date: '2026-03-10', working: true },
        { date: '2026-03-11', working: false },
        { date: '2026-03-12', working: true },
        { date: '2026-03-13', working: true },
        { date: '2026-03-14', working: false },
        { date: '2026-03-15', working: false },
      ]);

      const duplicate = await request(t.http)
        .post(`/api/v1/org-units/${f.province.id}/calendar-overrides`)
        .set(bearer(t.admin))
        .send({ date: '2026-03-11', kind: 'workday' });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('DUPLICATE');

      await request(t.http)
        .post(`/api/v1/org-units/${f.city.id}/calendar-overrides`)
        .set(bearer(t.admin))
        .send({ date: '2026-03-11', kind: 'workday' })
        .expect(201);
      expect((await preview(f.cityDept.id, start, oneDay)).body.dueAt).toBe(cn('2026-03-11 10:00'));
      expect((await preview(f.dept.id, start, oneDay)).body.dueAt).toBe(cn('2026-03-12 10:00'));

      const own = await request(t.http).get(`/api/v1/org-units/${f.province.id}/calendar-overrides`).set(bearer(t.admin)).expect(200);
      expect(own.body.items.map((o: { id: string }) => o.id)).toEqual([holiday.body.id]);

      await request(t.http)
        .delete(`/api/v1/org-units/${f.province.id}/calendar-overrides/${holiday.body.id}`)
        .set(bearer(t.admin))
        .expect(204);
      expect((await preview(f.dept.id, start, oneDay)).body.dueAt).toBe(cn('2026-03-11 10:00'));
      await request(t.http)
        .delete(`/api/v1/org-units/${f.province.id}/calendar-overrides/${holiday.body.id}`)
        .set(bearer(t.admin))
        .expect(404);
    });

    it('follows the official calendar, make-up working weekends included', async () => {
      const f = await provinceFixture(t);
      const days = await request(t.http)
        .get(`/api/v1/org-units/${f.dept.id}/working-days?from=2026-02-14&to=2026-02-16`)
        .set(bearer(t.admin))
        .expect(200);
      expect(days.body.items).toEqual([
        { date: '2026-02-14', working: true },
        { date: '2026-02-15', working: false },
        { date: '2026-02-16', working: false },
      ]);
    });

    it.each([
      ['a range over 366 days', 'from=2026-01-01&to=2027-01-02', 'RANGE_TOO_LONG'],
      ['a reversed range', 'from=2026-03-10&to=2026-03-09', 'INVALID_RANGE'],
      ['an impossible date', 'from=2026-02-30&to=2026-03-09', 'VALIDATION_FAILED'],
      ['a missing bound', 'from=2026-03-01', 'VALIDATION_FAILED'],
    ])('refuses %s with 400', async (_label, query, code) => {
      const f = await provinceFixture(t);
      const res = await request(t.http).get(`/api/v1/org-units/${f.dept.id}/working-days?${query}`).set(bearer(t.admin));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(code);
    });

    it('refuses malformed overrides and previews', async () => {
      const f = await provinceFixture(t);
      const bad = await request(t.http)
        .post(`/api/v1/org-units/${f.dept.id}/calendar-overrides`)
        .set(bearer(t.admin))
        .send({ date: '2026-3-11', kind: 'vacation' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['date', 'kind']);
      const noOffset = await preview(f.dept.id, '2026-03-10T10:00:00', oneDay);
      expect(noOffset.status).toBe(400);
      const zero = await preview(f.dept.id, start, { unit: 'working_days', value: 0 });
      expect(zero.status).toBe(400);
    });

    it('answers 404 for units outside the caller scope and lets a provincial admin manage its own subtree', async () => {
      const a = await provinceFixture(t);
      const b = await provinceFixture(t);
      const admin = await staffToken(t, a.province.id, 'admin');
      const agent = await staffToken(t, a.province.id, 'agent');
      const override = { date: '2026-04-01', kind: 'holiday' };

      await request(t.http).get(`/api/v1/org-units/${b.dept.id}/calendar-overrides`).set(bearer(admin)).expect(404);
      await request(t.http).post(`/api/v1/org-units/${b.dept.id}/calendar-overrides`).set(bearer(admin)).send(override).expect(404);
      await request(t.http).get(`/api/v1/org-units/${b.dept.id}/working-days?from=2026-04-01&to=2026-04-02`).set(bearer(admin)).expect(404);
      expect((await preview(b.dept.id, start, oneDay, admin)).status).toBe(404);

      const mine = await request(t.http)
        .post(`/api/v1/org-units/${a.dept.id}/calendar-overrides`)
        .set(bearer(admin))
        .send(override)
        .expect(201);
      await request(t.http).delete(`/api/v1/org-units/${b.dept.id}/calendar-overrides/${mine.body.id}`).set(bearer(t.admin)).expect(404);
      await request(t.http).post(`/api/v1/org-units/${a.city.id}/calendar-overrides`).set(bearer(agent)).send(override).expect(403);
      await request(t.http).get(`/api/v1/org-units/${a.dept.id}/calendar-overrides`).set(bearer(agent)).expect(200);
    });
  });
});
