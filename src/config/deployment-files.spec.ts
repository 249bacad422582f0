import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnvSchema } from './app-config';
import { SERVICE_NODE_OPTIONS } from './node-options';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Variables the compose file and deploy/ha.env set for images other than the service's own. */
const NOT_THE_SERVICE = new Set(['POSTGRES_USER', 'POSTGRES_HOST_AUTH_METHOD', 'POSTGRES_DB', 'PGDATA', 'COMPOSE_PROFILES']);

/**
 * The deployment files name only settings the service knows: a misspelt or renamed variable would be
 * ignored at boot and the deployment would quietly run without it (a replica never read, Sentinels never
 * asked).
 */
describe('deployment files', () => {
  const known = new Set(Object.keys(new EnvSchema()));

  it('docker-compose.yml sets only known variables', () => {
    const names = [...read('docker-compose.yml').matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => !known.has(n) && !NOT_THE_SERVICE.has(n))).toEqual([]);
  });

  it('deploy/ha.env sets only known variables, and the compose file passes each of them on', () => {
    const compose = read('docker-compose.yml');
    const names = [...read('deploy/ha.env').matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).filter((n) => !NOT_THE_SERVICE.has(n));
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter((n) => !known.has(n))).toEqual([]);
    expect(names.filter((n) => !compose.includes(`\${${n}:-`))).toEqual([]);
  });

  it('the image and `npm start` run the service with the Node options the benchmarks measure', () => {
    const image = /^ENV .*NODE_OPTIONS="([^"]*)"/m.exec(read('Dockerfile'));
    expect(image?.[1].split(' ')).toEqual(SERVICE_NODE_OPTIONS);
    const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start;
    expect(start).toBe(`node ${SERVICE_NODE_OPTIONS.join(' ')} dist/src/main.js`);
  });
});
