import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamicModule, Global, Inject, LoggerService, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream, Level, LogFn, Logger as Pino } from 'pino';
import { pinoHttp, type HttpLogger, type Options } from 'pino-http';

/** The current request's logger (pino-http's child carrying the request and its id), while a request is handled. */
const requestLogger = new AsyncLocalStorage<Pino>();

/** Nest's stack trace contract: exception handlers call `error(message, stack)`. */
const STACK = /\n\s*at /;

/**
 * Nest's `LoggerService` over pino. Everything logged with Nest's `Logger` while a request is
 * handled goes through that request's logger, so it carries the request and its id; elsewhere the
 * root logger is used. Nest passes the logger's context as the last argument: it becomes the
 * `context` field. An object or an `Error` as the message becomes fields (`err` for an error), so
 * `logger.warn({ err }, 'text')` logs as pino itself would.
 */
export class PinoLogger implements LoggerService {
  constructor(private readonly root: Pino) {}

  /** The pino logger of the current request, or the root logger outside a request. */
  get pino(): Pino {
    return requestLogger.getStore() ?? this.root;
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const fields: Record<string, unknown> = {};
    let rest = params;
    if (params.length > 0) {
      fields.context = params[params.length - 1];
      rest = params.slice(0, -1).filter((p) => p !== undefined);
    }
    const logger = this.pino;
    const log: LogFn = logger[level].bind(logger);
    if (message instanceof Error) {
      fields.err = message;
      log(fields, ...(rest as [string?]));
    } else if (typeof message === 'object' && message !== null) {
      log(Object.assign(fields, message), ...(rest as [string?]));
    } else if (
      level === 'error' &&
      typeof message === 'string' &&
      rest.length === 1 &&
      typeof rest[0] === 'string' &&
      STACK.test(rest[0])
    ) {
      const err = new Error(message);
      err.stack = rest[0];
      fields.err = err;
      log(fields);
    } else {
      log(fields, String(message), ...rest);
    }
  }
}

/** pino-http's middleware, then the rest of the request runs with the request's logger as the current one. */
export function requestLogging(http: HttpLogger) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => http(req, res, () => requestLogger.run(req.log, next));
}

const HTTP_LOGGER = Symbol('HTTP_LOGGER');

/**
 * Request logging with pino-http (one line per response, a request id on each request) and the
 * application's `PinoLogger`, both writing to one destination. Global: `PinoLogger` is available
 * everywhere, for `app.useLogger(app.get(PinoLogger))`.
 */
@Global()
@Module({})
export class PinoLoggingModule implements NestModule {
  static forRoot(options: Options, destination: DestinationStream): DynamicModule {
    const http = pinoHttp(options, destination);
    return {
      module: PinoLoggingModule,
      providers: [
        { provide: HTTP_LOGGER, useValue: http },
        { provide: PinoLogger, useValue: new PinoLogger(http.logger) },
      ],
      exports: [PinoLogger],
    };
  }

  constructor(@Inject(HTTP_LOGGER) private readonly http: HttpLogger) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestLogging(this.http)).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
