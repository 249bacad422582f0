import type { ValueTransformer } from 'typeorm';
import type { PersonalField, PiiKeyring } from './pii-crypto';

/**
 * The keyring the entity columns encrypt and decrypt with, installed once per process at boot
 * (PiiKeysService) before any request or job runs. It is process state rather than a provider because
 * TypeORM's column transformers are declared on the entity class, outside dependency injection; it
 * holds only what the configuration and the data-key table already determine, so every process that
 * has booted holds the same keys.
 */
let installed: PiiKeyring | null = null;

export function installPiiKeyring(keyring: PiiKeyring | null): void {
  installed = keyring;
}

export function piiKeyring(): PiiKeyring {
  if (!installed) throw new Error('personal-data keys are not loaded (PiiKeysService loads them at boot)');
  return installed;
}

/** A column stored as AES-256-GCM ciphertext (bytea) and read as its plaintext string. */
export function encryptedColumn(field: PersonalField): ValueTransformer {
  return {
    to: (value: string | null | undefined) => (value === null || value === undefined ? value : piiKeyring().encrypt(field, value)),
    from: (value: Buffer | null) => (value === null ? null : piiKeyring().decrypt(field, value)),
  };
}
