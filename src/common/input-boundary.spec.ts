import { DomainError } from './domain-error';
import { checkInput, MAX_JSON_DEPTH } from './input-boundary';
import { decodeCursor, encodeCursor } from './cursor';

const nested = (depth: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('checkInput', () => {
  it('accepts the deepest nesting allowed and refuses one level more', () => {
    expect(() => checkInput(nested(MAX_JSON_DEPTH))).not.toThrow();
    expect(refusal(() => checkInput(nested(MAX_JSON_DEPTH + 1))).code).toBe('BODY_TOO_DEEP');
  });

  it('walks a million levels without recursion', () => {
    expect(refusal(() => checkInput(nested(1_000_000))).code).toBe('BODY_TOO_DEEP');
  });

  it.each([
    ['NUL', { a: [{ b: 'x\u0000' }] }, 'a.0.b'],
    ['a lone high surrogate', { subject: 'x\ud800' }, 'subject'],
    ['a lone low surrogate', { subject: '\udc00x' }, 'subject'],
    ['two high surrogates', { subject: '\ud800\ud800\udc00' }, 'subject'],
    ['NUL in a key', { ['k\u0000']: 1 }, 'k\u0000'],
    ['a bare string body', 'a\u0000', 'body'],
  ])('refuses %s and names the field', (_what, input, field) => {
    const err = refusal(() => checkInput(input));
    expect(err.code).toBe('INVALID_TEXT');
    expect((err.extra.errors as { field: string }[])[0].field).toBe(field);
  });

  it('accepts paired surrogates, CJK and ordinary control characters', () => {
    expect(() => checkInput({ subject: '信号差 😀', note: 'line\nbreak\ttab' })).not.toThrow();
  });
});

describe('decodeCursor', () => {
  it('returns the key a cursor of the declared types carries', () => {
    const key = ['2026-03-01T10:00:00.123456Z', '8f14e45f-ceea-467f-a0b3-6e2b5f4a0c11'];
    expect(decodeCursor(encodeCursor(key), ['timestamp', 'uuid'])).toEqual(key);
    expect(decodeCursor(encodeCursor(['/a/b/'] as string[]), ['text'])).toEqual(['/a/b/']);
    expect(decodeCursor(encodeCursor([42]), ['int'])).toEqual([42]);
    expect(decodeCursor(encodeCursor(['2026-10-01']), ['date'])).toEqual(['2026-10-01']);
    for (const bad of ['/1d7283bf-2d77-46c5-83bc-63bf188f44ea/', '2026-02-31', '1999-12-31', '2026-10-01T00:00:00Z']) {
      expect(refusal(() => decodeCursor(encodeCursor([bad]), ['date'])).code).toBe('INVALID_CURSOR');
    }
    expect(decodeCursor(undefined, ['uuid'])).toBeNull();
  });

  it.each([
    ['wrong arity', ['8f14e45f-ceea-467f-a0b3-6e2b5f4a0c11'], ['timestamp', 'uuid']],
    ['an object for a timestamp', [{}, '8f14e45f-ceea-467f-a0b3-6e2b5f4a0c11'], ['timestamp', 'uuid']],
    ['a day that does not exist', ['2026-02-30T00:00:00Z', '8f14e45f-ceea-467f-a0b3-6e2b5f4a0c11'], ['timestamp', 'uuid']],
    ['a timestamp outside the window', ['2999-01-01T00:00:00Z', '8f14e45f-ceea-467f-a0b3-6e2b5f4a0c11'], ['timestamp', 'uuid']],
    ['a number for a uuid', [1], ['uuid']],
    ['a huge number for an int', [1e308], ['int']],
    ['a fraction for an int', [1.5], ['int']],
    ['NUL text', ['\u0000'], ['text']],
    ['an over-long text', ['x'.repeat(2000)], ['text']],
  ] as const)('refuses %s', (_what, key, types) => {
    expect(refusal(() => decodeCursor(encodeCursor(key as unknown as string[]), types)).code).toBe('INVALID_CURSOR');
  });

  it('refuses text that is not a cursor at all', () => {
    expect(refusal(() => decodeCursor('!!!', ['uuid'])).code).toBe('INVALID_CURSOR');
    expect(refusal(() => decodeCursor('x'.repeat(10_000), ['uuid'])).code).toBe('INVALID_CURSOR');
  });
});
