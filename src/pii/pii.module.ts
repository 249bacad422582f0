import { Global, Module } from '@nestjs/common';
import { PiiKeysService } from './pii-keys.service';

/** Customers' personal data at rest: the keys that encrypt it and the blind index that finds it. */
@Global()
@Module({ providers: [PiiKeysService], exports: [PiiKeysService] })
export class PiiModule {}
