import { ExecutionContext, HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig } from '../config/app-config';
import { RateLimitGuard, throttlerOptions } from './throttle.module';

type Record = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** A counter store whose answers the test releases by hand, recording which keys were asked for. */
class HeldStorage implements ThrottlerStorage {
  readonly asked: string[] = [];
  private readonly answers: ((record: Record) => void)[] = [];

  increment(key: string, _ttl: number, limit: number): Promise<Record> {
    this.asked.push(key);
    const refused = key.startsWith(this.refusing ?? '\0');
    return new Promise((resolve) =>
      this.answers.push(() =>
        resolve({ totalHits: refused ? limit + 1 : 1, timeToExpire: 60, isBlocked: refused, timeToBlockExpire: refused ? 60 : 0 }),
      ),
    );
  }

  constructor(private readonly refusing?: string) {}

  releaseAll(): void {
    for (const answer of this.answers.splice(0)) answer({} as Record);
  }
}

function httpContext(headers: globalThis.Record<string, string>) {
  const responseHeaders = new Map<string, string>();
  const req = { headers, ip: '203.0.113.7', path: '/api/v1/me' };
  const res = {
    header: (name: string, value: unknown) => responseHeaders.set(name.toLowerCase(), String(value)),
    setHeader: undefined as unknown,
  };
  res.setHeader = res.header;
  const context = {
    getHandler: () => httpContext,
    getClass: () => HeldStorage,
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  } as unknown as ExecutionContext;
  return { context, responseHeaders };
}

const config = { THROTTLE_TTL_SECONDS: 60, THROTTLE_LIMIT: 100, THROTTLE_ADDRESS_LIMIT: 500 } as AppConfig;

async function guardOver(storage: HeldStorage): Promise<RateLimitGuard> {
  const guard = new RateLimitGuard(throttlerOptions(config), storage, new Reflector());
  await guard.onModuleInit();
  return guard;
}

/** Lets pending promise callbacks run, without waiting on any timer. */
const drain = () => new Promise((resolve) => setImmediate(resolve));

describe('RateLimitGuard', () => {
  it('asks for every throttler counter before any has answered', async () => {
    const storage = new HeldStorage();
    const guard = await guardOver(storage);
    const { context, responseHeaders } = httpContext({ authorization: 'Bearer wos_a' });
    let decided: boolean | undefined;
    const decision = guard.canActivate(context).then((v) => (decided = v));
    await drain();
    expect(storage.asked).toEqual([expect.stringMatching(/^default:cred:/), 'address:addr:203.0.113.7']);
    expect(decided).toBeUndefined();
    storage.releaseAll();
    await decision;
    expect(decided).toBe(true);
    expect(responseHeaders.get('x-ratelimit-limit')).toBe('100');
    expect(responseHeaders.has('x-ratelimit-limit-address')).toBe(false);
  });

  it.each(['default', 'address'])('refuses with 429 when the %s counter is over its limit', async (name) => {
    const storage = new HeldStorage(name);
    const guard = await guardOver(storage);
    const { context, responseHeaders } = httpContext({ authorization: 'Bearer wos_b' });
    const decision = guard.canActivate(context);
    await drain();
    storage.releaseAll();
    const refusal = await decision.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(refusal).toBeInstanceOf(HttpException);
    const body = (refusal as HttpException).getResponse() as { problem: { code: string; detail: string } };
    expect(body.problem.code).toBe('RATE_LIMITED');
    expect(body.problem.detail).toMatch(name === 'default' ? /this credential/ : /this client address/);
    expect(responseHeaders.get('retry-after')).toBe('60');
  });

  it('answers with the first throttler refusal when both refuse', async () => {
    const storage = new HeldStorage('');
    const guard = await guardOver(storage);
    const { context } = httpContext({ authorization: 'Bearer wos_c' });
    const decision = guard.canActivate(context);
    await drain();
    storage.releaseAll();
    const refusal = (await decision.catch((err: unknown) => err)) as HttpException;
    expect((refusal.getResponse() as { problem: { detail: string } }).problem.detail).toMatch(/this credential/);
  });
});
