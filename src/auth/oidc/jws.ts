import { createPublicKey, JsonWebKey, KeyObject, verify } from 'node:crypto';

/**
 * Verification of a compact JWS (an ID token or a logout token) against a provider's JSON Web Key
 * Set, with node's crypto only. Asymmetric algorithms only: `none` and the HMAC family are refused,
 * so a token can never be "signed" with a value the attacker knows, such as the client secret.
 */
const ALGORITHMS: Record<
  string,
  { kty: string; hash: string | null; options?: { padding?: number; saltLength?: number; dsaEncoding?: 'ieee-p1363' } }
> = {
  RS256: { kty: 'RSA', hash: 'sha256' },
  RS384: { kty: 'RSA', hash: 'sha384' },
  RS512: { kty: 'RSA', hash: 'sha512' },
  PS256: { kty: 'RSA', hash: 'sha256', options: { padding: 6, saltLength: 32 } },
  PS384: { kty: 'RSA', hash: 'sha384', options: { padding: 6, saltLength: 48 } },
  PS512: { kty: 'RSA', hash: 'sha512', options: { padding: 6, saltLength: 64 } },
  ES256: { kty: 'EC', hash: 'sha256', options: { dsaEncoding: 'ieee-p1363' } },
  ES384: { kty: 'EC', hash: 'sha384', options: { dsaEncoding: 'ieee-p1363' } },
  ES512: { kty: 'EC', hash: 'sha512', options: { dsaEncoding: 'ieee-p1363' } },
  EdDSA: { kty: 'OKP', hash: null },
};

export interface Jwk extends JsonWebKey {
  kid?: string;
  kty?: string;
  use?: string;
  alg?: string;
}

export class JwsError extends Error {}

export interface VerifiedJws {
  header: { alg: string; kid?: string; typ?: string };
  payload: Record<string, unknown>;
}

const decodeJson = (part: string): Record<string, unknown> => {
  const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new JwsError('not a JSON object');
  return value as Record<string, unknown>;
};

/** The key id a token names, to tell "refresh the key set" from "bad signature". */
export function jwsKeyId(token: string): string | undefined {
  try {
    const kid = decodeJson(token.split('.')[0]).kid;
    return typeof kid === 'string' ? kid : undefined;
  } catch {
    return undefined;
  }
}

export function verifyJws(token: string, keys: readonly Jwk[]): VerifiedJws {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) throw new JwsError('not a compact JWS');
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    header = decodeJson(parts[0]);
    payload = decodeJson(parts[1]);
  } catch {
    throw new JwsError('undecodable header or payload');
  }
  const alg = typeof header.alg === 'string' ? header.alg : '';
  const spec = ALGORITHMS[alg];
  if (!spec) throw new JwsError(`algorithm ${alg || '(none)'} is not accepted`);
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const candidates = keys.filter(
    (k) => k.kty === spec.kty && (!kid || k.kid === kid) && (!k.use || k.use === 'sig') && (!k.alg || k.alg === alg),
  );
  if (candidates.length === 0) throw new JwsError(`no key ${kid ?? ''} of the provider fits the token`);
  const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
  const signature = Buffer.from(parts[2], 'base64url');
  for (const jwk of candidates) {
    let key: KeyObject;
    try {
      key = createPublicKey({ key: jwk, format: 'jwk' });
    } catch {
      continue;
    }
    if (verify(spec.hash, signed, { key, ...spec.options }, signature)) {
      return { header: { alg, kid, typ: typeof header.typ === 'string' ? header.typ : undefined }, payload };
    }
  }
  throw new JwsError('signature does not verify');
}
