import { redisOptionsFromUrl, redisUrlProblem } from './redis-url';

describe('REDIS_URL', () => {
  it.each([
    ['redis://127.0.0.1:6379', { host: '127.0.0.1', port: 6379, db: 0 }],
    ['redis://cache', { host: 'cache', port: 6379, db: 0 }],
    ['redis://:s%40cret@cache:6380/3', { host: 'cache', port: 6380, db: 3, password: 's@cret' }],
    ['rediss://user:pw@cache:6390/0', { host: 'cache', port: 6390, db: 0, username: 'user', password: 'pw', tls: {} }],
  ])('reads %s', (url, expected) => {
    expect(redisUrlProblem(url)).toBeNull();
    expect(redisOptionsFromUrl(url)).toMatchObject(expected);
  });

  it.each([
    ['redis://127.0.0.1:6379/abc', /database "abc" must be an integer/],
    ['redis://127.0.0.1:6379/1.5', /must be an integer/],
    ['redis://127.0.0.1:6379/-1', /must be an integer/],
    ['http://127.0.0.1:6379', /scheme must be redis/],
    ['redis://', /names no host/],
    ['not a url', /is not a URL/],
    ['redis://127.0.0.1:6379/0?db=2', /no query string/],
  ])('refuses %s', (url, message) => {
    expect(redisUrlProblem(url)).toMatch(message);
    expect(() => redisOptionsFromUrl(url)).toThrow(/^REDIS_URL: /);
  });
});
