import { randomUUID } from 'node:crypto';
import { destination as pinoDestination, type DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { PinoLoggingModule } from './pino-logger';

export const REDACTED = '[REDACTED]';

/**
 * Query parameters whose values are personal data or secrets: customers' phone numbers, ID numbers
 * and names, and credentials a careless client puts in a URL. Matched on the decoded name, any case.
 */
const SENSITIVE_PARAM = /phone|mobile|idnumber|idcard|id_number|name$|email|token|api[-_]?key|secret|password/i;

function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** The URL with the values of sensitive query parameters replaced; everything else is kept as sent. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash < 0 ? undefined : hash);
  const redacted = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      return eq >= 0 && SENSITIVE_PARAM.test(decodedName(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${url.slice(0, q + 1)}${redacted}`;
}

/** A parsed query object with the same parameters redacted (nested objects and arrays included). */
export function redactQuery(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactQuery);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SENSITIVE_PARAM.test(k) ? REDACTED : redactQuery(v)]));
}

interface SerializedRequest {
  url?: string;
  query?: unknown;
  [key: string]: unknown;
}

/**
 * Structured pino logs. Every request gets an id (taken from `X-Request-Id` when a caller sends
 * one) that is echoed back and copied into job payloads. Credentials and personal data are
 * redacted wherever a request carries them: headers, bodies and the URL's query string.
 */
export const loggingModule = (config: AppConfig, destination?: DestinationStream) => {
  const options: Options = {
    level: config.LOG_LEVEL,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && /^[\w.:-]{1,128}$/.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: SerializedRequest) => {
        if (typeof req.url === 'string') req.url = redactUrl(req.url);
        if (req.query !== undefined) req.query = redactQuery(req.query);
        return req;
      },
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-api-key"]',
        'req.headers.cookie',
        '*.customerPhone',
        '*.customerIdNumber',
        '*.customerName',
        '*.*.customerPhone',
        '*.*.customerIdNumber',
        '*.*.customerName',
        '*.apiKey',
        '*.token',
        '*.secret',
      ],
      censor: REDACTED,
    },
    customProps: () => ({ service: 'workorders' }),
    autoLogging: { ignore: (req) => /^\/health(\/|\?|$)/.test(req.url ?? '') },
  };
  // Asynchronous writes to stdout: a request never waits on the write; pino flushes what is pending when the process exits.
  return PinoLoggingModule.forRoot(options, destination ?? pinoDestination({ dest: 1, sync: false }));
};
