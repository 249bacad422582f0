/**
 * Abuse controls and safe defaults: rate limits per credential in Redis (failing open when Redis is
 * gone), security headers, operational endpoints that can be switched off or locked, webhook
 * targets inside the operator's network refused, and personal data kept out of request logs.
 */
import { INestApplication } from '@nestjs/common';
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import Redis from 'ioredis';
import request from 'supertest';
import { createApp } from '../../src/bootstrap';
import { validateEnv } from '../../src/config/app-config';
import { nationalCentre, staffToken } from '../support/org-factory';
import { cookieHeader, createAccount } from '../support/sessions';
import { eventually, freePort, startRedis } from '../support/processes';
import { bearer, startTestApp, TestApp } from '../support/test-app';

const prefix = (name: string) => `${process.env.REDIS_PREFIX}_${name}_${randomBytes(3).toString('hex')}`;
const strongSecret = () => randomBytes(32).toString('base64url');

async function storeFailures(t: TestApp, reason = '[^"]+'): Promise<number> {
  const text = (await request(t.http).get('/metrics').expect(200)).text;
  const line = new RegExp(`^workorders_rate_limit_store_failures_total\\{reason="${reason}"\\} (\\d+)`, 'gm');
  return [...text.matchAll(line)].reduce((sum, m) => sum + Number(m[1]), 0);
}

describe('rate limiting', () => {
  const LIMIT = 20;
  let t: TestApp;
  let redis: ChildProcess;
  let redisPort: number;
  let first: string;
  let second: string;

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    t = await startTestApp({
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      REDIS_PREFIX: prefix('rl'),
      THROTTLE_LIMIT: String(LIMIT),
      THROTTLE_ADDRESS_LIMIT: '150',
      THROTTLE_TTL_SECONDS: '60',
    });
    const national = await nationalCentre(t);
    first = await staffToken(t, national.id, 'agent');
    second = await staffToken(t, national.id, 'agent');
  });
  afterAll(async () => {
    await t.close();
    redis.kill('SIGKILL');
  });

  it('answers a burst on one credential with 429 problem+json and Retry-After past its limit, and leaves other credentials alone', async () => {
    const burst = await Promise.all(Array.from({ length: 30 }, () => request(t.http).get('/api/v1/me').set(bearer(first))));
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - LIMIT);

    const refused = burst.find((r) => r.status === 429)!;
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(refused.body.retryAfter).toBe(retryAfter);
    expect(refused.body.detail).toMatch(/this credential/);
    const admitted = burst.find((r) => r.status === 200)!;
    expect(Number(admitted.headers['x-ratelimit-limit'])).toBe(LIMIT);

    // Another credential from the same address has its own budget.
    const other = await request(t.http).get('/api/v1/me').set(bearer(second));
    expect(other.status).toBe(200);
    expect(Number(other.headers['x-ratelimit-remaining'])).toBe(LIMIT - 1);
    // The refused credential stays refused for the window, whichever route it calls.
    await request(t.http).get('/api/v1/org-units').set(bearer(first)).expect(429);
  });

  it('does not limit health probes and metric scrapes', async () => {
    for (let i = 0; i < LIMIT + 5; i++) await request(t.http).get('/health').set(bearer(first));
    await request(t.http).get('/metrics').set(bearer(first)).expect(200);
  });

  it('counts both limits of concurrent requests in shared script calls, each hit exactly once', async () => {
    const admin = new Redis(redisPort);
    const scriptCalls = async () =>
      [...(await admin.info('commandstats')).matchAll(/^cmdstat_(?:evalsha|eval):calls=(\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    try {
      const before = await scriptCalls();
      const burst = await Promise.all(Array.from({ length: 10 }, () => request(t.http).get('/api/v1/me').set(bearer(second))));
      const calls = (await scriptCalls()) - before;
      expect(burst.map((r) => r.status)).toEqual(Array(10).fill(200));
      // Two limits (the credential's and the address's) for each of 10 requests, in at most one call per request.
      expect(calls).toBeGreaterThanOrEqual(1);
      expect(calls).toBeLessThanOrEqual(10);
      const remaining = burst.map((r) => Number(r.headers['x-ratelimit-remaining'])).sort((a, b) => b - a);
      expect(new Set(remaining).size).toBe(10);
      expect(remaining[0] - remaining[9]).toBe(9);
    } finally {
      admin.disconnect();
    }
  });

  it('lets a request through uncounted when Redis answers too slowly, after at most the store timeout', async () => {
    const before = await storeFailures(t, 'timeout');
    const admin = new Redis(redisPort);
    try {
      // Every other client's commands now wait half a second: longer than the store may wait.
      await admin.call('CLIENT', 'PAUSE', '500', 'ALL');
      const started = Date.now();
      const res = await request(t.http).get('/api/v1/me').set(bearer(first));
      const took = Date.now() - started;
      expect([res.status, took < 400]).toEqual([200, true]);
      expect((await storeFailures(t, 'timeout')) - before).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.call('CLIENT', 'UNPAUSE');
      admin.disconnect();
    }
  });

  it('fails open within the timeout while Redis is down, counts each miss, and counts again once Redis is back', async () => {
    const before = await storeFailures(t);
    redis.kill('SIGKILL');
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      // `first` is over its limit: while the counter is unreachable it is let through all the same.
      await request(t.http).get('/api/v1/me').set(bearer(first)).expect(200);
      timings.push(Date.now() - started);
    }
    expect(Math.max(...timings)).toBeLessThan(500);

    redis = await startRedis(redisPort);
    // The restarted Redis is empty, so counting starts again from one.
    const counted = await eventually(async () => {
      const res = await request(t.http).get('/api/v1/me').set(bearer(second));
      const remaining = Number(res.headers['x-ratelimit-remaining']);
      return res.status === 200 && remaining < LIMIT && remaining;
    }, 10_000);
    expect(counted).toBe(LIMIT - 1);
    // Read once Redis is back: this scrape path does not depend on the rate-limit store.
    expect((await storeFailures(t)) - before).toBeGreaterThanOrEqual(5);
  });

  it('limits a client address that floods made-up credentials, before any credential lookup', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 160; i++) {
      statuses.push(
        (
          await request(t.http)
            .get('/api/v1/me')
            .set(bearer(`wos_${randomBytes(16).toString('hex')}`))
        ).status,
      );
    }
    expect(new Set(statuses)).toEqual(new Set([401, 429]));
    const firstRefusal = statuses.indexOf(429);
    expect(statuses.slice(firstRefusal).every((s) => s === 429)).toBe(true);
    const refused = await request(t.http).get('/api/v1/me').set(bearer('wos_another'));
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.body.detail).toMatch(/client address/);
    expect(refused.headers['retry-after']).toBeDefined();
    await request(t.http).get('/health').expect(200);
  });
});

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REDIS_PREFIX: prefix('hdr') });
  });
  afterAll(() => t.close());

  const common = (headers: Record<string, string>) => {
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  };

  it('sets helmet headers and a deny-all CSP on API answers, errors included', async () => {
    for (const res of [
      await request(t.http).get('/health'),
      await request(t.http).get('/api/v1/org-units'),
      await request(t.http).get('/api/v1/org-units').set(bearer(t.admin)),
      await request(t.http).get('/no-such-route'),
      await request(t.http).post('/api/v1/org-units').set(bearer(t.admin)).set('content-type', 'application/json').send('{"broken'),
    ]) {
      common(res.headers);
      expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    }
  });

  it('lets Swagger UI load everything it needs from its own origin, and nothing inline but styles', async () => {
    const page = await request(t.http).get('/docs/').expect(200);
    common(page.headers);
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/style-src 'self'[^;]*'unsafe-inline'/);
    expect(csp).toMatch(/img-src 'self' data:/);
    expect(csp).not.toContain('upgrade-insecure-requests');
    // Every script is an external file of this origin, so `script-src 'self'` is enough.
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const assets = [...page.text.matchAll(/(?:src|href)=["']\.\/([^"']+)["']/g)].map((m) => m[1]);
    expect(assets).toEqual(expect.arrayContaining(['swagger-ui-bundle.js', 'swagger-ui-init.js', 'swagger-ui.css']));
    for (const asset of assets) await request(t.http).get(`/docs/${asset}`).expect(200);
    await request(t.http).get('/docs-json').expect(200);
  });
});

describe('operational endpoints', () => {
  it('are off in production unless switched on', async () => {
    const t = await startTestApp({ NODE_ENV: 'production', ADMIN_TOKEN: strongSecret(), REDIS_PREFIX: prefix('prod') });
    try {
      for (const path of ['/metrics', '/docs', '/docs/', '/docs-json']) {
        const res = await request(t.http).get(path);
        expect([path, res.status, res.headers['content-type']]).toEqual([path, 404, expect.stringMatching(/problem\+json/)]);
      }
      await request(t.http).get('/health').expect(200);
    } finally {
      await t.close();
    }
  });

  it('can be switched off outside production too', async () => {
    const t = await startTestApp({ METRICS_ENABLED: 'false', DOCS_ENABLED: 'false', REDIS_PREFIX: prefix('off') });
    try {
      await request(t.http).get('/metrics').expect(404);
      await request(t.http).get('/docs-json').expect(404);
    } finally {
      await t.close();
    }
  });

  it('can be put behind their own tokens', async () => {
    const metricsToken = strongSecret();
    const docsToken = strongSecret();
    const t = await startTestApp({
      NODE_ENV: 'production',
      ADMIN_TOKEN: strongSecret(),
      METRICS_ENABLED: 'true',
      METRICS_TOKEN: metricsToken,
      DOCS_ENABLED: 'true',
      DOCS_TOKEN: docsToken,
      REDIS_PREFIX: prefix('tok'),
    });
    try {
      const anonymous = await request(t.http).get('/metrics').expect(401);
      expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(anonymous.body.code).toBe('UNAUTHENTICATED');
      await request(t.http).get('/metrics').set(bearer(t.admin)).expect(401);
      await request(t.http).get('/metrics').set(bearer(metricsToken)).expect(200);

      const docs = await request(t.http).get('/docs/').expect(401);
      expect(docs.headers['www-authenticate']).toMatch(/^Basic realm="docs"/);
      await request(t.http).get('/docs/').auth('anyone', 'wrong').expect(401);
      await request(t.http).get('/docs/').auth('anyone', docsToken).expect(200);
      await request(t.http).get('/docs-json').set(bearer(docsToken)).expect(200);
      await request(t.http).get('/docs-json').set(bearer(metricsToken)).expect(401);
    } finally {
      await t.close();
    }
  });
});

describe('webhook targets', () => {
  let t: TestApp;
  let unitId: string;
  beforeAll(async () => {
    t = await startTestApp({ REDIS_PREFIX: prefix('wh'), WEBHOOK_ALLOWED_HOSTS: 'hooks.corp.internal,10.20.0.0/16' });
    unitId = (await nationalCentre(t)).id;
  });
  afterAll(() => t.close());

  const subscribe = (url: string) =>
    request(t.http).post('/api/v1/webhook-subscriptions').set(bearer(t.admin)).send({ orgUnitId: unitId, url });

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost:8080/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.5/hook',
    'http://172.20.1.1/hook',
    'http://192.168.0.10/hook',
    'http://100.64.0.1/hook',
    'http://0.0.0.0/hook',
    'http://[::1]/hook',
    'http://[fe80::1]/hook',
    'http://[fd00::5]/hook',
    'http://[::ffff:7f00:1]/hook',
    'http://[::ffff:169.254.169.254]/hook',
  ])('refuses %s with 422 WEBHOOK_URL_FORBIDDEN', async (url) => {
    const res = await subscribe(url);
    expect([res.status, res.body.code]).toEqual([422, 'WEBHOOK_URL_FORBIDDEN']);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors).toEqual([{ field: 'url', messages: [expect.any(String)] }]);
  });

  it('accepts public and allow-listed targets, and checks a changed URL too', async () => {
    const created = await subscribe('https://crm.example.com/hooks').expect(201);
    await subscribe('http://hooks.corp.internal:8080/in').expect(201);
    await subscribe('http://10.20.3.4/in').expect(201);
    const patched = await request(t.http)
      .patch(`/api/v1/webhook-subscriptions/${created.body.id}`)
      .set(bearer(t.admin))
      .send({ url: 'http://169.254.169.254/latest/meta-data/' });
    expect([patched.status, patched.body.code]).toEqual([422, 'WEBHOOK_URL_FORBIDDEN']);
    const read = await request(t.http).get(`/api/v1/webhook-subscriptions/${created.body.id}`).set(bearer(t.admin)).expect(200);
    expect(read.body.url).toBe('https://crm.example.com/hooks');
  });

  it('wants https in production', async () => {
    const prod = await startTestApp({ NODE_ENV: 'production', ADMIN_TOKEN: strongSecret(), REDIS_PREFIX: prefix('whp') });
    try {
      const unit = await nationalCentre(prod);
      const res = await request(prod.http)
        .post('/api/v1/webhook-subscriptions')
        .set(bearer(prod.admin))
        .send({ orgUnitId: unit.id, url: 'http://crm.example.com/hooks' });
      expect([res.status, res.body.code, res.body.detail]).toEqual([422, 'WEBHOOK_URL_FORBIDDEN', expect.stringMatching(/https/)]);
      await request(prod.http)
        .post('/api/v1/webhook-subscriptions')
        .set(bearer(prod.admin))
        .send({ orgUnitId: unit.id, url: 'https://crm.example.com/hooks' })
        .expect(201);
    } finally {
      await prod.close();
    }
  });
});

describe('request logs', () => {
  let app: INestApplication;
  let admin: string;
  const lines: string[] = [];

  beforeAll(async () => {
    const config = validateEnv({ ...process.env, APP_ROLE: 'api', LOG_LEVEL: 'info', REDIS_PREFIX: prefix('log') });
    admin = config.ADMIN_TOKEN!;
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    app = await createApp(config, { logger: false, logDestination: destination });
    await app.init();
  });
  afterAll(() => app.close());

  it('redacts phone numbers, ID numbers and names in logged URLs and query strings', async () => {
    const http = app.getHttpServer();
    await request(http).get('/api/v1/tickets?customerPhone=13800138000&limit=5').set(bearer(admin));
    await request(http).get('/api/v1/tickets?customerIdNumber=110101199003074512&status=open').set(bearer(admin));
    await request(http).get('/api/v1/org-units?name=%E5%BC%A0%E4%B8%89&customer%50hone=13900139000').set(bearer(admin));
    await request(http).get('/api/v1/org-units?token=wos_leaked_in_a_url');
    const logged = await eventually(async () => {
      const requests = lines.map((l) => JSON.parse(l) as { req?: { url: string } }).filter((l) => l.req);
      return requests.length >= 4 && requests;
    }, 5_000);
    const text = lines.join('\n');
    for (const secret of ['13800138000', '110101199003074512', '13900139000', '%E5%BC%A0', '张三', 'wos_leaked_in_a_url', admin]) {
      expect(text).not.toContain(secret);
    }
    const urls = logged.map((l) => l.req!.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/api/v1/tickets?customerPhone=[REDACTED]&limit=5',
        '/api/v1/tickets?customerIdNumber=[REDACTED]&status=open',
        '/api/v1/org-units?name=[REDACTED]&customer%50hone=[REDACTED]',
        '/api/v1/org-units?token=[REDACTED]',
      ]),
    );
  });

  it('logs neither the session cookie a sign-in sets nor any request or response header but the user agent', async () => {
    const t = { app, http: app.getHttpServer(), admin } as TestApp;
    const national = await nationalCentre(t);
    const account = await createAccount(t, national.id, 'agent');
    const from = lines.length;
    const signedIn = await request(t.http)
      .post('/api/v1/auth/sign-in')
      .set('User-Agent', 'channel-console/1.0')
      .send({ username: account.username, password: account.temporaryPassword });
    expect(signedIn.status).toBe(200);
    const cookies = cookieHeader(signedIn)
      .split('; ')
      .map((pair) => pair.slice(pair.indexOf('=') + 1));
    expect(cookies.length).toBeGreaterThan(0);
    const line = await eventually(async () => {
      const found = lines.slice(from).find((l) => l.includes('/api/v1/auth/sign-in'));
      return found ? (JSON.parse(found) as { req: Record<string, unknown>; res: Record<string, unknown> }) : undefined;
    }, 5_000);
    const text = lines.slice(from).join('\n');
    for (const secret of [...cookies, signedIn.body.csrfToken as string, account.temporaryPassword]) expect(text).not.toContain(secret);
    expect(line.req).toEqual({
      id: expect.any(String),
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: expect.any(String),
      userAgent: 'channel-console/1.0',
    });
    expect(line.res).toEqual({ statusCode: 200 });
  });
});
