import request from 'supertest';
import { createUnit, nationalCentre, provinceFixture, staffToken, uniqueCode } from '../support/org-factory';
import { bearer, startTestApp, TestApp } from '../support/test-app';

describe('org tree and identities', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const countUnits = async () => (await request(t.http).get('/api/v1/org-units?limit=1000').set(bearer(t.admin))).body.items.length;

  it('builds a tree and answers subtree and escalation chain', async () => {
    const f = await provinceFixture(t);
    const subtree = await request(t.http).get(`/api/v1/org-units/${f.province.id}/subtree`).set(bearer(t.admin)).expect(200);
    expect(subtree.body.items.map((u: { id: string }) => u.id).sort()).toEqual(
      [f.province.id, f.city.id, f.dept.id, f.dept2.id, f.cityDept.id].sort(),
    );
    const chain = await request(t.http).get(`/api/v1/org-units/${f.cityDept.id}/escalation-chain`).set(bearer(t.admin)).expect(200);
    expect(chain.body.map((u: { id: string }) => u.id)).toEqual([f.province.id, f.national.id]);
  });

  it.each([
    [
      'a non-existent parent',
      () => ({ code: uniqueCode('X'), name: 'x', tier: 'department', parentId: '00000000-0000-4000-8000-000000000000' }),
      422,
      'PARENT_NOT_FOUND',
    ],
    [
      'a province under a department',
      (p: string) => ({ code: uniqueCode('X'), name: 'x', tier: 'provincial', parentId: p }),
      422,
      'INVALID_TIER_ORDER',
    ],
    [
      'a city under a department',
      (p: string) => ({ code: uniqueCode('X'), name: 'x', tier: 'city', parentId: p }),
      422,
      'INVALID_TIER_ORDER',
    ],
    ['a missing parent', () => ({ code: uniqueCode('X'), name: 'x', tier: 'city' }), 400, 'PARENT_REQUIRED'],
    ['a bad tier', (p: string) => ({ code: uniqueCode('X'), name: 'x', tier: 'planet', parentId: p }), 400, 'VALIDATION_FAILED'],
  ])('refuses %s with problem+json and writes nothing', async (_label, body, status, code) => {
    const f = await provinceFixture(t);
    const before = await countUnits();
    const res = await request(t.http).post('/api/v1/org-units').set(bearer(t.admin)).send(body(f.dept.id));
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe(code);
    expect(await countUnits()).toBe(before);
  });

  it('refuses a duplicate code with 409 and a second national centre', async () => {
    const f = await provinceFixture(t);
    const dup = await request(t.http)
      .post('/api/v1/org-units')
      .set(bearer(t.admin))
      .send({ code: f.dept.code, name: 'again', tier: 'department', parentId: f.province.id });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('DUPLICATE_CODE');
    await nationalCentre(t);
    const second = await request(t.http)
      .post('/api/v1/org-units')
      .set(bearer(t.admin))
      .send({ code: uniqueCode('N'), name: 'n2', tier: 'national' });
    expect(second.status).toBe(409);
  });

  it('refuses moving a unit under its own descendant (cycle) and keeps the tree intact', async () => {
    const f = await provinceFixture(t);
    const res = await request(t.http).patch(`/api/v1/org-units/${f.city.id}`).set(bearer(t.admin)).send({ parentId: f.cityDept.id });
    expect(res.status).toBe(422);
    expect(['CYCLE', 'INVALID_TIER_ORDER']).toContain(res.body.code);
    const self = await request(t.http).patch(`/api/v1/org-units/${f.dept.id}`).set(bearer(t.admin)).send({ parentId: f.dept.id });
    expect(self.body.code).toBe('CYCLE');
    const city = await request(t.http).get(`/api/v1/org-units/${f.city.id}`).set(bearer(t.admin)).expect(200);
    expect(city.body.parentId).toBe(f.province.id);
  });

  it('moves a department with its path to another city', async () => {
    const f = await provinceFixture(t);
    const moved = await request(t.http)
      .patch(`/api/v1/org-units/${f.dept.id}`)
      .set(bearer(t.admin))
      .send({ parentId: f.city.id })
      .expect(200);
    expect(moved.body.path).toBe(`${f.city.path}${f.dept.id}/`);
    expect(moved.body.depth).toBe(3);
  });

  it('a provincial credential lists its own province only; other provinces are 404', async () => {
    const a = await provinceFixture(t);
    const b = await provinceFixture(t);
    const token = await staffToken(t, a.province.id, 'supervisor');
    const list = await request(t.http).get('/api/v1/org-units?limit=1000').set(bearer(token)).expect(200);
    const ids = list.body.items.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([a.province.id, a.dept.id, a.cityDept.id]));
    expect(ids).not.toContain(b.province.id);
    expect(ids).not.toContain(a.national.id);
    expect(list.body.items.every((u: { path: string }) => u.path.startsWith(a.province.path))).toBe(true);
    await request(t.http).get(`/api/v1/org-units/${b.dept.id}`).set(bearer(token)).expect(404);
    await request(t.http).get(`/api/v1/org-units/${b.dept.id}/subtree`).set(bearer(token)).expect(404);
  });

  it('a department sees its own unit only', async () => {
    const f = await provinceFixture(t);
    const token = await staffToken(t, f.dept.id, 'handler');
    const list = await request(t.http).get('/api/v1/org-units').set(bearer(token)).expect(200);
    expect(list.body.items.map((u: { id: string }) => u.id)).toEqual([f.dept.id]);
    await request(t.http).get(`/api/v1/org-units/${f.province.id}`).set(bearer(token)).expect(404);
  });

  it('paginates with a cursor without repeating or skipping units', async () => {
    const f = await provinceFixture(t);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/api/v1/org-units/${f.province.id}/subtree?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await request(t.http).get(q).set(bearer(t.admin)).expect(200);
      seen.push(...page.body.items.map((u: { id: string }) => u.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('answers 401 with no, unknown or revoked credentials', async () => {
    await request(t.http).get('/api/v1/org-units').expect(401);
    const bad = await request(t.http).get('/api/v1/org-units').set(bearer('wos_nope'));
    expect(bad.status).toBe(401);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);

    const f = await provinceFixture(t);
    const staff = await request(t.http)
      .post('/api/v1/staff')
      .set(bearer(t.admin))
      .send({ name: 'a', orgUnitId: f.province.id, role: 'agent' })
      .expect(201);
    const issued = await request(t.http).post(`/api/v1/staff/${staff.body.id}/tokens`).set(bearer(t.admin)).send({}).expect(201);
    await request(t.http).get('/api/v1/me').set(bearer(issued.body.token)).expect(200);
    await request(t.http).post(`/api/v1/staff/${staff.body.id}/tokens/${issued.body.tokenInfo.id}/revoke`).set(bearer(t.admin)).expect(200);
    await request(t.http).get('/api/v1/me').set(bearer(issued.body.token)).expect(401);

    const cs = await request(t.http)
      .post('/api/v1/channel-systems')
      .set(bearer(t.admin))
      .send({ name: 'hotline', channel: 'hotline', orgUnitId: f.province.id })
      .expect(201);
    expect(cs.body.apiKey).toMatch(/^woc_/);
    expect(cs.body.channelSystem.keyHash).toBeUndefined();
    const me = await request(t.http).get('/api/v1/me').set('X-Api-Key', cs.body.apiKey).expect(200);
    expect(me.body).toMatchObject({ kind: 'channel', unitId: f.province.id });
    await request(t.http).post(`/api/v1/channel-systems/${cs.body.channelSystem.id}/revoke`).set(bearer(t.admin)).expect(200);
    await request(t.http).get('/api/v1/me').set('X-Api-Key', cs.body.apiKey).expect(401);
  });

  it('answers malformed and oversized bodies with 4xx problem+json', async () => {
    const bad = await request(t.http)
      .post('/api/v1/org-units')
      .set(bearer(t.admin))
      .set('content-type', 'application/json')
      .send('{bad json');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    const big = await request(t.http)
      .post('/api/v1/org-units')
      .set(bearer(t.admin))
      .send({ name: 'x'.repeat(200_000) });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    const unknown = await request(t.http).get('/api/v1/nothing-here').set(bearer(t.admin));
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/problem\+json/);
  });

  it('only admins manage units and identities', async () => {
    const f = await provinceFixture(t);
    const agent = await staffToken(t, f.province.id, 'agent');
    const res = await request(t.http)
      .post('/api/v1/org-units')
      .set(bearer(agent))
      .send({ code: uniqueCode('Z'), name: 'z', tier: 'department', parentId: f.province.id });
    expect(res.status).toBe(403);
    const provAdmin = await staffToken(t, f.province.id, 'admin');
    await createUnit(t, { code: uniqueCode('Z'), name: 'z', tier: 'department', parentId: f.city.id }, provAdmin);
    const other = await provinceFixture(t);
    const outside = await request(t.http)
      .post('/api/v1/org-units')
      .set(bearer(provAdmin))
      .send({ code: uniqueCode('Z'), name: 'z', tier: 'department', parentId: other.province.id });
    expect(outside.status).toBe(422);
  });
});
