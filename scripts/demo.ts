/**
 * `npm run demo`: starts the service (API + worker in one process) on local defaults, seeds a
 * demo organisation idempotently, and prints where it listens and a credential for each unit.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config/app-config';

process.env.NODE_ENV ??= 'demo';
process.env.ADMIN_TOKEN ??= 'demo-admin-token-change-me';
process.env.APP_ROLE ??= 'all';
process.env.LOG_LEVEL ??= 'warn';

interface Unit {
  id: string;
  code: string;
  name: string;
  tier: string;
}

const ORG: { code: string; name: string; tier: string; parent?: string }[] = [
  { code: 'CN', name: '国家投诉中心', tier: 'national' },
  { code: 'HA', name: '河南省投诉处理中心', tier: 'provincial', parent: 'CN' },
  { code: 'HA-ZZ', name: '郑州市分公司', tier: 'city', parent: 'HA' },
  { code: 'HA-ZZ-NET', name: '郑州网络维护部', tier: 'department', parent: 'HA-ZZ' },
  { code: 'HA-NET', name: '河南网络部', tier: 'department', parent: 'HA' },
  { code: 'HA-BILL', name: '河南计费部', tier: 'department', parent: 'HA' },
  { code: 'GD', name: '广东省投诉处理中心', tier: 'provincial', parent: 'CN' },
  { code: 'GD-GZ', name: '广州市分公司', tier: 'city', parent: 'GD' },
  { code: 'GD-NET', name: '广东网络部', tier: 'department', parent: 'GD' },
];

async function main(): Promise<void> {
  const config = loadConfig();
  const { prepareDatabase } = await import('../src/database/migrate');
  const { createApp } = await import('../src/bootstrap');
  await prepareDatabase(config.DATABASE_URL);
  const app = await createApp(config);
  await app.listen(config.PORT, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${config.ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path} -> ${res.status} ${JSON.stringify(json)}`);
    return json;
  };

  const existing = await call<{ items: Unit[] }>('GET', '/api/v1/org-units?limit=1000');
  const byCode = new Map(existing.items.map((u) => [u.code, u]));
  for (const unit of ORG) {
    if (byCode.has(unit.code)) continue;
    const created = await call<Unit>('POST', '/api/v1/org-units', {
      code: unit.code,
      name: unit.name,
      tier: unit.tier,
      parentId: unit.parent ? byCode.get(unit.parent)!.id : undefined,
    });
    byCode.set(unit.code, created);
  }

  const lines: string[] = [];
  for (const unit of ORG) {
    const u = byCode.get(unit.code)!;
    const role = unit.tier === 'department' || unit.tier === 'city' ? 'handler' : 'supervisor';
    const staff = await call<{ id: string }>('POST', '/api/v1/staff', { name: `demo ${unit.code} ${role}`, orgUnitId: u.id, role });
    const { token } = await call<{ token: string }>('POST', `/api/v1/staff/${staff.id}/tokens`, { ttlHours: 24 });
    lines.push(`  ${unit.code.padEnd(10)} ${unit.tier.padEnd(11)} ${role.padEnd(10)} Bearer ${token}`);
  }
  for (const [code, channel] of [
    ['HA', 'hotline'],
    ['CN', 'gm_hotline'],
  ] as const) {
    const { apiKey } = await call<{ apiKey: string }>('POST', '/api/v1/channel-systems', {
      name: `demo ${code} ${channel}`,
      channel,
      orgUnitId: byCode.get(code)!.id,
    });
    lines.push(`  ${code.padEnd(10)} channel     ${channel.padEnd(10)} X-Api-Key ${apiKey}`);
  }

  process.stdout.write(
    [
      '',
      `work-order service listening on ${base}`,
      `  health:   ${base}/health`,
      `  API docs: ${base}/docs  (JSON: ${base}/docs-json)`,
      `  admin:    Bearer ${config.ADMIN_TOKEN}`,
      'demo credentials (new tokens each start):',
      ...lines,
      '',
      'Ctrl-C stops the service.',
      '',
    ].join('\n'),
  );
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
