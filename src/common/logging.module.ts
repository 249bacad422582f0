import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { destination as pinoDestination, stdSerializers, type DestinationStream } from 'pino';
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

/** What a request line records of the request: no header but the user agent, no body, the URL redacted. */
export function serializeRequest(req: IncomingMessage & { id?: unknown; originalUrl?: string }) {
  return {
    id: req.id,
    method: req.method,
    url: redactUrl(req.originalUrl ?? req.url ?? ''),
    remoteAddress: req.socket?.remoteAddress,
    userAgent: req.headers?.['user-agent'],
  };
}

/** What a request line records of the response: its status. Headers are left out: `Set-Cookie` carries sessions. */
export function serializeResponse(res: ServerResponse) {
  return { statusCode: res.statusCode };
}

/**
 * Structured pino logs. Every request gets an id (taken from `X-Request-Id` when a caller sends
 * one) that is echoed back and copied into job payloads. A request line records the method, the
 * URL with sensitive query values redacted, the caller's address and user agent, and the status:
 * no other header of either side (credentials, session cookies) and no body. Personal data and
 * secrets in fields logged elsewhere are redacted by path.
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
    // Own serializers over the raw request and response (pino-http's would copy every header, then redact some).
    wrapSerializers: false,
    serializers: { req: serializeRequest, res: serializeResponse, err: stdSerializers.err },
    // The service name is a base field of every line, not a per-request child logger.
    base: { pid: process.pid, hostname: hostname(), service: 'workorders' },
    redact: {
      paths: [
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
    autoLogging: { ignore: (req) => /^\/health(\/|\?|$)/.test(req.url ?? '') },
  };
  // Asynchronous writes to stdout: a request never waits on the write; pino flushes what is pending when the process exits.
  return PinoLoggingModule.forRoot(options, destination ?? pinoDestination({ dest: 1, sync: false }));
};
