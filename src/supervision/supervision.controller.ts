import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, RequestActor, Policy } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { DueSoonQuery, OrdersQuery, QueuePage, QueueQuery, SupervisionOrderPage } from './dto/queue.dto';
import { SupervisionService } from './supervision.service';
import { ReplicaRead } from '../database/replica-read.decorator';

@ApiTags('supervision')
@ApiBearerAuth()
@ProblemResponses(403)
@Controller('api/v1/supervision')
export class SupervisionController {
  constructor(private readonly supervision: SupervisionService) {}

  @Get('overdue')
  @Policy('supervision.overdue')
  @ReplicaRead()
  @ApiOperation({ summary: 'Open stages past their deadline in a subtree, by due time' })
  @ApiOkResponse({ type: QueuePage })
  overdue(@Actor() a: RequestActor, @Query() q: QueueQuery): Promise<QueuePage> {
    return this.supervision.queue(a, 'overdue', q);
  }

  @Get('at-risk')
  @Policy('supervision.atRisk')
  @ReplicaRead()
  @ApiOperation({ summary: 'Open stages warned (past 90 %) but not yet due, by due time' })
  @ApiOkResponse({ type: QueuePage })
  atRisk(@Actor() a: RequestActor, @Query() q: QueueQuery): Promise<QueuePage> {
    return this.supervision.queue(a, 'at_risk', q);
  }

  @Get('due-soon')
  @Policy('supervision.dueSoon')
  @ReplicaRead()
  @ApiOperation({ summary: 'Open stages due within a window, by due time' })
  @ApiOkResponse({ type: QueuePage })
  dueSoon(@Actor() a: RequestActor, @Query() q: DueSoonQuery): Promise<QueuePage> {
    return this.supervision.queue(a, 'due_soon', q);
  }

  @Get('orders')
  @Policy('supervision.orders')
  @ReplicaRead()
  @ApiOperation({ summary: 'Supervision orders issued by or to units of a subtree' })
  @ApiOkResponse({ type: SupervisionOrderPage })
  orders(@Actor() a: RequestActor, @Query() q: OrdersQuery): Promise<SupervisionOrderPage> {
    return this.supervision.orders(a, q);
  }
}
