import { Injectable } from '@nestjs/common';
import { RequestActor } from '../auth/actor';
import { DeadlinePolicy } from '../sla/deadline-policy';
import { StageView, TicketDeadlines } from './dto/ticket-view.dto';
import { TicketAccessService } from './ticket-access.service';
import { TicketReadRepository } from './ticket-read.repository';
import { TicketTransitionService } from './ticket-transition.service';

/** Why each deadline of a ticket falls where it does, explained by the deadline service from the ticket's policy and the owner's calendar. */
@Injectable()
export class TicketDeadlinesService {
  constructor(
    private readonly tickets: TicketReadRepository,
    private readonly access: TicketAccessService,
    private readonly deadlines: DeadlinePolicy,
  ) {}

  async explain(actor: RequestActor, id: string): Promise<TicketDeadlines> {
    const ticket = await this.access.visible(actor, id);
    const [, stages] = await this.tickets.history(id);
    const facts = TicketTransitionService.factsOf(ticket);
    const explained = await Promise.all(
      stages.map(async (s) => ({
        ...StageView.of(s),
        explanation: await this.deadlines.explain(facts, s.kind, s.ownerUnitId, s.startedAt, s.dueAt),
      })),
    );
    return { ticketId: ticket.id, stages: explained };
  }
}
