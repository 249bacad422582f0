import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { WebhookUrlPolicy } from './webhook-url-policy';
import { postWebhook, ResolvedAddress, Resolver } from './webhook-url-request';

/**
 * Connect-time checks with an injected resolver. No test sends anything to a private or
 * link-local address: refused targets are refused before a socket exists, and the only server
 * ever reached is this test's own on 127.0.0.1, allow-listed like an operator would.
 */
describe('postWebhook', () => {
  let server: Server;
  let port: number;
  const seen: IncomingMessage[] = [];
  let answer: (path: string) => { status: number; headers?: Record<string, string> } = () => ({ status: 204 });

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req);
      req.resume();
      req.on('end', () => {
        const { status, headers } = answer(req.url ?? '/');
        res.writeHead(status, headers).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  let connects: jest.SpyInstance;
  beforeEach(() => {
    seen.length = 0;
    answer = () => ({ status: 204 });
    connects = jest.spyOn(Socket.prototype, 'connect');
  });
  afterEach(() => connects.mockRestore());

  const resolverOf = (table: Record<string, string[]>) => {
    const calls: string[] = [];
    const resolve: Resolver = async (host) => {
      calls.push(host);
      return (table[host] ?? []).map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
    return { resolve, calls };
  };
  const opts = (resolve: Resolver, allowed = '', production = false) => ({
    policy: new WebhookUrlPolicy(allowed, production),
    resolve,
    timeoutMs: 2000,
  });
  const post = (url: string, o: ReturnType<typeof opts>) => postWebhook(url, { 'content-type': 'application/json' }, '{"x":1}', o);

  it.each([
    ['10.1.2.3', 'private'],
    ['169.254.169.254', 'link-local'],
    ['127.0.0.1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback (IPv4-mapped)'],
    ['fd12::1', 'unique local'],
  ])('refuses a name that resolves to %s before any socket connects', async (address, label) => {
    const { resolve, calls } = resolverOf({ 'hooks.partner.test': [address] });
    const outcome = await post(`https://hooks.partner.test:${port}/hook`, opts(resolve));
    expect(outcome).toMatchObject({ ok: false, statusCode: null, refused: true });
    expect(outcome.error).toContain(`hooks.partner.test resolves to ${address}`);
    expect(outcome.error).toContain(label);
    expect(calls).toEqual(['hooks.partner.test']);
    expect(connects).not.toHaveBeenCalled();
    expect(seen).toHaveLength(0);
  });

  it('refuses a name when any of its addresses is forbidden', async () => {
    const { resolve } = resolverOf({ 'mixed.partner.test': ['93.184.215.14', '10.0.0.7'] });
    const outcome = await post('https://mixed.partner.test/hook', opts(resolve));
    expect(outcome.refused).toBe(true);
    expect(outcome.error).toContain('10.0.0.7');
    expect(connects).not.toHaveBeenCalled();
  });

  it('refuses a literal forbidden address without resolving it', async () => {
    const { resolve, calls } = resolverOf({});
    const outcome = await post(`http://127.0.0.1:${port}/hook`, opts(resolve));
    expect(outcome).toMatchObject({ ok: false, refused: true });
    expect(calls).toEqual([]);
    expect(connects).not.toHaveBeenCalled();
    expect(seen).toHaveLength(0);
  });

  it('refuses plain http in production', async () => {
    const { resolve, calls } = resolverOf({ 'crm.partner.test': ['93.184.215.14'] });
    const outcome = await post('http://crm.partner.test/hook', opts(resolve, '', true));
    expect(outcome).toMatchObject({ ok: false, refused: true });
    expect(outcome.error).toMatch(/https/);
    expect(calls).toEqual([]);
  });

  it('delivers to an allow-listed name, connecting to the address it was checked at (one lookup, no rebinding)', async () => {
    const { resolve, calls } = resolverOf({ 'hooks.corp.internal': ['127.0.0.1'] });
    const outcome = await post(`http://hooks.corp.internal:${port}/in`, opts(resolve, 'hooks.corp.internal'));
    expect(outcome).toEqual({ ok: true, statusCode: 204, error: null, refused: false });
    expect(calls).toEqual(['hooks.corp.internal']);
    expect(seen).toHaveLength(1);
    expect(seen[0].headers.host).toBe(`hooks.corp.internal:${port}`);
    expect(seen[0].headers['content-length']).toBe('7');
  });

  it('does not follow redirects: a 3xx is a failed attempt and the new location gets nothing', async () => {
    answer = (path) => (path === '/moved' ? { status: 302, headers: { location: `http://127.0.0.1:${port}/elsewhere` } } : { status: 204 });
    const { resolve } = resolverOf({});
    const outcome = await post(`http://127.0.0.1:${port}/moved`, opts(resolve, '127.0.0.1'));
    expect(outcome).toMatchObject({ ok: false, statusCode: 302, refused: false });
    expect(outcome.error).toMatch(/^HTTP 302 \(redirect to .*\/elsewhere not followed\)/);
    expect(seen.map((r) => r.url)).toEqual(['/moved']);
  });

  it('gives up on a resolver that never answers within the request timeout, as a retryable failure', async () => {
    const outcome = await postWebhook('https://slow.partner.test/hook', {}, '{}', {
      policy: new WebhookUrlPolicy('', false),
      resolve: () => new Promise(() => undefined),
      timeoutMs: 100,
    });
    expect(outcome).toMatchObject({ ok: false, statusCode: null, refused: false });
    expect(outcome.error).toMatch(/TimeoutError/);
  });
});
