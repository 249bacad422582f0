import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module';
import { PersonalDataRetentionService } from './personal-data-retention.service';

/** Anonymisation past the retention period, a periodic task of the worker role. */
@Module({
  imports: [TicketsModule],
  providers: [PersonalDataRetentionService],
  exports: [PersonalDataRetentionService],
})
export class PrivacyWorkerModule {}
