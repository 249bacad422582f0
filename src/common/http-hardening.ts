import { INestApplication } from '@nestjs/common';
import type { Application, NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { problem } from './problem-details.filter';

const DOCS_PATH = /^\/docs(-json)?(\/|$)/;
const CONSOLE = /^\/console(\/|$)/;

/**
 * Response headers for every route. The API answers JSON only, so it gets a CSP that allows
 * nothing; Swagger UI at /docs loads its scripts, styles and images from this origin (inline
 * styles and data: images included), so it gets helmet's defaults, without upgrading requests to
 * https, which would break a plain-http deployment's own docs page. The web console at /console
 * loads only its own hashed files and talks only to this origin: no inline script or style, no
 * framing, no <base>, no plugins.
 */
export function hardenHttp(app: INestApplication, config: AppConfig): void {
  const express = app.getHttpAdapter().getInstance() as Application;
  express.disable('x-powered-by');
  express.set('trust proxy', config.TRUST_PROXY);
  const frameguard = { action: 'deny' } as const;
  const api = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] } },
    frameguard,
  });
  const docs = helmet({
    contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null, 'frame-ancestors': ["'none'"] } },
    frameguard,
  });
  const consolePage = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
        'object-src': ["'none'"],
      },
    },
    frameguard,
  });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (DOCS_PATH.test(req.path) ? docs : CONSOLE.test(req.path) ? consolePage : api)(req, res, next),
  );
  app.use('/metrics', gate(config.METRICS_ENABLED, config.METRICS_TOKEN, 'Bearer realm="metrics"'));
  app.use(['/docs', '/docs-json'], gate(config.DOCS_ENABLED, config.DOCS_TOKEN, 'Basic realm="docs", charset="UTF-8"'));
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The secret a request presents: a bearer token, or the password of HTTP Basic (browsers prompt for it). */
function presented(req: Request): string | null {
  const header = req.headers.authorization ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1];
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
  if (!basic) return null;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : decoded.slice(colon + 1);
}

function send(req: Request, res: Response, status: number, code: string, detail: string): void {
  res
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify({ ...problem(status, code, detail), instance: req.originalUrl }));
}

/** Operational endpoints: absent when switched off (404, as if never there), behind a shared secret when one is configured. */
function gate(enabled: boolean, token: string | undefined, challenge: string): RequestHandler {
  const expected = token ? digest(token) : null;
  return (req, res, next) => {
    if (!enabled) return send(req, res, 404, 'NOT_FOUND', `Cannot ${req.method} ${req.originalUrl}`);
    if (!expected) return next();
    const secret = presented(req);
    if (secret !== null && timingSafeEqual(digest(secret), expected)) return next();
    res.setHeader('WWW-Authenticate', challenge);
    return send(req, res, 401, 'UNAUTHENTICATED', 'this endpoint needs its access token');
  };
}
