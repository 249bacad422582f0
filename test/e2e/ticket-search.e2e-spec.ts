import request from 'supertest';
import { DataSource } from 'typeorm';
import { file, op, world, World } from '../support/tickets';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { suiteDatabase } from '../support/worker-database';
import { RequestActor } from '../../src/auth/actor';
import { TicketSearchRepository } from '../../src/tickets/ticket-search.repository';

interface Hit {
  id: string;
  matches: { field: string; text: string; ranges: { start: number; end: number }[] }[];
}
interface SearchPage {
  items: Hit[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
}

/**
 * Keyword search over tickets: one- and two-character Chinese keywords (which a trigram index
 * cannot serve), ASCII case- and width-insensitively, across the subject, description, customer
 * updates and replies, inside the caller's visibility, paged newest first, with a capped count.
 */
describe('ticket search', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let db: DataSource;
  let own: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    // A database of its own: which plan counts a keyword depends on its share of every document, so
    // other suites' tickets in the worker's database would move the outcome.
    own = await suiteDatabase('search');
    t = await startTestApp({ APP_ROLE: 'api', DATABASE_URL: own.url });
    w = await world(t);
    other = await world(t);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
    await own.drop();
  });

  /** Copies of a ticket (numbered from..from+n-1), the copy numbered g filed g ÷ perSecond seconds (whole seconds) before it. */
  const cloneTicket = (id: string, from: number, n: number, perSecond = 1) =>
    db.query(
      `INSERT INTO tickets
       SELECT (jsonb_populate_record(NULL::tickets, to_jsonb(t) || jsonb_build_object(
                'id', gen_random_uuid(), 'number', t.number || '-' || g, 'external_ref', NULL,
                'intake_hash', encode(sha256((t.id::text || g || random())::bytea), 'hex'),
                'created_at', t.created_at - (g / $4::int) * interval '1 second'))).*
         FROM tickets t, generate_series($2::int, $2::int + $3::int - 1) g WHERE t.id = $1`,
      [id, from, n, perSecond],
    );

  const search = (token: string, query: Record<string, string | number>) =>
    request(t.http).get('/api/v1/tickets/search').query(query).set(bearer(token));
  const ids = async (token: string, q: string, more: Record<string, string | number> = {}) => {
    const res = await search(token, { q, limit: 500, ...more }).expect(200);
    return (res.body as SearchPage).items.map((i) => i.id).sort();
  };

  it('finds exactly the tickets holding a two-character term, not those holding its characters apart', async () => {
    const a = await file(t, w, { subject: '宽带无法上网', description: '家里宽带从昨晚开始断线' });
    const b = await file(t, w, { subject: '网速慢', description: '办理的100M宽带只有10M' });
    await file(t, w, { subject: '房间宽敞', description: '营业厅带来的新手机' });
    await file(t, w, { subject: '带宽不足', description: '晚上看视频卡顿' });
    expect(await ids(w.tokens.province, '宽带')).toEqual([a.id, b.id].sort());
    // National staff search every province, the other world's tickets too: narrowed to this province, the same two.
    expect(await ids(w.tokens.national, '宽带', { ownerUnitId: w.province.id })).toEqual([a.id, b.id].sort());
    expect(await ids(w.tokens.national, '宽带')).toEqual(expect.arrayContaining([a.id, b.id]));

    const res = await search(w.tokens.province, { q: '宽带' }).expect(200);
    const hit = (res.body as SearchPage).items.find((i) => i.id === a.id)!;
    expect(hit.matches.map((m) => m.field)).toEqual(['subject', 'description']);
    for (const m of hit.matches) {
      expect(m.ranges.length).toBeGreaterThan(0);
      for (const r of m.ranges) expect(m.text.slice(r.start, r.end)).toBe('宽带');
    }
  });

  it('finds a one-character term', async () => {
    const a = await file(t, w, { subject: '营业厅态度差', description: '店员不耐烦，用户投诉' });
    const found = await ids(w.tokens.province, '耐');
    expect(found).toContain(a.id);
    const texts = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM tickets WHERE province_id = $1 AND (subject || description || coalesce(customer_request, '')) LIKE '%耐%'`,
      [w.province.id],
    );
    expect(found).toHaveLength(texts[0].n);
  });

  it('matches ASCII terms whatever their case or width', async () => {
    const a = await file(t, w, { subject: 'ADSL 拨号失败', description: '错误代码 691' });
    expect(await ids(w.tokens.province, 'adsl')).toEqual([a.id]);
    expect(await ids(w.tokens.province, 'Adsl')).toEqual([a.id]);
    expect(await ids(w.tokens.province, 'ＡＤＳＬ')).toEqual([a.id]);
    expect(await ids(w.tokens.province, 'adsl 691')).toEqual([a.id]);
    expect(await ids(w.tokens.province, 'adsl 692')).toEqual([]);
    const res = await search(w.tokens.province, { q: 'adsl' }).expect(200);
    const [m] = (res.body as SearchPage).items[0].matches;
    expect(m.text.slice(m.ranges[0].start, m.ranges[0].end)).toBe('ADSL');
  });

  it('finds a term said only in a customer update or a reply', async () => {
    const updated = await file(t, w, { subject: '话费疑问', description: '请核实' });
    const replied = await file(t, w, { subject: '流量疑问', description: '请核实' });
    expect(await ids(w.tokens.province, '停机')).toEqual([]);
    await request(t.http)
      .post(`/api/v1/tickets/${updated.id}/customer-updates`)
      .set('X-Api-Key', w.apiKey)
      .send({ text: '客户补充：今天又被停机了' })
      .expect(200);
    await op(t, w.tokens.province, replied.id, 'resolve', { note: '当场解释' });
    await op(t, w.tokens.province, replied.id, 'reply', { text: '已为您恢复停机号码' });
    expect(await ids(w.tokens.province, '停机')).toEqual([updated.id, replied.id].sort());
    const res = await search(w.tokens.province, { q: '停机' }).expect(200);
    const fields = (res.body as SearchPage).items.map((i) => i.matches.map((m) => m.field).join());
    expect(fields.sort()).toEqual(['customerUpdate', 'reply']);
  });

  it('keeps to the caller’s visibility and the list filters', async () => {
    const a = await file(t, w, { subject: '携号转网受阻', description: '携号转网申请被拒' });
    const b = await file(t, other, { subject: '携号转网受阻', description: '携号转网申请被拒' });
    expect(await ids(w.tokens.province, '携号转网')).toEqual([a.id]);
    expect(await ids(other.tokens.province, '携号转网')).toEqual([b.id]);
    expect(await ids(w.tokens.national, '携号转网')).toEqual([a.id, b.id].sort());
    // A department that never took part sees neither; the owner filter narrows to one province.
    expect(await ids(w.tokens.dept, '携号转网')).toEqual([]);
    expect(await ids(w.tokens.national, '携号转网', { ownerUnitId: other.province.id })).toEqual([b.id]);
    expect(await ids(w.tokens.national, '携号转网', { status: 'closed' })).toEqual([]);
  });

  it('narrows to a province’s owners as the ticket is dispatched and as its owner unit moves to another province', async () => {
    const third = await world(t);
    const { id } = await file(t, third, { subject: '副卡停用', description: '副卡无故停用三天' });
    const owned = (province: string) => ids(third.tokens.national, '副卡无故', { ownerUnitId: province });
    // Owned by the provincial centre at filing, then by one of its departments: the province's subtree either way.
    expect(await owned(third.province.id)).toEqual([id]);
    await op(t, third.tokens.province, id, 'dispatch', { targetUnitId: third.dept.id });
    expect(await owned(third.province.id)).toEqual([id]);
    expect(await ids(third.tokens.national, '副卡无故', { ownerUnitId: third.dept.id })).toEqual([id]);
    // The department moves under another province: its ticket's owner is now in that province's subtree.
    await request(t.http)
      .patch(`/api/v1/org-units/${third.dept.id}`)
      .set(bearer(t.admin))
      .send({ parentId: other.province.id })
      .expect(200);
    expect(await owned(third.province.id)).toEqual([]);
    expect(await owned(other.province.id)).toEqual([id]);
    // Provincial staff still see it by the ticket's province, which does not move.
    expect(await ids(third.tokens.province, '副卡无故')).toEqual([id]);
  });

  it('refuses channel systems, and empty, unsearchable or too long queries with 400', async () => {
    const channel = await request(t.http).get('/api/v1/tickets/search').query({ q: '宽带' }).set('X-Api-Key', w.apiKey);
    expect(channel.status).toBe(403);
    for (const q of ['', '   ', '，。！', 'x'.repeat(65), 'a b c d e f']) {
      const res = await search(w.tokens.province, { q });
      expect({ q, status: res.status, type: res.type, code: res.body.code }).toEqual({
        q,
        status: 400,
        type: 'application/problem+json',
        code: 'VALIDATION_FAILED',
      });
    }
    await search(w.tokens.province, {}).expect(400);
  });

  it('pages newest first past the limit, every match once', async () => {
    const filed: string[] = [];
    for (let i = 0; i < 5; i++) filed.push((await file(t, w, { subject: `套餐变更${i}`, description: '资费套餐未生效' })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await search(w.tokens.province, { q: '资费套餐', limit: 2, ...(cursor ? { cursor } : {}) }).expect(200);
      const body = res.body as SearchPage;
      expect(body.items.length).toBeLessThanOrEqual(2);
      expect(body.total).toBe(5);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...filed].reverse());
  });

  // This test and the next clone thousands of rows through the tickets' triggers: their time limit is generous
  // (about 12 s alone, several times that beside the other Jest worker's heaviest suites).
  it('counts up to 1,000 and then says "1,000+"; past it, still the newest first and ASCII words whole', async () => {
    const seed = await file(t, w, { subject: '海量投诉', description: '批量 ADSL' });
    const clone = (from: number, n: number) => cloneTicket(seed.id, from, n);
    await clone(1, 998);
    const exactly = (await search(w.tokens.province, { q: '海量', limit: 1 }).expect(200)).body as SearchPage;
    expect({ total: exactly.total, capped: exactly.totalCapped, first: exactly.items[0].id }).toEqual({
      total: 999,
      capped: false,
      first: seed.id,
    });
    await clone(999, 2);
    const capped = (await search(w.tokens.province, { q: '海量', limit: 1 }).expect(200)).body as SearchPage;
    expect({ total: capped.total, capped: capped.totalCapped, first: capped.items[0].id }).toEqual({
      total: 1000,
      capped: true,
      first: seed.id,
    });
    // Past the cap the page is found by walking the newest documents: the same order, the same rules.
    const newer = await file(t, w, { subject: '海量投诉', description: '批量 adsl2' });
    const page = (q: string) => search(w.tokens.province, { q, limit: 3 }).expect(200);
    const newest = (await page('海量')).body as SearchPage;
    expect(newest.items.map((i) => i.id).slice(0, 2)).toEqual([newer.id, seed.id]);
    const cursor = newest.nextCursor!;
    const next = (await search(w.tokens.province, { q: '海量', limit: 3, cursor }).expect(200)).body as SearchPage;
    expect(next.items).toHaveLength(3);
    expect(next.items.map((i) => i.id)).not.toContain(seed.id);
    expect(((await page('adsl 海量')).body as SearchPage).items[0].id).toBe(seed.id);
    expect(((await page('adsl2')).body as SearchPage).items.map((i) => i.id)).toEqual([newer.id]);
    const other1 = (await search(other.tokens.province, { q: '海量' }).expect(200)).body as SearchPage;
    expect({ total: other1.total, capped: other1.totalCapped, items: other1.items }).toEqual({ total: 0, capped: false, items: [] });
  }, 180_000);

  it('counts a common keyword for national staff in the first documents of the table: the same count, the same pages, in the same order', async () => {
    const repo = t.app.get(TicketSearchRepository);
    const unitPath = async (id: string) => (await db.query<{ path: string }[]>('SELECT path FROM org_units WHERE id = $1', [id]))[0].path;
    const national = {
      kind: 'staff',
      id: 'search-national',
      role: 'supervisor',
      unitId: w.national.id,
      tier: 'national',
      unitPath: await unitPath(w.national.id),
      provinceId: null,
    } as RequestActor;
    const provincial = {
      ...national,
      id: 'search-province',
      unitId: w.province.id,
      tier: 'provincial',
      unitPath: await unitPath(w.province.id),
      provinceId: w.province.id,
    } as RequestActor;

    // Far more than the cap, and a large share of all documents (the statistics call it common); two copies a second, so
    // the order must break ties of created_at by id.
    const seed = await file(t, w, { subject: '普遍投诉', description: '信号普遍差' });
    const [{ docs }] = await db.query<{ docs: number }[]>('SELECT count(*)::int AS docs FROM ticket_search');
    await cloneTicket(seed.id, 1, Math.max(1100, Math.ceil(docs / 4)), 2);
    // Common too, but in fewer documents than the cap: the window holds them all, and the index counts them.
    await db.query(
      `UPDATE tickets SET description = description || '，蜂鸣' WHERE id IN (SELECT id FROM tickets WHERE subject = '普遍投诉' AND id <> $1 LIMIT 999)`,
      [seed.id],
    );
    await db.query('ANALYZE ticket_search');
    expect(await repo.countPlan(national, ['普遍'], {})).toBe('window');
    expect(await repo.countPlan(national, ['蜂鸣'], {})).toBe('window');
    expect(await repo.countPlan(national, ['火星'], {})).toBe('index');
    expect(await repo.countPlan(national, ['普遍'], { ownerProvinceId: w.province.id, ownerUnitPath: provincial.unitPath })).toBe('index');
    expect(await repo.countPlan(provincial, ['普遍'], {})).toBe('index');

    // What the pages must be: every matching document, newest first, ties by id.
    const newest = async (keyword: string, limit: number, offset: number) =>
      (
        await db.query<{ id: string }[]>(
          `SELECT ticket_id AS id FROM ticket_search WHERE strpos(body || E'\\n' || updates, search_fold($1)) > 0
            ORDER BY created_at DESC, ticket_id DESC LIMIT $2 OFFSET $3`,
          [keyword, limit, offset],
        )
      ).map((r) => r.id);
    const first = (await search(w.tokens.national, { q: '普遍', limit: 50 }).expect(200)).body as SearchPage;
    expect({ total: first.total, capped: first.totalCapped }).toEqual({ total: 1000, capped: true });
    expect(first.items.map((i) => i.id)).toEqual(await newest('普遍', 50, 0));
    const second = (await search(w.tokens.national, { q: '普遍', limit: 50, cursor: first.nextCursor! }).expect(200)).body as SearchPage;
    expect(second.items.map((i) => i.id)).toEqual(await newest('普遍', 50, 50));

    const under = (await search(w.tokens.national, { q: '蜂鸣', limit: 50 }).expect(200)).body as SearchPage;
    expect({ total: under.total, capped: under.totalCapped }).toEqual({ total: 999, capped: false });
    expect(under.items.map((i) => i.id)).toEqual(await newest('蜂鸣', 50, 0));
  }, 180_000);
});
