import { generateKeyPairSync, sign } from 'node:crypto';
import { Jwk, verifyJws } from './jws';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function signed(alg: 'RS256' | 'ES256', kid: string, payload: object) {
  const pair = alg === 'RS256' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const input = `${b64({ alg, kid })}.${b64(payload)}`;
  const signature = sign(
    'sha256',
    Buffer.from(input),
    alg === 'ES256' ? { key: pair.privateKey, dsaEncoding: 'ieee-p1363' } : pair.privateKey,
  );
  const jwk = { ...pair.publicKey.export({ format: 'jwk' }), kid } as Jwk;
  return { token: `${input}.${signature.toString('base64url')}`, jwk };
}

describe('JWS verification', () => {
  it.each(['RS256', 'ES256'] as const)('accepts a %s token signed by a published key', (alg) => {
    const { token, jwk } = signed(alg, 'k1', { sub: 'u1' });
    expect(verifyJws(token, [jwk]).payload).toEqual({ sub: 'u1' });
  });

  it('refuses a changed payload, another key, alg none and HMAC', () => {
    const { token, jwk } = signed('RS256', 'k1', { sub: 'u1' });
    const [h, , s] = token.split('.');
    expect(() => verifyJws(`${h}.${b64({ sub: 'admin' })}.${s}`, [jwk])).toThrow('signature does not verify');
    const other = signed('RS256', 'k1', { sub: 'u1' }).jwk;
    expect(() => verifyJws(token, [other])).toThrow('signature does not verify');
    expect(() => verifyJws(`${b64({ alg: 'none' })}.${b64({ sub: 'u1' })}.`, [jwk])).toThrow('algorithm none is not accepted');
    expect(() => verifyJws(`${b64({ alg: 'HS256', kid: 'k1' })}.${b64({ sub: 'u1' })}.${s}`, [jwk])).toThrow('algorithm HS256');
    expect(() => verifyJws(token, [{ ...jwk, kid: 'k2' }])).toThrow('no key');
  });
});
