import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { DeadlinePolicy } from './deadline-policy';
import { DeadlinePreviewController } from './deadline-preview.controller';
import { DeadlineService } from './deadline.service';
import { SlaPolicyController } from './sla-policy.controller';
import { SlaPolicyService } from './sla-policy.service';

/** SLA policies, unit calendars and deadline arithmetic; the lifecycle depends only on DeadlinePolicy. */
@Module({
  imports: [OrgModule],
  controllers: [SlaPolicyController, CalendarController, DeadlinePreviewController],
  providers: [SlaPolicyService, CalendarService, DeadlineService, { provide: DeadlinePolicy, useExisting: DeadlineService }],
  exports: [SlaPolicyService, CalendarService, DeadlineService, DeadlinePolicy],
})
export class SlaModule {}
