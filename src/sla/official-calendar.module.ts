import { Global, Module } from '@nestjs/common';
import { OfficialCalendarRepository } from './official-calendar.repository';
import { OfficialCalendarService } from './official-calendar.service';

/**
 * The official calendar every process holds in memory: working-day arithmetic, readiness warnings
 * and the coverage metric read the same data, kept current by LISTEN/NOTIFY.
 */
@Global()
@Module({
  providers: [OfficialCalendarRepository, OfficialCalendarService],
  exports: [OfficialCalendarRepository, OfficialCalendarService],
})
export class OfficialCalendarModule {}
