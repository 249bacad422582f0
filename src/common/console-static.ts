import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Application, NextFunction, Request, Response } from 'express';
import type { ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { problem } from './problem-details.filter';

/** Where the web console is served; its views are routed by the URL's fragment (`/console/#/queues`). */
export const CONSOLE_PATH = '/console';

/** A year: the file names of built assets carry their content hash, so a changed file is a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The directory `npm run build:console` writes (console/dist), found from this file whether it runs
 * from src/ (ts-node) or dist/src/ (a build): the first ancestor holding package.json is the project.
 */
export function consoleDirectory(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'console', 'dist');
}

/**
 * Serves the built console as static files under /console: index.html revalidated on every load
 * (it names the current assets), hashed assets cached for a year. No route of the API is involved,
 * and none is added: the console talks to the same public API as every other client. Its
 * Content-Security-Policy is set in http-hardening.ts.
 */
export function serveConsole(app: NestExpressApplication, directory = consoleDirectory()): void {
  const server = app.getHttpAdapter().getInstance() as Application;
  const built = existsSync(join(directory, 'index.html'));
  // Express matches /console/ to a /console route as well: only the bare path is redirected.
  server.get(CONSOLE_PATH, (req: Request, res: Response, next: NextFunction) =>
    req.originalUrl.split('?')[0] === CONSOLE_PATH ? res.redirect(301, `${CONSOLE_PATH}/`) : next(),
  );
  if (!built) {
    server.use(CONSOLE_PATH, (req: Request, res: Response) => {
      res
        .status(404)
        .type('application/problem+json')
        .send(
          JSON.stringify({
            ...problem(404, 'NOT_FOUND', 'the console is not built: run `npm run build:console` (or `npm run build`)'),
            instance: req.originalUrl,
          }),
        );
    });
    return;
  }
  app.useStaticAssets(directory, {
    prefix: CONSOLE_PATH,
    index: 'index.html',
    redirect: false,
    setHeaders: (res: ServerResponse, path: string) => res.setHeader('Cache-Control', path.endsWith('.html') ? 'no-cache' : IMMUTABLE),
  });
}
