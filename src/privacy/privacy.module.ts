import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataRepository } from './personal-data.repository';
import { PersonalDataService } from './personal-data.service';

/** Subject-access export and erasure on request (API role). */
@Module({
  imports: [TicketsModule],
  controllers: [PersonalDataController],
  providers: [PersonalDataRepository, PersonalDataService],
})
export class PrivacyModule {}
