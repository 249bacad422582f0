import { INestApplication, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { BadRequestError, DomainError } from './domain-error';
import { problem } from './problem-details.filter';
import { unstorableReason } from './text';

/** Larger bodies answer 413. A ticket's longest text, 20,000 CJK characters sent as UTF-8, is 60 KB. */
export const MAX_BODY_BYTES = 100 * 1024;
/** Deeper than any request schema (an SLA policy's stage limits are three levels); beyond it only recursion attacks remain. */
export const MAX_JSON_DEPTH = 32;

function invalidText(field: string, message: string): BadRequestError {
  return new BadRequestError('INVALID_TEXT', `${field} ${message}`, { errors: [{ field, messages: [`${field} ${message}`] }] });
}

/**
 * Walks a parsed body or query iteratively (a recursive walk is what a deep body would overflow)
 * and refuses the first string, key included, that Postgres could not store, and any nesting
 * deeper than `maxDepth`. Fields are named as the validation errors name them: `a.0.b`.
 */
export function checkInput(value: unknown, maxDepth = MAX_JSON_DEPTH): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: node, path, depth } = stack.pop()!;
    if (typeof node === 'string') {
      const reason = unstorableReason(node);
      if (reason) throw invalidText(path || 'body', reason);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= maxDepth) {
      throw new BadRequestError('BODY_TOO_DEEP', `JSON nested deeper than ${maxDepth} levels`);
    }
    for (const [key, child] of Object.entries(node)) {
      const field = path ? `${path}.${key}` : key;
      const reason = unstorableReason(key);
      if (reason) throw invalidText(field, `(a field name) ${reason}`);
      stack.push({ value: child, path: field, depth: depth + 1 });
    }
  }
}

/** Path segments are percent-decoded by the router later; a NUL or a byte sequence that is not UTF-8 never names anything. */
function checkPath(rawPath: string): void {
  for (const segment of rawPath.split('/')) {
    if (!segment.includes('%')) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw invalidText('path', 'is not valid percent-encoded UTF-8');
    }
    const reason = unstorableReason(decoded);
    if (reason) throw invalidText('path', reason);
  }
}

/** JSON, and the form encoding the identity provider's back-channel logout posts. */
const PARSED_MEDIA_TYPE = /^application\/(([\w.+-]+\+)?json|x-www-form-urlencoded)\s*(;|$)/i;

/**
 * The API reads JSON (and forms, where a protocol requires them). A body of any other type would
 * reach the handlers unparsed, as an empty body that may well validate, so it is refused.
 */
function checkMediaType(req: Request): void {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (!hasBody || !(req.originalUrl ?? req.url).startsWith('/api/')) return;
  if (!PARSED_MEDIA_TYPE.test(req.headers['content-type'] ?? '')) {
    throw new DomainError(415, 'UNSUPPORTED_MEDIA_TYPE', 'request bodies must be application/json');
  }
}

function inputBoundary(req: Request, _res: Response, next: NextFunction): void {
  try {
    checkPath((req.originalUrl ?? req.url).split('?')[0]);
    checkMediaType(req);
    checkInput(req.query);
    checkInput(req.body);
    next();
  } catch (err) {
    next(err);
  }
}

/**
 * Requests Node's HTTP parser refuses before any middleware runs (a request line or headers over
 * the size limit, malformed framing) are answered as problem+json too, not as Node's bare status line.
 */
function answerParserErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const [status, code] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'HEADERS_TOO_LARGE']
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'REQUEST_TIMEOUT']
          : [400, 'MALFORMED_REQUEST'];
    const body = JSON.stringify(problem(status, code, STATUS_CODES[status]));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

/**
 * Body size (413) and the HTTP parser's own refusals, set on the application before it starts.
 * The depth and text checks run in `InputBoundaryModule`.
 */
export function installInputBoundary(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit: MAX_BODY_BYTES });
  express.useBodyParser('urlencoded', { limit: MAX_BODY_BYTES, extended: true });
  answerParserErrors(app.getHttpServer() as Server);
}

/**
 * The one place request input is bounded before any guard, pipe or handler sees it: JSON depth
 * and text Postgres cannot store, in the body, the query string and the path. Module middleware
 * runs after the body parsers and after the request logger, so every refusal is logged with its
 * request id.
 */
@Module({})
export class InputBoundaryModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(inputBoundary).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
