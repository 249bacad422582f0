import { createServer, type Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { pinoHttp } from 'pino-http';
import { PinoLogger, requestLogging } from './pino-logger';

function memory() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe('PinoLogger', () => {
  it("takes Nest's last argument as the context and keeps the message", () => {
    const { lines, stream } = memory();
    new PinoLogger(pino({ level: 'trace' }, stream)).log('started', 'Boot');
    expect(lines).toEqual([expect.objectContaining({ level: 30, context: 'Boot', msg: 'started' })]);
  });

  it('maps Nest levels to pino levels', () => {
    const { lines, stream } = memory();
    const logger = new PinoLogger(pino({ level: 'trace' }, stream));
    logger.verbose('v', 'C');
    logger.debug('d', 'C');
    logger.warn('w', 'C');
    logger.error('e', 'C');
    logger.fatal('f', 'C');
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [10, 'v'],
      [20, 'd'],
      [40, 'w'],
      [50, 'e'],
      [60, 'f'],
    ]);
  });

  it('merges an object message into the line, as pino does with `logger.warn({ err }, text)`', () => {
    const { lines, stream } = memory();
    new PinoLogger(pino(stream)).warn({ err: new Error('redis gone'), attempt: 3 }, 'arming failed', 'SlaTimerService');
    expect(lines[0]).toMatchObject({ context: 'SlaTimerService', attempt: 3, msg: 'arming failed', err: { message: 'redis gone' } });
  });

  it("records an Error message under `err`, and the exception handlers' (message, stack) pair as one error", () => {
    const { lines, stream } = memory();
    const logger = new PinoLogger(pino(stream));
    logger.error(new Error('plain'), 'Worker');
    logger.error('boom', 'Error: boom\n    at handler (x.ts:1:1)', 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({ context: 'Worker', err: { message: 'plain' } });
    expect(lines[1]).toMatchObject({
      context: 'ExceptionsHandler',
      err: { message: 'boom', stack: 'Error: boom\n    at handler (x.ts:1:1)' },
    });
  });

  describe('during a request', () => {
    let server: Server;
    afterEach(() => new Promise((resolve) => server.close(resolve)));

    it("logs through the request's logger, so each line carries the request and its id", async () => {
      const { lines, stream } = memory();
      const http = pinoHttp({ genReqId: () => 'req-42', autoLogging: false }, stream);
      const logger = new PinoLogger(http.logger);
      const middleware = requestLogging(http);
      server = createServer((req, res) =>
        middleware(req, res, () => {
          setImmediate(() => {
            logger.log('inside', 'Handler');
            res.end('ok');
          });
        }),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`);
      logger.log('outside', 'Handler');
      expect(lines[0]).toMatchObject({ msg: 'inside', context: 'Handler', req: { id: 'req-42', url: '/x' } });
      expect(lines[1]).toMatchObject({ msg: 'outside' });
      expect(lines[1]).not.toHaveProperty('req');
    });
  });
});
