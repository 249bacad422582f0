import request from 'supertest';
import type { Clock } from '../../src/common/clock';
import { ProvinceFixture, provinceFixture, staffToken } from './org-factory';
import { bearer, TestApp } from './test-app';

let ref = 0;
let phones = 0;
/**
 * A mobile number of its own for each filing: tickets of one number are linked as repeat complaints (and
 * the earlier ticket's version moves), so two filings in the same millisecond must not share one.
 */
function freshPhone(): string {
  const digits = (Date.now() % 100_000) * 1000 + (++phones % 1000);
  return `138${String(digits).padStart(8, '0')}`;
}

export function intake(province: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'complaint',
    customerName: '王芳',
    customerPhone: freshPhone(),
    customerTier: 'normal',
    homeProvince: province,
    businessType: 'mobile',
    natures: ['network_quality'],
    subject: '家中信号差',
    description: '近一周在家中无法正常接打电话',
    contactedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    externalRef: `EXT-${process.pid}-${++ref}-${Math.random().toString(36).slice(2, 8)}`,
    ...over,
  };
}

/** A province with a channel system and a token for each unit. */
export interface World extends ProvinceFixture {
  apiKey: string;
  tokens: { province: string; city: string; dept: string; dept2: string; cityDept: string; national: string };
}

export async function world(t: TestApp): Promise<World> {
  const f = await provinceFixture(t);
  const cs = await request(t.http)
    .post('/api/v1/channel-systems')
    .set(bearer(t.admin))
    .send({ name: 'hotline', channel: 'hotline', orgUnitId: f.province.id });
  const tokens = {
    province: await staffToken(t, f.province.id, 'supervisor'),
    city: await staffToken(t, f.city.id, 'handler'),
    dept: await staffToken(t, f.dept.id, 'handler'),
    dept2: await staffToken(t, f.dept2.id, 'handler'),
    cityDept: await staffToken(t, f.cityDept.id, 'handler'),
    national: await staffToken(t, f.national.id, 'supervisor'),
  };
  return { ...f, apiKey: cs.body.apiKey as string, tokens };
}

export async function file(t: TestApp, w: World, over: Record<string, unknown> = {}) {
  const res = await request(t.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).send(intake(w.province.code, over));
  if (res.status !== 201) throw new Error(`file ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as { id: string; number: string; status: string; level: string; openStages: { kind: string; dueAt: string }[] };
}

/** Files through the world's channel at the clock's instant, first contact ten minutes before; returns the ticket id. */
export async function fileAt(t: TestApp, w: World, clock: Clock, over: Record<string, unknown> = {}): Promise<string> {
  const res = await request(t.http)
    .post('/api/v1/tickets')
    .set('X-Api-Key', w.apiKey)
    .send(intake(w.province.code, { contactedAt: new Date(clock.now().getTime() - 10 * 60_000).toISOString(), ...over }))
    .expect(201);
  return res.body.id as string;
}

/** POST a lifecycle operation and expect a status. */
export async function op(t: TestApp, token: string, id: string, path: string, body: Record<string, unknown> = {}, status = 200) {
  const res = await request(t.http).post(`/api/v1/tickets/${id}/${path}`).set(bearer(token)).send(body);
  if (res.status !== status) throw new Error(`${path} expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function events(t: TestApp, id: string) {
  const res = await request(t.http).get(`/api/v1/tickets/${id}/events`).set(bearer(t.admin)).expect(200);
  return res.body as {
    events: { type: string; data: Record<string, unknown>; actorKind: string }[];
    stages: { kind: string; status: string; round: number; dueAt: string; warnAt: string; ownerUnitId: string }[];
  };
}
