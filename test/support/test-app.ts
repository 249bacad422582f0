import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import { createApp } from '../../src/bootstrap';
import { AppConfig, validateEnv } from '../../src/config/app-config';

export interface TestApp {
  app: INestApplication;
  http: App;
  config: AppConfig;
  admin: string;
  close(): Promise<void>;
}

/** Boots the real application (real Postgres and Redis of this test run) with optional env overrides. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const config = validateEnv({ ...process.env, ...overrides });
  const app = await createApp(config, { logger: false });
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
