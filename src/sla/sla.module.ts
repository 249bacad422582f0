import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { CalendarOverrideRepository } from './calendar-override.repository';
import { CalendarRecomputeRepository } from './calendar-recompute.repository';
import { CalendarRecomputeService } from './calendar-recompute.service';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { DeadlinePolicy } from './deadline-policy';
import { DeadlinePreviewController } from './deadline-preview.controller';
import { DeadlineService } from './deadline.service';
import { OfficialCalendarImportService } from './official-calendar-import.service';
import { OfficialCalendarController } from './official-calendar.controller';
import { SlaPolicyController } from './sla-policy.controller';
import { SlaPolicyRepository } from './sla-policy.repository';
import { SlaPolicyService } from './sla-policy.service';

/** SLA policies, unit calendars and deadline arithmetic; the lifecycle depends only on DeadlinePolicy. */
@Module({
  imports: [OrgModule, TaxonomyModule],
  controllers: [SlaPolicyController, CalendarController, OfficialCalendarController, DeadlinePreviewController],
  providers: [
    SlaPolicyRepository,
    CalendarOverrideRepository,
    CalendarRecomputeRepository,
    SlaPolicyService,
    CalendarService,
    CalendarRecomputeService,
    OfficialCalendarImportService,
    DeadlineService,
    { provide: DeadlinePolicy, useExisting: DeadlineService },
  ],
  exports: [SlaPolicyService, CalendarService, OfficialCalendarImportService, DeadlineService, DeadlinePolicy],
})
export class SlaModule {}
