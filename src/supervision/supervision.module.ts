import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { TicketsModule } from '../tickets/tickets.module';
import { KpiController } from './kpi.controller';
import { KpiRepository } from './kpi.repository';
import { KpiService } from './kpi.service';
import { SupervisionController } from './supervision.controller';
import { SupervisionService } from './supervision.service';
import { SupervisionRepository } from './supervision.repository';

@Module({
  imports: [OrgModule, TicketsModule],
  controllers: [SupervisionController, KpiController],
  providers: [SupervisionService, SupervisionRepository, KpiRepository, KpiService],
  exports: [SupervisionService, KpiService],
})
export class SupervisionModule {}
