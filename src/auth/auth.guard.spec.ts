import { ExecutionContext, HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Policy, RequestActor } from './actor';
import { AuthGuard } from './auth.guard';
import type { AuthService } from './auth.service';
import { validateEnv } from '../config/app-config';
import type { SessionService } from './sessions/session.service';

class Routes {
  unlisted(): void {}
  @Policy('health.check')
  probe(): void {}
  @Policy('tickets.sign')
  sign(): void {}
  @Policy('orgUnits.create')
  createUnit(): void {}
}

const departmentAdmin: RequestActor = {
  kind: 'staff',
  id: 's1',
  role: 'admin',
  unitId: 'd1',
  tier: 'department',
  unitPath: '/n/ha/d1/',
  provinceId: 'ha',
};

function context(handler: keyof Routes, headers: Record<string, string> = {}): ExecutionContext {
  const req = { headers };
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

const auth = { authenticateBearer: async () => departmentAdmin, authenticateApiKey: async () => null } as unknown as AuthService;
const sessions = { authenticate: async () => null } as unknown as SessionService;
const guard = new AuthGuard(new Reflector(), auth, sessions, validateEnv({}));

async function statusOf(promise: Promise<boolean>): Promise<number | 'allowed'> {
  try {
    await promise;
    return 'allowed';
  } catch (err) {
    return (err as HttpException).getStatus();
  }
}

describe('AuthGuard', () => {
  it('refuses a route without a policy entry, even before authenticating', async () => {
    expect(await statusOf(guard.canActivate(context('unlisted', { authorization: 'Bearer x' })))).toBe(403);
    expect(await statusOf(guard.canActivate(context('unlisted')))).toBe(403);
  });

  it('lets public entries through without a credential and asks one everywhere else', async () => {
    expect(await statusOf(guard.canActivate(context('probe')))).toBe('allowed');
    expect(await statusOf(guard.canActivate(context('sign')))).toBe(401);
  });

  it('checks the identity part of the entry', async () => {
    expect(await statusOf(guard.canActivate(context('sign', { authorization: 'Bearer x' })))).toBe(403);
    expect(await statusOf(guard.canActivate(context('createUnit', { authorization: 'Bearer x' })))).toBe(403);
  });
});
