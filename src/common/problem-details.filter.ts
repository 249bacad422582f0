import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, databaseFailure } from './database-errors';
import { DomainError } from './domain-error';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  errors?: { field: string; messages: string[] }[];
  errorId?: string;
  [key: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const DEFAULT_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

export function problem(status: number, code: string, detail?: string, extra: Record<string, unknown> = {}): ProblemDetails {
  return {
    type: `urn:problem:workorders:${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extra,
  };
}

/** Renders every error as RFC 9457 application/problem+json; 500s get an error id and the cause is logged, never returned. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const body = this.toProblem(exception);
    body.instance = req.originalUrl ?? req.url;
    if (body.status === 503 && !res.getHeader('Retry-After')) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      return problem(exception.status, exception.code, exception.message, exception.extra);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'problem' in response) {
        return (response as { problem: ProblemDetails }).problem;
      }
      const given = typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
      const message = typeof given === 'string' ? given : Array.isArray(given) ? given.join('; ') : JSON.stringify(given);
      return problem(status, DEFAULT_CODES[status] ?? `HTTP_${status}`, message);
    }
    const failure = databaseFailure(exception);
    if (failure) {
      if (failure.status === 503) this.logger.warn({ err: exception }, 'database unavailable or transaction conflict');
      return problem(failure.status, failure.code, failure.detail);
    }
    // Errors raised by HTTP middleware before a handler runs (body too large, unsupported charset…) carry their own 4xx status.
    const httpError = exception as { status?: unknown; expose?: unknown; message?: string };
    if (typeof httpError.status === 'number' && httpError.status >= 400 && httpError.status < 500 && httpError.expose === true) {
      return problem(httpError.status, DEFAULT_CODES[httpError.status] ?? `HTTP_${httpError.status}`, httpError.message);
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId }, 'unhandled error');
    return problem(500, 'INTERNAL', 'unexpected error; quote the errorId when reporting it', { errorId });
  }
}
