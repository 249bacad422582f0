/** Injection token of the general-purpose Redis connection (see RedisModule). */
export const REDIS = Symbol('REDIS');

/** Injection token of what BullMQ connects with: options, or a shared Cluster client (see bullConnection). */
export const BULL_CONNECTION = Symbol('BULL_CONNECTION');
