/** Injection token of the general-purpose Redis connection (see RedisModule). */
export const REDIS = Symbol('REDIS');
