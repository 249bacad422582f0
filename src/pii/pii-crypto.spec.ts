import { randomBytes } from 'node:crypto';
import {
  decodeKey,
  keyWeakness,
  masterKeysProblem,
  newDataKey,
  parseMasterKeys,
  PiiKeyring,
  unwrapDataKey,
  wrapDataKey,
} from './pii-crypto';

const master = { id: 'm1', key: randomBytes(32) };
const keyringOf = (keys: Map<number, Buffer>, current: number, index = randomBytes(32)) => new PiiKeyring(keys, current, index);

describe('personal-data encryption', () => {
  const dataKey = randomBytes(32);
  const keyring = keyringOf(new Map([[7, dataKey]]), 7);

  it('round-trips a value, with a fresh IV each time and the data key id in the ciphertext', () => {
    const a = keyring.encrypt('customer_phone', '13812345678');
    const b = keyring.encrypt('customer_phone', '13812345678');
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('13812345678'))).toBe(false);
    expect(PiiKeyring.dataKeyIdOf(a)).toBe(7);
    expect(keyring.decrypt('customer_phone', a)).toBe('13812345678');
    expect(keyring.decrypt('customer_name', keyring.encrypt('customer_name', '王芳'))).toBe('王芳');
  });

  it('refuses a tampered ciphertext, one moved to another field, and one under a key it does not hold', () => {
    const sealed = keyring.encrypt('customer_phone', '13812345678');
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => keyring.decrypt('customer_phone', tampered)).toThrow();
    expect(() => keyring.decrypt('customer_id_number', sealed)).toThrow();
    const other = keyringOf(new Map([[8, randomBytes(32)]]), 8);
    expect(() => other.decrypt('customer_phone', sealed)).toThrow(/data key 7, which is not loaded/);
    expect(() => keyring.decrypt('customer_phone', Buffer.from('13812345678'))).toThrow(/not a personal-data ciphertext/);
  });

  it('reads values sealed under an older data key while sealing new ones under the current', () => {
    const older = keyring.encrypt('customer_phone', '13900000000');
    const rotated = keyringOf(
      new Map([
        [7, dataKey],
        [9, randomBytes(32)],
      ]),
      9,
    );
    expect(rotated.decrypt('customer_phone', older)).toBe('13900000000');
    expect(PiiKeyring.dataKeyIdOf(rotated.encrypt('customer_phone', '13900000000'))).toBe(9);
  });

  it('gives a blind index equal for the same number however formatted, different across fields and keys', () => {
    const index = randomBytes(32);
    const k = keyringOf(new Map([[1, dataKey]]), 1, index);
    expect(k.blindIndex('customer_phone', '138-1234-5678')).toEqual(k.blindIndex('customer_phone', '13812345678'));
    expect(k.blindIndex('customer_id_number', '11010519491231002x')).toEqual(k.blindIndex('customer_id_number', '11010519491231002X'));
    expect(k.blindIndex('customer_phone', '13812345678')).not.toEqual(k.blindIndex('customer_phone', '13812345679'));
    expect(k.blindIndex('customer_phone', '13812345678')).not.toEqual(k.blindIndex('customer_id_number', '13812345678'));
    expect(k.blindIndex('customer_phone', '13812345678')).not.toEqual(
      keyringOf(new Map([[1, dataKey]]), 1).blindIndex('customer_phone', '13812345678'),
    );
    expect(k.blindIndex('customer_phone', '13812345678')).toHaveLength(16);
  });

  it('wraps data keys under a master key, bound to its id', () => {
    const { key, wrapped } = newDataKey(master);
    expect(unwrapDataKey(master, wrapped)).toEqual(key);
    expect(() => unwrapDataKey({ id: 'm2', key: master.key }, wrapped)).toThrow();
    expect(() => unwrapDataKey({ id: 'm1', key: randomBytes(32) }, wrapped)).toThrow();
    const m2 = { id: 'm2', key: randomBytes(32) };
    expect(unwrapDataKey(m2, wrapDataKey(m2, key))).toEqual(key);
  });
});

describe('master key configuration', () => {
  const k = () => randomBytes(32).toString('base64');

  it('reads id:base64key entries, the first the current one', () => {
    const [a, b] = [k(), k()];
    expect(parseMasterKeys(`new:${a}, old:${b}`).map((m) => [m.id, m.key.toString('base64')])).toEqual([
      ['new', a],
      ['old', b],
    ]);
  });

  it.each([
    ['', /at least one/],
    [`no-colon`, /id:base64key/],
    [`a:${randomBytes(16).toString('base64')}`, /32 bytes/],
    [`a:not base64!`, /32 bytes/],
    [`bad id:${randomBytes(32).toString('base64')}`, /id:base64key/],
    [`a:${randomBytes(32).toString('base64')},a:${randomBytes(32).toString('base64')}`, /distinct/],
  ])('refuses %j', (value, problem) => {
    expect(masterKeysProblem(value)).toMatch(problem);
  });

  it('calls a key without randomness weak', () => {
    expect(keyWeakness(Buffer.alloc(32, 1))).toMatch(/variety/);
    expect(keyWeakness(randomBytes(32))).toBeNull();
    expect(() => decodeKey(Buffer.alloc(31).toString('base64'), 'PII_INDEX_KEY')).toThrow(/PII_INDEX_KEY must be 32 bytes/);
  });
});
