import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import { createApp } from '../../src/bootstrap';
import { Clock } from '../../src/common/clock';
import { AppConfig, validateEnv } from '../../src/config/app-config';
import { contractRecorder } from './contract';

export interface TestApp {
  app: INestApplication;
  http: App;
  config: AppConfig;
  admin: string;
  close(): Promise<void>;
}

/**
 * Boots the real application (real Postgres and Redis of this test run); the API role unless overridden, so no timers fire behind a test's back.
 * Every answer is checked against openapi.json (test/support/contract.ts).
 */
export async function startTestApp(overrides: Record<string, string> = {}, clock?: Clock): Promise<TestApp> {
  const config = validateEnv({ ...process.env, APP_ROLE: 'api', ...overrides });
  const app = await createApp(config, { logger: false, clock });
  app.use(contractRecorder());
  await app.init();
  return {
    app,
    http: app.getHttpServer(),
    config,
    admin: config.ADMIN_TOKEN!,
    close: () => app.close(),
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function api(t: TestApp) {
  return request(t.http);
}

/** A clock the test moves by hand: deterministic time for timer and deadline logic. */
export class ManualClock extends Clock {
  constructor(private current = new Date()) {
    super();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
