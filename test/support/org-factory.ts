import request from 'supertest';
import { TestApp, bearer } from './test-app';

export interface SeededUnit {
  id: string;
  code: string;
  tier: string;
  path: string;
}

let seq = 0;
/** Codes unique across the whole run, since every spec shares the run's database. */
export const uniqueCode = (prefix: string) =>
  `${prefix}${process.pid % 1000}${++seq}${Math.random().toString(36).slice(2, 5)}`.toUpperCase();

export async function createUnit(t: TestApp, body: Record<string, unknown>, token = t.admin): Promise<SeededUnit> {
  const res = await request(t.http).post('/api/v1/org-units').set(bearer(token)).send(body);
  if (res.status !== 201) throw new Error(`createUnit ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as SeededUnit;
}

/** The run's national centre, created once (there can only be one). */
export async function nationalCentre(t: TestApp): Promise<SeededUnit> {
  const res = await request(t.http).get('/api/v1/org-units?tier=national').set(bearer(t.admin));
  if (res.body.items?.length) return res.body.items[0] as SeededUnit;
  const created = await request(t.http)
    .post('/api/v1/org-units')
    .set(bearer(t.admin))
    .send({ code: 'CN', name: '国家投诉中心', tier: 'national' });
  if (created.status === 201) return created.body as SeededUnit;
  const again = await request(t.http).get('/api/v1/org-units?tier=national').set(bearer(t.admin));
  return again.body.items[0] as SeededUnit;
}

export async function staffToken(t: TestApp, unitId: string, role = 'agent'): Promise<string> {
  const staff = await request(t.http)
    .post('/api/v1/staff')
    .set(bearer(t.admin))
    .send({ name: `staff ${role}`, orgUnitId: unitId, role });
  if (staff.status !== 201) throw new Error(`staff ${staff.status}: ${JSON.stringify(staff.body)}`);
  const token = await request(t.http).post(`/api/v1/staff/${staff.body.id}/tokens`).set(bearer(t.admin)).send({});
  return token.body.token as string;
}

export interface ProvinceFixture {
  national: SeededUnit;
  province: SeededUnit;
  city: SeededUnit;
  dept: SeededUnit;
  dept2: SeededUnit;
  cityDept: SeededUnit;
}

/** national → province → (city → city dept, dept, dept2). */
export async function provinceFixture(t: TestApp, code = uniqueCode('P')): Promise<ProvinceFixture> {
  const national = await nationalCentre(t);
  const province = await createUnit(t, { code, name: `${code} centre`, tier: 'provincial', parentId: national.id });
  const city = await createUnit(t, { code: `${code}-C1`, name: `${code} city`, tier: 'city', parentId: province.id });
  const dept = await createUnit(t, { code: `${code}-D1`, name: `${code} network dept`, tier: 'department', parentId: province.id });
  const dept2 = await createUnit(t, { code: `${code}-D2`, name: `${code} billing dept`, tier: 'department', parentId: province.id });
  const cityDept = await createUnit(t, { code: `${code}-C1D`, name: `${code} city dept`, tier: 'department', parentId: city.id });
  return { national, province, city, dept, dept2, cityDept };
}
