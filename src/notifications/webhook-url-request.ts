import { promises as dns } from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { parseIp, urlHost, WebhookUrlPolicy } from './webhook-url-policy';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to every address it has; injected in tests so no test depends on real DNS. */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (host) => dns.lookup(host, { all: true, verbatim: true });

export interface WebhookOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  /** The target is refused by policy: retrying cannot help. */
  refused: boolean;
}

export interface WebhookRequestOptions {
  policy: WebhookUrlPolicy;
  resolve: Resolver;
  timeoutMs: number;
}

const MAX_ERROR_CHARS = 1000;

/**
 * POSTs one webhook. The host is resolved here, every address it resolves to is checked against
 * the policy, and the connection is pinned to a checked address, so a DNS answer that changes
 * between check and connect (rebinding) cannot redirect the request. Redirects are never
 * followed: a signed body goes where the subscriber registered, nowhere else.
 */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  opts: WebhookRequestOptions,
): Promise<WebhookOutcome> {
  const refusal = opts.policy.checkUrl(url);
  if (refusal) return { ok: false, statusCode: null, error: `target refused: ${refusal}`, refused: true };
  const target = new URL(url);
  const host = urlHost(target);
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let pinned: ResolvedAddress;
  const literal = parseIp(host);
  if (literal) {
    pinned = { address: host, family: literal.version };
  } else {
    let addresses: ResolvedAddress[];
    try {
      addresses = await abortable(opts.resolve(host), signal);
    } catch (err) {
      return failure(err);
    }
    if (addresses.length === 0) return { ok: false, statusCode: null, error: `${host} has no address`, refused: false };
    for (const a of addresses) {
      const reason = opts.policy.checkAddress(host, a.address);
      if (reason) return { ok: false, statusCode: null, error: `target refused: ${reason}`, refused: true };
    }
    pinned = addresses[0];
  }
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  return send(target, { ...headers, 'content-length': String(Buffer.byteLength(body)) }, body, lookup, signal);
}

function send(
  url: URL,
  headers: Record<string, string>,
  body: string,
  lookup: LookupFunction,
  signal: AbortSignal,
): Promise<WebhookOutcome> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.request(url, { method: 'POST', headers, lookup, signal, agent: false }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) {
        res.resume();
        resolve({ ok: true, statusCode: status, error: null, refused: false });
        return;
      }
      let text = '';
      const done = () => {
        const redirect =
          status >= 300 && status < 400 ? ` (redirect${res.headers.location ? ` to ${res.headers.location}` : ''} not followed)` : '';
        resolve({
          ok: false,
          statusCode: status,
          error: `HTTP ${status}${redirect}${text ? `: ${text}` : ''}`.slice(0, MAX_ERROR_CHARS),
          refused: false,
        });
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        // Only the start of an error body is kept; a huge or endless one is cut off here.
        if (text.length >= MAX_ERROR_CHARS) {
          res.destroy();
          done();
        }
      });
      res.on('end', done);
      res.on('error', done);
    });
    req.on('error', (err) => resolve(failure(err)));
    req.end(body);
  });
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function failure(err: unknown): WebhookOutcome {
  const e = err as Error & { code?: string };
  return {
    ok: false,
    statusCode: null,
    error: `${e.name}: ${e.message}${e.code ? ` (${e.code})` : ''}`.slice(0, MAX_ERROR_CHARS),
    refused: false,
  };
}
