/**
 * Property-based fuzzing of every operation in the committed openapi.json. Requests are generated
 * from each operation's own schemas (path parameters, query, body), mixing valid values (real org
 * units, tickets in several states, valid cursors) with hostile ones: wrong types, NUL and lone
 * surrogates, huge strings, deep nesting, nulls, extreme numbers and dates, crafted cursors and
 * unknown fields. Whatever is sent, the answer is never a 5xx and every error is problem+json;
 * and enough requests get past validation for the run to say something about the domain.
 *
 * Seeded: FUZZ_SEED varies the run (the seed is printed); FUZZ_REQUESTS sets the size.
 */
import { Logger } from '@nestjs/common';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { staffToken } from '../support/org-factory';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { file, op, world, World } from '../support/tickets';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const TARGET_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2500);
const HISTOGRAM_FILE = '/tmp/fuzz-histogram.json';
/** A request that takes this long has stalled the service (as a deadline walk to year 9999 once did): a failure like a 5xx. */
const REQUEST_TIMEOUT_MS = 10_000;
const PROBLEM = /^application\/problem\+json/;

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  parameters: Parameter[];
  body?: Schema;
  bodyName?: string;
  /** The media type the operation reads its body as: JSON, or a form where a protocol requires one. */
  mediaType: string;
}

const document = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
};

/** The schema with its $ref (and allOf) resolved, one level: nested schemas resolve as they are generated. */
function resolve(schema: Schema): Schema {
  if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop()!]);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map(resolve), { ...schema, allOf: undefined });
  if (schema.oneOf ?? schema.anyOf) return resolve((schema.oneOf ?? schema.anyOf)![0]);
  return schema;
}

const operations: Operation[] = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
    .map(([method, op]) => {
      const [mediaType, content] = Object.entries(op.requestBody?.content ?? {})[0] ?? ['application/json', undefined];
      const ref = content?.schema;
      return {
        mediaType,
        method: method as Operation['method'],
        path,
        parameters: (op.parameters ?? []).map((p) => ({ ...p, schema: p.schema && resolve(p.schema) })),
        body: ref && resolve(ref),
        bodyName: ref?.$ref?.split('/').pop(),
      };
    }),
);

/** What the run has built: real ids to aim at, so most requests reach the domain. */
interface Pools {
  w: World;
  units: string[];
  tickets: string[];
  byCollection: Record<string, string[]>;
  cursors: string[];
}

// ---------------------------------------------------------------- hostile values

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const deep = (depth: number, leaf: unknown = 1): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};
const hostileStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\udbff\udbff',
  'x'.repeat(70_000),
  '字'.repeat(25_000),
  '😀'.repeat(3_000),
  "' OR 1=1 --",
  '%00',
  '../../etc/passwd',
  '${jndi:ldap://x/a}',
  '<script>alert(1)</script>',
  'null',
  'true',
  '-1',
  '1e309',
  'NaN',
  '9999-12-31T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '0000-01-01T00:00:00Z',
  '1969-12-31T23:59:59Z',
  '2026-02-30T00:00:00Z',
  '2026-13-01',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
];
const craftedCursors = [
  b64([{}, {}]),
  b64({ a: 1 }),
  b64([1e308, 9e300]),
  b64(['yesterday', '00000000-0000-0000-0000-000000000000']),
  b64(['+099999-01-01T00:00:00.000Z', 'x']),
  b64([null, null]),
  b64(['\u0000']),
  b64(['2026-01-01T00:00:00.000000Z', "'; DROP TABLE tickets; --"]),
  b64(deep(50)),
  'x'.repeat(5000),
  '!!!',
];
const hostileString = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(...craftedCursors),
  fc.string({ maxLength: 40, unit: 'binary' }),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, -0.0, [], {}, [null], { $gt: '' }),
  fc.integer({ min: 33, max: 3000 }).map((d) => deep(d)),
  fc.array(fc.constant('x'), { minLength: 200, maxLength: 2000 }),
);
const extremeDates = fc.constantFrom(
  '9999-12-31T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1900-01-01',
  '2101-01-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-01-01T25:00:00Z',
  '2026-01-01',
  '2026-01-01T10:00:00',
);
const extremeNumbers = fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -1, 0, 1e-7, 1e21, 0.5);

/**
 * A hostile value aimed at what the field is: extreme dates for instants, extreme numbers for
 * numbers, empty or malformed objects for nested ones, null and absence for anything; plus the
 * generic hostile values for every field.
 */
function hostileFor(schema: Schema | undefined, name: string): fc.Arbitrary<unknown> {
  const s = schema ? resolve(schema) : {};
  const options: fc.WeightedArbitrary<unknown>[] = [
    { weight: 3, arbitrary: hostileValue },
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.constant(undefined) },
  ];
  if (name === 'cursor') options.push({ weight: 8, arbitrary: fc.constantFrom(...craftedCursors) });
  if (s.format === 'date-time' || /At$|^(start|from|to|date|createdFrom|createdTo)$/.test(name))
    options.push({ weight: 5, arbitrary: extremeDates });
  if (s.type === 'number' || s.type === 'integer') options.push({ weight: 4, arbitrary: extremeNumbers });
  if (s.type === 'object') {
    options.push({
      weight: 4,
      arbitrary: fc.constantFrom<unknown>(
        {},
        [],
        'x',
        { unit: null, value: null },
        { unit: 'working_days', value: 1e308 },
        { handling: null },
      ),
    });
  }
  if (s.type === 'array') options.push({ weight: 3, arbitrary: fc.constantFrom<unknown>([], [null], [[]], ['\u0000'], [{}], ['x', 'x']) });
  return fc.oneof(...options);
}

// ---------------------------------------------------------------- valid values

const day = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

/** Values that are valid by meaning, not only by type: what the schema cannot say (patterns, taxonomy, scope). */
function meaningful(name: string, owner: string | undefined, p: Pools): fc.Arbitrary<unknown> | null {
  const { w } = p;
  const unit = fc.constantFrom(...p.units);
  switch (name) {
    case 'unitId':
    case 'targetUnitId':
    case 'ownerUnitId':
    case 'responsibleUnitId':
    case 'orgUnitId':
      return unit;
    case 'parentId':
      return owner === 'CreateOrgUnitDto' ? fc.constantFrom(w.province.id, w.city.id) : unit;
    case 'provinceUnitId':
      return fc.constant(w.province.id);
    case 'subscriptionId':
      return fc.constantFrom(...p.byCollection['webhook-subscriptions']);
    case 'homeProvince':
      return fc.constant(w.province.code);
    case 'occurredProvince':
      return fc.constantFrom(w.province.code, 'GD');
    case 'businessType':
      return fc.constantFrom('mobile', 'broadband');
    case 'nature':
      return fc.constant('network_quality');
    case 'natures':
      return fc.constant(['network_quality']);
    case 'customerPhone':
      return fc.integer({ min: 0, max: 99_999_999 }).map((n) => `138${String(n).padStart(8, '0')}`);
    case 'customerIdNumber':
      return fc.constant('410105199001011234');
    case 'code':
      return fc
        .integer({ min: 0, max: 1e9 })
        .map((n) => (owner === 'CreateTaxonomyTermDto' ? `fz_${n.toString(36)}` : `FZ${n.toString(36).toUpperCase()}`));
    case 'parentCode':
      return fc.constant('mobile');
    case 'calendarId':
      return fc.constant('cn');
    case 'externalRef':
      return fc.integer({ min: 0, max: 1e9 }).map((n) => `FZ-${n}`);
    case 'contactedAt':
      return fc.integer({ min: 1, max: 600 }).map((m) => iso(-m * 60_000));
    case 'occurredAt':
      return fc.integer({ min: 1, max: 30 }).map((d) => iso(-d * day));
    case 'requestedDueAt':
      return fc.integer({ min: 3, max: 40 }).map((d) => iso(d * day));
    case 'dueAt':
      return fc.integer({ min: 1, max: 10 }).map((d) => iso(d * day));
    case 'start':
      return fc.integer({ min: -400, max: 400 }).map((d) => iso(d * day));
    case 'createdFrom':
      return fc.integer({ min: 1, max: 60 }).map((d) => iso(-d * day));
    case 'createdTo':
      return fc.integer({ min: 0, max: 10 }).map((d) => iso(d * day));
    case 'from':
      return owner === 'working-days' ? fc.constant('2026-05-01') : fc.integer({ min: 30, max: 300 }).map((d) => iso(-d * day));
    case 'to':
      return owner === 'working-days'
        ? fc.constantFrom('2026-05-31', '2026-12-31')
        : fc.integer({ min: 0, max: 20 }).map((d) => iso(-d * day));
    case 'date':
      return fc.integer({ min: 0, max: 700 }).map((d) => new Date(Date.UTC(2026, 0, 1) + d * day).toISOString().slice(0, 10));
    case 'url':
      return fc.constantFrom('https://crm.example.com/hooks/workorders', 'https://hooks.example.org/a');
    case 'cursor':
      return p.cursors.length ? fc.constantFrom(...p.cursors) : null;
    case 'contentType':
      return fc.constantFrom('audio/mpeg', 'image/png');
    case 'checksum':
      return fc.constant('sha256:abc');
    case 'size':
      return fc.integer({ min: 0, max: 10_000_000 });
    case 'reveal':
      return fc.constantFrom('true', 'false');
    case 'warnRatio':
      return fc.double({ min: 0.5, max: 1, noNaN: true });
    case 'ttlHours':
      return fc.integer({ min: 1, max: 100 });
    case 'priority':
      return fc.integer({ min: 0, max: 1000 });
    case 'maxExtensions':
      return fc.integer({ min: 0, max: 3 });
    case 'value':
      return fc.integer({ min: 1, max: 72 });
    case 'limit':
      return owner === 'query' ? fc.integer({ min: 1, max: 20 }).map(String) : null;
    default:
      return null;
  }
}

function validFor(schema: Schema, name: string, owner: string | undefined, p: Pools, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  const special = meaningful(name, owner, p);
  if (special) return special;
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'object': {
      const props = s.properties ?? {};
      const owned = schema.$ref?.split('/').pop() ?? owner;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(props)) record[key] = validFor(child, key, owned, p, depth + 1);
      return fc.record(record, { requiredKeys: s.required ?? [] });
    }
    case 'array':
      return fc.array(validFor(s.items ?? { type: 'string' }, name, owner, p, depth + 1), { maxLength: 3 }).map((a) => [...new Set(a)]);
    case 'integer':
    case 'number':
      return fc.integer({ min: Math.ceil(s.minimum ?? 0), max: Math.floor(Math.min(s.maximum ?? 1000, 1e6)) }).map((n) => Math.max(n, 1));
    case 'boolean':
      return fc.boolean();
    case undefined:
    default:
      if (s.format === 'uuid') return fc.constantFrom(...p.units);
      if (s.format === 'date-time') return fc.integer({ min: 1, max: 20 }).map((d) => iso(d * day));
      if (typeof s.example === 'string') return fc.constant(s.example);
      return fc.constantFrom('请尽快处理', '已处理完毕', 'fuzz text', '客户反映信号差');
  }
}

// ---------------------------------------------------------------- requests

interface Identity {
  name: string;
  headers: Record<string, string>;
}
interface FuzzRequest {
  identity: Identity;
  path: string;
  query: Record<string, unknown>;
  body: string | undefined;
  hostile: string[];
}

/**
 * Percent-encodes like a client would, except that a lone surrogate (which has no UTF-8 form, so
 * encodeURIComponent throws) goes out as the bytes a careless client would send for it.
 */
function encodeQuery(query: Record<string, unknown>): string {
  const part = (text: string) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += encodeURIComponent(text.slice(i, i + 2));
        i++;
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const hex = (b: number) => `%${b.toString(16).toUpperCase()}`;
        out += hex(0xed) + hex(0xa0 | ((c >> 6) & 0x1f)) + hex(0x80 | (c & 0x3f));
      } else {
        out += encodeURIComponent(text[i]);
      }
    }
    return out;
  };
  return Object.entries(query)
    .map(([k, v]) => `${part(k)}=${part(v === null || v === undefined ? '' : String(v))}`)
    .join('&');
}

/** A generated JSON body as the form a form-reading operation receives (hostile raw text stays as it is). */
function asForm(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return text;
  return Object.entries(value)
    .map(([k, v]) => `${encodeQuery({ [k]: typeof v === 'string' ? v : JSON.stringify(v) })}`)
    .join('&');
}

/** `arbitrary` in `percent` % of the cases, null otherwise. */
const sometimes = <T>(percent: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 100 - percent, arbitrary: fc.constant(null) }, { weight: percent, arbitrary });

const collectionOf = (path: string) => path.split('/')[3] ?? path.split('/')[1];

function pathParam(name: string, op: Operation, p: Pools): fc.Arbitrary<string> {
  const pool =
    name === 'unitId'
      ? p.units
      : name === 'overrideId'
        ? p.byCollection['calendar-overrides']
        : name === 'tokenId'
          ? p.byCollection['tokens']
          : op.path.includes('/calendar-overrides') || op.path.includes('/working-days') || op.path.startsWith('/api/v1/org-units')
            ? p.units
            : (p.byCollection[collectionOf(op.path)] ?? []);
  const real = pool.length ? fc.constantFrom(...pool).map(encodeURIComponent) : fc.uuid();
  const hostile = fc.constantFrom(
    '00000000-0000-0000-0000-000000000000',
    'not-a-uuid',
    'abc%00def',
    '%ED%A0%80',
    '%FF',
    'x'.repeat(300),
    '..',
    '%2e%2e',
    "1'%20OR%20'1'='1",
  );
  return fc.oneof({ weight: 6, arbitrary: real }, { weight: 1, arbitrary: hostile });
}

/** One field of a body schema replaced by a hostile value aimed at its type (or removed). */
function mutation(body: Schema): fc.Arbitrary<{ key: string; value: unknown }> {
  const props = body.properties ?? {};
  const keys = Object.keys(props);
  if (keys.length === 0) return hostileValue.map((value) => ({ key: 'unknown', value }));
  return fc.constantFrom(...keys).chain((key) => hostileFor(props[key], key).map((value) => ({ key, value })));
}

function requestFor(op: Operation, p: Pools, identities: Identity[]): fc.Arbitrary<FuzzRequest> {
  const identity = fc.oneof(...identities.map((id) => ({ weight: id.name === 'anonymous' ? 1 : 6, arbitrary: fc.constant(id) })));
  const pathParams = op.parameters.filter((x) => x.in === 'path');
  const path = fc
    .tuple(...pathParams.map((x) => pathParam(x.name, op, p)))
    .map((values) => pathParams.reduce((acc, x, i) => acc.replace(`{${x.name}}`, values[i]), op.path));
  const queryOwner = op.path.endsWith('/working-days') ? 'working-days' : 'query';
  const queryParams = op.parameters.filter((x) => x.in === 'query');
  const query = fc
    .tuple(
      ...queryParams.map((x) => {
        const valid = validFor(x.schema ?? { type: 'string' }, x.name, queryOwner, p);
        const choice = x.required
          ? fc.oneof(
              { weight: 8, arbitrary: valid.map((v) => ['valid', v] as const) },
              { weight: 2, arbitrary: hostileFor(x.schema, x.name).map((v) => ['hostile', v] as const) },
            )
          : fc.oneof(
              { weight: 10, arbitrary: fc.constant(['omit', undefined] as const) },
              { weight: 8, arbitrary: valid.map((v) => ['valid', v] as const) },
              { weight: 2, arbitrary: hostileFor(x.schema, x.name).map((v) => ['hostile', v] as const) },
            );
        return choice.map(([kind, v]) => ({ name: x.name, kind, v }));
      }),
      sometimes(5, fc.constantFrom('unknownParam', 'limit[$gt]', '__proto__')),
    )
    .map(([...all]) => {
      const extra = all.pop() as string | null;
      const q: Record<string, unknown> = {};
      const hostile: string[] = [];
      for (const { name, kind, v } of all as { name: string; kind: string; v: unknown }[]) {
        if (kind === 'omit') continue;
        q[name] = typeof v === 'object' && v !== null ? JSON.stringify(v).slice(0, 3000) : v;
        if (kind === 'hostile') hostile.push(`query.${name}`);
      }
      if (extra) {
        q[extra] = '1';
        hostile.push(`query.${extra}`);
      }
      return { q, hostile };
    });
  const body: fc.Arbitrary<{ text: string | undefined; hostile: string[] }> = op.body
    ? fc.oneof(
        {
          weight: 17,
          arbitrary: fc
            .tuple(validFor(op.body, '', op.bodyName, p) as fc.Arbitrary<Record<string, unknown>>, sometimes(50, mutation(op.body)))
            .map(([value, bad]) => {
              if (bad === null) return { text: JSON.stringify(value), hostile: [] };
              return { text: JSON.stringify({ ...value, [bad.key]: bad.value }), hostile: [`body.${bad.key}`] };
            }),
        },
        {
          weight: 1,
          arbitrary: validFor(op.body, '', op.bodyName, p).map((value) => ({
            text: JSON.stringify({ ...(value as object), unexpectedField: 'x' }),
            hostile: ['body.unexpectedField'],
          })),
        },
        {
          weight: 3,
          arbitrary: fc
            .oneof(
              hostileValue.map((v) => JSON.stringify(v)),
              fc.constantFrom('{"a":', '{"name":"a\\u12"}', '[1,2', '{"__proto__":{"admin":true}}', '', 'null', '"str"'),
            )
            .map((text) => ({ text, hostile: ['body'] })),
        },
      )
    : sometimes(
        8,
        hostileValue.map((v) => ({ text: JSON.stringify(v), hostile: ['body'] })),
      ).map((b) => b ?? { text: undefined, hostile: [] });
  return fc.record({ identity, path, query, body }).map(({ identity: id, path: pth, query: qq, body: bb }) => ({
    identity: id,
    path: pth,
    query: qq.q,
    body: op.mediaType === 'application/x-www-form-urlencoded' ? asForm(bb.text) : bb.text,
    hostile: [...qq.hostile, ...bb.hostile, ...(pth.includes('%') || pth.includes('not-a-uuid') ? ['path'] : [])],
  }));
}

// ---------------------------------------------------------------- the run

describe('fuzz: hostile requests over every operation in openapi.json', () => {
  let t: TestApp;
  let p: Pools;
  let identities: Identity[];
  const errors = new Map<string, unknown>();

  beforeAll(async () => {
    // The cause of a 500 is logged, never returned: keep it to name in the failure.
    jest.spyOn(Logger.prototype, 'error').mockImplementation(function (this: Logger, message: unknown) {
      const entry = message as { errorId?: string; err?: unknown };
      if (entry?.errorId) errors.set(entry.errorId, entry.err);
    });
    // The service's own per-credential limits would turn the run into 429s; they are tested elsewhere.
    t = await startTestApp({ THROTTLE_LIMIT: '1000000', THROTTLE_ADDRESS_LIMIT: '1000000' });
    const w = await world(t);
    const admin = bearer(t.admin);
    const provinceAgent = await staffToken(t, w.province.id, 'agent');
    identities = [
      { name: 'bootstrap admin', headers: admin },
      { name: 'provincial centre agent', headers: bearer(provinceAgent) },
      { name: 'provincial centre supervisor', headers: bearer(w.tokens.province) },
      { name: 'department handler', headers: bearer(w.tokens.dept) },
      { name: 'channel system', headers: { 'X-Api-Key': w.apiKey } },
      { name: 'anonymous', headers: {} },
    ];

    // Tickets in several states, moved by the identities that may move them.
    const tk = w.tokens;
    const review = await file(t, w);
    const signFor = await file(t, w);
    await op(t, tk.province, signFor.id, 'dispatch', { targetUnitId: w.dept.id });
    const handling = await file(t, w);
    await op(t, tk.province, handling.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, tk.dept, handling.id, 'sign');
    const extension = await file(t, w);
    await op(t, tk.province, extension.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, tk.dept, extension.id, 'sign');
    await op(t, tk.dept, extension.id, 'extensions', { requestedDueAt: iso(25 * day), reason: '需要厂家配合' });
    const feedback = await file(t, w);
    await op(t, tk.province, feedback.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, tk.dept, feedback.id, 'sign');
    await op(t, tk.dept, feedback.id, 'feedback', { result: '已处理' });
    const replied = await file(t, w);
    await op(t, tk.province, replied.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, tk.dept, replied.id, 'sign');
    await op(t, tk.dept, replied.id, 'feedback', { result: '已处理' });
    await op(t, tk.province, replied.id, 'feedback/accept');
    await op(t, tk.province, replied.id, 'reply', { text: '已答复' });
    const closed = await file(t, w);
    await op(t, tk.province, closed.id, 'resolve', { note: '当场解决' }, 200);
    // A suggestion in analysis, so its schedule and analysis operations reach the domain too.
    const suggestion = await file(t, w, { kind: 'suggestion' });
    await op(t, tk.province, suggestion.id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, tk.dept, suggestion.id, 'sign');

    const post = async (path: string, body: object) => {
      const res = await request(t.http).post(path).set(admin).send(body);
      if (res.status !== 201)
        throw new Error(`${path} ${res.status}: ${JSON.stringify(res.body)} ${String(errors.get(res.body?.errorId) ?? '')}`);
      return res.body;
    };
    const rule = await post('/api/v1/routing-rules', { name: 'fuzz', targetUnitId: w.dept.id, provinceUnitId: w.province.id });
    const policy = await post('/api/v1/sla-policies', { name: `fuzz ${Date.now()}`, businessType: 'broadband' });
    const term = await post('/api/v1/taxonomy', { kind: 'nature', code: `fz_${Date.now().toString(36)}`, label: 'fuzz' });
    const subscription = await post('/api/v1/webhook-subscriptions', { orgUnitId: w.province.id, url: 'https://crm.example.com/hooks/a' });
    const override = await post(`/api/v1/org-units/${w.dept.id}/calendar-overrides`, { date: '2026-05-06', kind: 'holiday' });
    // Credentials the fuzzer may revoke: never the ones it acts with.
    const decoyStaff = await post('/api/v1/staff', { name: 'decoy', orgUnitId: w.dept2.id, role: 'agent' });
    const decoyToken = await post(`/api/v1/staff/${decoyStaff.id}/tokens`, {});
    const decoyChannel = await post('/api/v1/channel-systems', { name: 'decoy', channel: 'web', orgUnitId: w.province.id });

    const units = [w.national.id, w.province.id, w.city.id, w.dept.id, w.dept2.id, w.cityDept.id];
    const tickets = [review, signFor, handling, extension, feedback, replied, closed, suggestion].map((x) => x.id);
    const cursors: string[] = [];
    for (const list of ['/api/v1/tickets', '/api/v1/org-units', '/api/v1/webhook-subscriptions']) {
      const res = await request(t.http).get(`${list}?limit=1`).set(admin);
      if (res.body.nextCursor) cursors.push(res.body.nextCursor as string);
    }
    p = {
      w,
      units,
      tickets,
      cursors,
      byCollection: {
        tickets,
        'org-units': units,
        'routing-rules': [rule.id],
        'sla-policies': [policy.id],
        taxonomy: [term.id],
        'webhook-subscriptions': [subscription.id],
        'webhook-deliveries': [],
        'calendar-overrides': [override.id],
        staff: [decoyStaff.id],
        tokens: [decoyToken.tokenInfo.id],
        'channel-systems': [decoyChannel.channelSystem.id],
      },
    };
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  it(`sends at least ${TARGET_REQUESTS} generated requests across every operation: no 5xx, problem+json on every error`, async () => {
    const runsPerOperation = Math.ceil(TARGET_REQUESTS / operations.length);
    const histogram: Record<string, number> = {};
    const perOperation: Record<string, Record<string, number>> = {};
    const perIdentity: Record<string, Record<string, number>> = {};
    const codes: Record<string, Record<string, number>> = {};
    const failures: { operation: string; request: unknown; status: number; contentType: string; cause?: string }[] = [];
    let total = 0;
    let pastValidation = 0;
    let reachedHandler = 0;
    const started = Date.now();
    process.stdout.write(`fuzz seed ${SEED}, ${operations.length} operations × ${runsPerOperation}\n`);

    for (const [index, operation] of operations.entries()) {
      const name = `${operation.method.toUpperCase()} ${operation.path}`;
      perOperation[name] = {};
      await fc.assert(
        fc.asyncProperty(requestFor(operation, p, identities), async (req) => {
          const qs = encodeQuery(req.query);
          const agent = request(t.http);
          let call = agent[operation.method](qs ? `${req.path}?${qs}` : req.path).set(req.identity.headers);
          if (req.body !== undefined) call = call.set('Content-Type', operation.mediaType).send(req.body);
          const res = await call
            .ok(() => true)
            .timeout(REQUEST_TIMEOUT_MS)
            .catch((err: Error) => ({ status: 0, headers: {}, body: { timeout: err.message } }) as unknown as request.Response);
          total++;
          histogram[res.status] = (histogram[res.status] ?? 0) + 1;
          perOperation[name][res.status] = (perOperation[name][res.status] ?? 0) + 1;
          const byIdentity = (perIdentity[req.identity.name] ??= {});
          byIdentity[res.status] = (byIdentity[res.status] ?? 0) + 1;
          if ((res.status >= 200 && res.status < 300) || [404, 409, 422].includes(res.status)) reachedHandler++;
          if (![400, 401, 408, 413, 429, 431].includes(res.status) && res.status < 500) pastValidation++;
          const contentType = String(res.headers['content-type'] ?? '');
          if (res.status >= 400 && typeof res.body?.code === 'string') {
            const seen = (codes[res.status] ??= {});
            seen[res.body.code] = (seen[res.body.code] ?? 0) + 1;
          }
          if (res.status === 0 || res.status >= 500 || (res.status >= 400 && !PROBLEM.test(contentType))) {
            const err = errors.get(res.body?.errorId);
            failures.push({
              operation: name,
              request: {
                identity: req.identity.name,
                path: req.path,
                query: req.query,
                body: req.body?.slice(0, 300),
                hostile: req.hostile,
              },
              status: res.status,
              contentType,
              cause: err instanceof Error ? `${err.name}: ${err.message}` : err === undefined ? res.body?.timeout : String(err),
            });
          }
          return true;
        }),
        { seed: SEED + index, numRuns: runsPerOperation },
      );
    }

    const summary = {
      seed: SEED,
      operations: operations.length,
      requests: total,
      seconds: Math.round((Date.now() - started) / 1000),
      pastValidation,
      pastValidationShare: Number((pastValidation / total).toFixed(3)),
      // Stricter: answers only a handler gives (a 403 may come from the guard, before validation).
      reachedHandlerShare: Number((reachedHandler / total).toFixed(3)),
      histogram,
      perIdentity,
      // Problem codes seen per status: what the document's error enums must list.
      codes,
      perOperation,
      failures,
    };
    writeFileSync(HISTOGRAM_FILE, JSON.stringify(summary, null, 2));
    process.stdout.write(
      `fuzz: ${total} requests in ${summary.seconds}s, ${(100 * summary.pastValidationShare).toFixed(1)} % past validation ` +
        `(${(100 * summary.reachedHandlerShare).toFixed(1)} % answered 2xx/404/409/422 by a handler); ` +
        `status histogram ${JSON.stringify(histogram)} (details in ${HISTOGRAM_FILE})\n`,
    );

    expect(failures).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(TARGET_REQUESTS);
    expect(Object.values(perOperation).every((statuses) => Object.keys(statuses).length > 0)).toBe(true);
    expect(summary.pastValidationShare).toBeGreaterThanOrEqual(0.3);
  }, 300_000);
});
