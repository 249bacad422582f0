import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Envelope encryption of customers' personal data (AES-256-GCM) and its keyed blind index
 * (HMAC-SHA256). Pure: no Nest, no database. Master keys come from the configuration and only ever
 * wrap data keys; data keys (stored wrapped, see pii-key.repository.ts) encrypt the fields.
 */

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The first byte of every field ciphertext: its layout, so a later one can be told apart. */
const FIELD_FORMAT = 1;
/** Format byte + data key id (uint32) + IV + tag. */
const FIELD_HEADER = 1 + 4 + IV_BYTES + TAG_BYTES;
/** Bytes of the HMAC kept as the blind index: 128 bits make a collision between two customers negligible. */
const INDEX_BYTES = 16;

export interface MasterKey {
  id: string;
  key: Buffer;
}

/** A data key as stored: wrapped under the master key `kekId`. */
export interface WrappedDataKey {
  id: number;
  kekId: string;
  wrapped: Buffer;
}

/** Fields that are encrypted; the name is bound to the ciphertext, so a value moved to another field does not decrypt. */
export type PersonalField = 'customer_name' | 'customer_phone' | 'customer_id_number';
/** Fields that have a blind index. */
export type IndexedField = 'customer_phone' | 'customer_id_number';

const MASTER_KEY_ID = /^[A-Za-z0-9_.-]{1,32}$/;

/** Why a `PII_MASTER_KEYS` value is unusable, or null. Format: `id:base64key[,id:base64key…]`, the first one current. */
export function masterKeysProblem(value: string): string | null {
  try {
    parseMasterKeys(value);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

export function parseMasterKeys(value: string): MasterKey[] {
  const keys = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.indexOf(':');
      const id = entry.slice(0, colon);
      if (colon < 0 || !MASTER_KEY_ID.test(id)) throw new Error('each entry must be id:base64key, the id 1-32 letters, digits, _ . -');
      return { id, key: decodeKey(entry.slice(colon + 1), `key ${id}`) };
    });
  if (keys.length === 0) throw new Error('needs at least one id:base64key');
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new Error('key ids must be distinct');
  return keys;
}

/** A 32-byte key given in base64. */
export function decodeKey(base64: string, what: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== KEY_BYTES || key.toString('base64').replace(/=+$/, '') !== base64.replace(/=+$/, '')) {
    throw new Error(`${what} must be ${KEY_BYTES} bytes in base64 (generate one with: openssl rand -base64 32)`);
  }
  return key;
}

/** Why a key is unfit for production although well formed: a random 32-byte key has about 30 distinct bytes. */
export function keyWeakness(key: Buffer): string | null {
  return new Set(key).size < 16 ? 'has too little variety (fewer than 16 distinct bytes); use a random key' : null;
}

function seal(key: Buffer, plain: Buffer, aad: Buffer): { iv: Buffer; tag: Buffer; body: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), body };
}

function open(key: Buffer, iv: Buffer, tag: Buffer, body: Buffer, aad: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

const wrapAad = (kekId: string) => Buffer.from(`pii-data-key:${kekId}`);

/** A new random data key, and its wrapping under `master` (IV ‖ tag ‖ ciphertext). */
export function newDataKey(master: MasterKey): { key: Buffer; wrapped: Buffer } {
  const key = randomBytes(KEY_BYTES);
  return { key, wrapped: wrapDataKey(master, key) };
}

export function wrapDataKey(master: MasterKey, key: Buffer): Buffer {
  const { iv, tag, body } = seal(master.key, key, wrapAad(master.id));
  return Buffer.concat([iv, tag, body]);
}

export function unwrapDataKey(master: MasterKey, wrapped: Buffer): Buffer {
  return open(
    master.key,
    wrapped.subarray(0, IV_BYTES),
    wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES),
    wrapped.subarray(IV_BYTES + TAG_BYTES),
    wrapAad(master.id),
  );
}

/** Normal form for the blind index: formatting (spaces, hyphens) dropped and letters upper-cased (an ID number's check letter x/X). */
export function normalise(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * The data keys unwrapped in memory, the current one for new values, and the blind-index key. One
 * AES-GCM operation per field and one HMAC per indexed field; nothing here touches the database.
 */
export class PiiKeyring {
  private readonly aad = new Map<PersonalField, Buffer>();

  constructor(
    private readonly dataKeys: ReadonlyMap<number, Buffer>,
    private readonly currentId: number,
    private readonly indexKey: Buffer,
  ) {
    if (!dataKeys.has(currentId)) throw new Error(`data key ${currentId} is not loaded`);
  }

  /** Format byte ‖ data key id ‖ IV ‖ tag ‖ ciphertext. */
  encrypt(field: PersonalField, value: string): Buffer {
    const header = Buffer.alloc(5);
    header.writeUInt8(FIELD_FORMAT, 0);
    header.writeUInt32BE(this.currentId, 1);
    const { iv, tag, body } = seal(this.dataKeys.get(this.currentId)!, Buffer.from(value, 'utf8'), this.aadOf(field));
    return Buffer.concat([header, iv, tag, body]);
  }

  decrypt(field: PersonalField, sealed: Buffer): string {
    if (sealed.length < FIELD_HEADER || sealed.readUInt8(0) !== FIELD_FORMAT) throw new Error(`${field}: not a personal-data ciphertext`);
    const keyId = sealed.readUInt32BE(1);
    const key = this.dataKeys.get(keyId);
    if (!key) throw new Error(`${field}: encrypted under data key ${keyId}, which is not loaded`);
    const iv = sealed.subarray(5, 5 + IV_BYTES);
    const tag = sealed.subarray(5 + IV_BYTES, FIELD_HEADER);
    return open(key, iv, tag, sealed.subarray(FIELD_HEADER), this.aadOf(field)).toString('utf8');
  }

  /** The keyed blind index of a value: equal for equal normal forms, meaningless without the index key. */
  blindIndex(field: IndexedField, value: string): Buffer {
    return createHmac('sha256', this.indexKey)
      .update(`${field}\0${normalise(value)}`)
      .digest()
      .subarray(0, INDEX_BYTES);
  }

  /** The data key id a ciphertext was sealed with. */
  static dataKeyIdOf(sealed: Buffer): number {
    return sealed.readUInt32BE(1);
  }

  private aadOf(field: PersonalField): Buffer {
    let aad = this.aad.get(field);
    if (!aad) this.aad.set(field, (aad = Buffer.from(field)));
    return aad;
  }
}
