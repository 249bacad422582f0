import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { installPiiKeyring } from './pii-columns';
import { decodeKey, IndexedField, parseMasterKeys, PiiKeyring } from './pii-crypto';
import { openKeyring } from './pii-key.repository';

/**
 * Loads the personal-data keys at boot: unwraps every stored data key with the master keys of the
 * configuration (creating the first data key if there is none) and installs the keyring the ticket
 * columns encrypt and decrypt with. Unwrapped keys stay in memory, so a field costs one AES-GCM
 * operation and a look-up one HMAC; a master key that is missing or wrong stops the boot.
 */
@Injectable()
export class PiiKeysService implements OnModuleInit {
  private keyring: PiiKeyring | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
  ) {}

  async onModuleInit(): Promise<void> {
    const masters = parseMasterKeys(this.config.PII_MASTER_KEYS);
    const indexKey = decodeKey(this.config.PII_INDEX_KEY, 'PII_INDEX_KEY');
    this.keyring = await this.transactions.run((tx) => openKeyring(tx, masters, indexKey));
    installPiiKeyring(this.keyring);
  }

  /** The keyed blind index of a phone or ID number, for looking a customer's tickets up. */
  blindIndex(field: IndexedField, value: string): Buffer {
    if (!this.keyring) throw new Error('personal-data keys are not loaded yet');
    return this.keyring.blindIndex(field, value);
  }
}
