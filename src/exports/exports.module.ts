import { Module } from '@nestjs/common';
import { SupervisionModule } from '../supervision/supervision.module';
import { TicketsModule } from '../tickets/tickets.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [TicketsModule, SupervisionModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
