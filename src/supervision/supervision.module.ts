import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { SupervisionController } from './supervision.controller';
import { SupervisionService } from './supervision.service';

@Module({ imports: [OrgModule], controllers: [SupervisionController], providers: [SupervisionService] })
export class SupervisionModule {}
