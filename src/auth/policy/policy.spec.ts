import 'reflect-metadata';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLICY_KEY } from '../actor';
import { identityFacts, intakeRefusal, mayDispatchTo, readScope, RequestActor, ticketRelations, TicketFacts } from './identity';
import { identityMay, OPERATION_KEYS, operationKeyOf, POLICY, PolicyEntry, relationRefusal } from './policy';

const root = join(__dirname, '..', '..', '..');

function controllerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return controllerFiles(path);
    return entry.name.endsWith('.controller.ts') ? [path] : [];
  });
}

/** Every route handler of every controller under src/, as `<Controller>_<handler>` with its @Policy key. */
function routes(): { operationId: string; key: string | undefined }[] {
  const found: { operationId: string; key: string | undefined }[] = [];
  for (const file of controllerFiles(join(root, 'src'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(file) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      if (typeof value !== 'function' || Reflect.getMetadata(PATH_METADATA, value) === undefined) continue;
      const proto = (value as { prototype: object }).prototype;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = (proto as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        found.push({ operationId: `${value.name}_${name}`, key: Reflect.getMetadata(POLICY_KEY, handler) as string | undefined });
      }
    }
  }
  return found;
}

describe('authorization policy coverage', () => {
  const all = routes();

  it('finds the controllers', () => {
    expect(all.length).toBeGreaterThan(70);
  });

  it.each(all.map((r) => [r.operationId, r.key] as const))('%s names its policy entry', (operationId, key) => {
    expect(key).toBeDefined();
    expect((POLICY as Record<string, PolicyEntry>)[key!]?.operationId).toBe(operationId);
  });

  it('names every operation of openapi.json by its policy key, and keeps no entry without an operation', () => {
    const document = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const operationIds = Object.values(document.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(operationIds.filter((id) => !(OPERATION_KEYS as string[]).includes(id))).toEqual([]);
    expect(OPERATION_KEYS.filter((key) => !operationIds.includes(key))).toEqual([]);
    expect(OPERATION_KEYS.every((key) => operationKeyOf(POLICY[key].operationId) === key)).toBe(true);
  });

  it('uses each operationId once', () => {
    const ids = OPERATION_KEYS.map((key) => POLICY[key].operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

const actor = (over: Partial<RequestActor>): RequestActor => ({
  kind: 'staff',
  id: 'caller',
  role: 'agent',
  unitId: 'ha',
  tier: 'provincial',
  unitPath: '/n/ha/',
  provinceId: 'ha',
  ...over,
});

const nationalChannel = actor({
  kind: 'channel',
  role: 'channel',
  id: 'ch-n',
  unitId: 'n',
  tier: 'national',
  unitPath: '/n/',
  provinceId: null,
});
const departmentAdmin = actor({ role: 'admin', unitId: 'd1', tier: 'department', unitPath: '/n/ha/d1/' });
const bootstrap = actor({
  kind: 'admin',
  id: 'bootstrap-admin',
  role: 'admin',
  unitId: 'n',
  tier: 'national',
  unitPath: '/n/',
  provinceId: null,
});

const ticket: TicketFacts = {
  channelSystemId: 'ch-ha',
  provinceId: 'ha',
  reviewUnitId: 'ha',
  dispatcherUnitId: 'ha',
  ownerUnitId: 'd1',
  ownerUnitPath: '/n/ha/d1/',
  openCohandlingUnitIds: ['d2'],
};

describe('identity part', () => {
  it('keeps administrators and the bootstrap admin out of the workflow, and lets them administer', () => {
    for (const who of [departmentAdmin, bootstrap]) {
      expect(identityMay(POLICY['tickets.sign'].who, identityFacts(who))).toBe(false);
      expect(identityMay(POLICY['tickets.approveExtension'].who, identityFacts(who))).toBe(false);
      expect(identityMay(POLICY['staff.create'].who, identityFacts(who))).toBe(true);
    }
  });

  it('lets channels file, read and withdraw, and nothing of the centre’s work', () => {
    const facts = identityFacts(nationalChannel);
    expect(identityMay(POLICY['tickets.file'].who, facts)).toBe(true);
    expect(identityMay(POLICY['tickets.withdraw'].who, facts)).toBe(true);
    expect(identityMay(POLICY['tickets.dispatch'].who, facts)).toBe(false);
    expect(identityMay(POLICY['supervision.overdue'].who, facts)).toBe(false);
    expect(identityMay(POLICY['taxonomy.list'].who, facts)).toBe(true);
  });

  it('leaves what only a centre has to centre administrators', () => {
    const provincialAdmin = identityFacts(actor({ role: 'admin' }));
    for (const key of ['channelSystems.create', 'routingRules.create', 'routingRules.delete', 'orgUnits.create'] as const) {
      expect(identityMay(POLICY[key].who, identityFacts(departmentAdmin))).toBe(false);
      expect(identityMay(POLICY[key].who, provincialAdmin)).toBe(true);
    }
    expect(identityMay(POLICY['staff.create'].who, identityFacts(departmentAdmin))).toBe(true);
  });

  it('files only through channel systems', () => {
    expect(identityMay(POLICY['tickets.file'].who, identityFacts(actor({ tier: 'national', role: 'supervisor' })))).toBe(false);
  });
});

describe('relations', () => {
  it('gives a national channel only the tickets it filed', () => {
    expect(ticketRelations(nationalChannel, ticket)).toEqual([]);
    expect(ticketRelations(nationalChannel, { ...ticket, channelSystemId: 'ch-n' })).toEqual(['filed']);
    expect(readScope(nationalChannel)).toEqual({ kind: 'filed', channelSystemId: 'ch-n' });
    expect(relationRefusal('tickets.withdraw', ticketRelations(nationalChannel, ticket))).toBe('NOT_REVIEWER');
  });

  it('computes the centre, owner, co-handler and supervising relations from the org tree', () => {
    expect(ticketRelations(actor({ role: 'supervisor' }), ticket)).toEqual([
      'reviewer',
      'dispatcher',
      'supervising_centre',
      'province_staff',
    ]);
    expect(ticketRelations(actor({ unitId: 'd1', tier: 'department', unitPath: '/n/ha/d1/' }), ticket)).toEqual(['owner']);
    expect(ticketRelations(actor({ unitId: 'd2', tier: 'department', unitPath: '/n/ha/d2/' }), ticket)).toEqual(['cohandler']);
    const national = actor({ unitId: 'n', tier: 'national', unitPath: '/n/', provinceId: null });
    expect(ticketRelations(national, ticket)).toEqual(['supervising_centre', 'national_staff']);
    const otherProvince = actor({ unitId: 'hb', unitPath: '/n/hb/', provinceId: 'hb' });
    expect(ticketRelations(otherProvince, ticket)).toEqual([]);
  });

  it('lets national staff stand in for the centre but not for the owner', () => {
    const held = ticketRelations(actor({ unitId: 'n', tier: 'national', unitPath: '/n/', provinceId: null }), ticket);
    expect(relationRefusal('tickets.acceptFeedback', held)).toBeNull();
    expect(relationRefusal('tickets.dispatch', held)).toBeNull();
    expect(relationRefusal('tickets.sign', held)).toBe('NOT_OWNER');
    expect(relationRefusal('tickets.cohandlingOpinion', held)).toBe('NOT_COHANDLER');
  });

  it('reads in the policy’s order: channel, national, province, participant subtree', () => {
    expect(readScope(bootstrap)).toEqual({ kind: 'all' });
    expect(readScope(actor({ tier: 'national', unitPath: '/n/' }))).toEqual({ kind: 'all' });
    expect(readScope(actor({}))).toEqual({ kind: 'province', provinceId: 'ha' });
    expect(readScope(departmentAdmin)).toEqual({ kind: 'participant_subtree', unitPath: '/n/ha/d1/' });
  });
});

describe('targets and intake', () => {
  it('keeps dispatch, transfer and co-handling targets inside the province; the national centre anywhere', () => {
    expect(mayDispatchTo(actor({ unitId: 'd1', tier: 'department' }), { provinceId: 'ha' })).toBe(true);
    expect(mayDispatchTo(actor({ unitId: 'd1', tier: 'department' }), { provinceId: 'hb' })).toBe(false);
    expect(mayDispatchTo(actor({ tier: 'national', provinceId: null }), { provinceId: 'hb' })).toBe(true);
    expect(mayDispatchTo(nationalChannel, { provinceId: 'hb' })).toBe(false);
  });

  it('takes escalated complaints and appeals only from the national centre’s channels', () => {
    const provincial = actor({ kind: 'channel', role: 'channel' });
    expect(intakeRefusal(provincial, true, 'ha')).toBe('NATIONAL_INTAKE_ONLY');
    expect(intakeRefusal(provincial, false, 'hb')).toBe('PROVINCE_OUT_OF_SCOPE');
    expect(intakeRefusal(provincial, false, 'ha')).toBeNull();
    expect(intakeRefusal(nationalChannel, true, 'hb')).toBeNull();
  });
});
