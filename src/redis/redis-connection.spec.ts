import { Cluster, RedisOptions } from 'ioredis';
import { validateEnv } from '../config/app-config';
import { bullConnection, createRedisClient, isHashTagged, parseHostList, reconnectOnReadonly, redisTarget } from './redis-connection';

const refusal = (env: Record<string, string>): string[] => {
  try {
    validateEnv(env);
    return [];
  } catch (err) {
    return (err as Error).message.split('\n');
  }
};

describe('Redis topology settings', () => {
  it.each([
    [
      '10.0.0.1:7000,10.0.0.2:7001',
      [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
      ],
    ],
    [
      ' redis-a:26379 , redis-b:26379 ',
      [
        { host: 'redis-a', port: 26379 },
        { host: 'redis-b', port: 26379 },
      ],
    ],
    ['[::1]:7000', [{ host: '::1', port: 7000 }]],
  ])('reads the host list %s', (value, hosts) => {
    expect(parseHostList(value)).toEqual(hosts);
  });

  it.each([['redis-a'], ['redis-a:'], ['redis-a:0'], ['redis-a:70000'], ['redis://a:1'], [',']])('refuses the host list %s', (value) => {
    expect(typeof parseHostList(value)).toBe('string');
  });

  it.each([
    ['{wo}', true],
    ['prod:{wo}', true],
    ['{wo}:prod', true],
    ['wo', false],
    ['{}wo', false],
  ])('knows whether %s is hash-tagged', (prefix, tagged) => {
    expect(isHashTagged(prefix)).toBe(tagged);
  });

  it('accepts one hash tag in REDIS_PREFIX and nothing else with braces', () => {
    expect(validateEnv({ REDIS_PREFIX: '{wo}' }).REDIS_PREFIX).toBe('{wo}');
    expect(validateEnv({ REDIS_PREFIX: 'prod:{wo}' }).REDIS_PREFIX).toBe('prod:{wo}');
    for (const bad of ['{wo', 'wo}', '{a}{b}', '{}', '{w o}'])
      expect(refusal({ REDIS_PREFIX: bad })).toEqual([expect.stringMatching(/^REDIS_PREFIX: /)]);
  });

  it('refuses a Cluster with a prefix that is not hash-tagged, in one line naming REDIS_PREFIX', () => {
    expect(refusal({ REDIS_CLUSTER_NODES: '127.0.0.1:7000' })).toEqual([
      'REDIS_PREFIX: "wo" is not hash-tagged; with REDIS_CLUSTER_NODES every key of a queue must land in one slot, so wrap it in braces (e.g. {wo})',
    ]);
    expect(validateEnv({ REDIS_CLUSTER_NODES: '127.0.0.1:7000', REDIS_PREFIX: '{wo}' }).REDIS_CLUSTER_NODES).toBe('127.0.0.1:7000');
  });

  it.each([
    [{ REDIS_CLUSTER_NODES: '127.0.0.1', REDIS_PREFIX: '{wo}' }, /^REDIS_CLUSTER_NODES: "127.0.0.1" is not host:port$/],
    [
      { REDIS_CLUSTER_NODES: '127.0.0.1:7000', REDIS_PREFIX: '{wo}', REDIS_URL: 'redis://h/2' },
      /^REDIS_URL: a Redis Cluster has only database 0/,
    ],
    [{ REDIS_SENTINELS: '127.0.0.1:26379' }, /^REDIS_SENTINEL_MASTER: required with REDIS_SENTINELS/],
    [{ REDIS_SENTINEL_MASTER: 'main' }, /^REDIS_SENTINELS: required with REDIS_SENTINEL_MASTER/],
    [
      { REDIS_SENTINELS: 'a:1', REDIS_SENTINEL_MASTER: 'main', REDIS_CLUSTER_NODES: 'b:2', REDIS_PREFIX: '{wo}' },
      /^REDIS_SENTINELS: set either/,
    ],
    [{ REDIS_SENTINELS: 'a:1', REDIS_SENTINEL_MASTER: 'main primary' }, /^REDIS_SENTINEL_MASTER: /],
  ])('refuses %j', (env, line) => {
    expect(refusal(env)).toEqual([expect.stringMatching(line)]);
  });

  it('names the variable that says where Redis is', () => {
    expect(redisTarget(validateEnv({}))).toEqual({ variable: 'REDIS_URL', where: '127.0.0.1:6379' });
    expect(redisTarget(validateEnv({ REDIS_SENTINELS: 's1:26379,s2:26379', REDIS_SENTINEL_MASTER: 'main' }))).toEqual({
      variable: 'REDIS_SENTINELS',
      where: 'master "main" through s1:26379,s2:26379',
    });
    expect(redisTarget(validateEnv({ REDIS_CLUSTER_NODES: 'n1:7000', REDIS_PREFIX: '{wo}' }))).toEqual({
      variable: 'REDIS_CLUSTER_NODES',
      where: 'n1:7000',
    });
  });

  it('builds Sentinel and Cluster clients with the credentials of REDIS_URL', () => {
    const sentinel = validateEnv({
      REDIS_URL: 'redis://:pw@ignored/2',
      REDIS_SENTINELS: 's1:26379',
      REDIS_SENTINEL_MASTER: 'main',
      REDIS_SENTINEL_PASSWORD: 'spw',
    });
    const client = createRedisClient(sentinel, { lazyConnect: true });
    expect(client.options).toMatchObject({
      sentinels: [{ host: 's1', port: 26379 }],
      name: 'main',
      password: 'pw',
      sentinelPassword: 'spw',
      db: 2,
    });
    // No +switch-master detector: it ends, for good, a client caught asking the sentinels for the master.
    const options = client.options as RedisOptions;
    expect(options.failoverDetector).toBeFalsy();
    // A demoted master's refusal reconnects through the sentinels and re-sends; other errors do not.
    expect(options.reconnectOnError?.(new Error("READONLY You can't write against a read only replica."))).toBe(2);
    expect(options.reconnectOnError?.(new Error('ERR unknown command'))).toBe(false);
    client.disconnect();
    expect(bullConnection(sentinel)).toMatchObject({
      sentinels: [{ host: 's1', port: 26379 }],
      name: 'main',
      maxRetriesPerRequest: null,
      reconnectOnError: reconnectOnReadonly,
    });

    const cluster = validateEnv({ REDIS_URL: 'redis://:pw@ignored', REDIS_CLUSTER_NODES: 'n1:7000', REDIS_PREFIX: '{wo}' });
    const bull = bullConnection({ ...cluster, REDIS_CLUSTER_NODES: cluster.REDIS_CLUSTER_NODES });
    expect(bull).toBeInstanceOf(Cluster);
    // Workers duplicate this client for their blocking connections, which must retry forever.
    expect((bull as Cluster).options.redisOptions).toMatchObject({ password: 'pw', maxRetriesPerRequest: null });
    (bull as Cluster).disconnect();
  });
});
