import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RequestActor } from '../auth/actor';
import { mayDispatchTo } from '../auth/policy/identity';
import { Clock } from '../common/clock';
import { ConflictError, UnprocessableError } from '../common/domain-error';
import { MetricsService } from '../metrics/metrics.service';
import { OrgService } from '../org/org.service';
import { RoutingService } from '../routing/routing.service';
import { Command, TargetUnit } from './domain/ticket-state-machine';
import * as D from './dto/commands.dto';
import { AttachmentDto, CustomerUpdateDto } from './dto/intake.dto';
import { AttachmentView, TicketView } from './dto/ticket-view.dto';
import { TicketAccessService } from './ticket-access.service';
import { TicketReadRepository } from './ticket-read.repository';
import { TicketAttachment } from './ticket-support.entity';
import { TicketTransitionService } from './ticket-transition.service';

/** Turns API requests into state-machine commands (resolving units against the org tree) and runs them. */
@Injectable()
export class TicketCommandService {
  constructor(
    private readonly tickets: TicketReadRepository,
    private readonly transitions: TicketTransitionService,
    private readonly access: TicketAccessService,
    private readonly org: OrgService,
    private readonly routing: RoutingService,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  private async run(actor: RequestActor, id: string, command: Command, requestId?: string): Promise<TicketView> {
    const ticket = await this.transitions.execute(actor, id, command, { requestId });
    return TicketView.of(ticket, { reveal: false });
  }

  /** A target is in scope when the caller's unit may send the ticket there (the policy's dispatch scope). */
  private async target(actor: RequestActor, unitId: string): Promise<TargetUnit> {
    const unit = await this.tickets.unit(unitId);
    if (!unit) throw new UnprocessableError('UNKNOWN_UNIT', 'target unit does not exist');
    return {
      unitId: unit.id,
      tier: unit.tier,
      inActorScope: mayDispatchTo(actor, unit),
    };
  }

  private date(value: string): Date {
    return new Date(value);
  }

  regrade(a: RequestActor, id: string, d: D.RegradeDto, rid?: string) {
    return this.run(a, id, { type: 'regrade', level: d.level, reason: d.reason }, rid);
  }
  resolve(a: RequestActor, id: string, d: D.ResolveAtCentreDto, rid?: string) {
    return this.run(a, id, { type: 'resolve_at_centre', note: d.note }, rid);
  }
  async dispatch(a: RequestActor, id: string, d: D.DispatchDto, rid?: string) {
    let unitId = d.targetUnitId;
    if (!unitId) {
      const t = await this.access.visible(a, id);
      const match = await this.routing.evaluate({
        provinceUnitId: t.provinceId,
        businessType: t.businessType,
        natures: t.natures,
        customerTier: t.customerTier,
      });
      if (!match) throw new UnprocessableError('NO_ROUTE', 'no routing rule matches; name targetUnitId');
      unitId = match.rule.targetUnitId;
    }
    return this.run(a, id, { type: 'dispatch', target: await this.target(a, unitId), note: d.note }, rid);
  }
  sign(a: RequestActor, id: string, rid?: string) {
    return this.run(a, id, { type: 'sign' }, rid);
  }
  returnTicket(a: RequestActor, id: string, d: D.ReturnDto, rid?: string) {
    return this.run(a, id, { type: 'return', reason: d.reason, text: d.text }, rid);
  }
  async transfer(a: RequestActor, id: string, d: D.TransferDto, rid?: string) {
    return this.run(a, id, { type: 'transfer', target: await this.target(a, d.targetUnitId), reason: d.reason }, rid);
  }
  async addCohandling(a: RequestActor, id: string, d: D.AddCohandlingDto, rid?: string) {
    return this.run(
      a,
      id,
      { type: 'add_cohandling', target: await this.target(a, d.unitId), task: d.task, dueAt: this.date(d.dueAt) },
      rid,
    );
  }
  cancelCohandling(a: RequestActor, id: string, unitId: string, d: D.ReasonDto, rid?: string) {
    return this.run(a, id, { type: 'cancel_cohandling', unitId, reason: d.reason }, rid);
  }
  cohandlingOpinion(a: RequestActor, id: string, d: D.OpinionDto, rid?: string) {
    return this.run(a, id, { type: 'cohandling_opinion', opinion: d.opinion }, rid);
  }
  requestExtension(a: RequestActor, id: string, d: D.RequestExtensionDto, rid?: string) {
    return this.run(a, id, { type: 'request_extension', requestedDueAt: this.date(d.requestedDueAt), reason: d.reason }, rid);
  }
  async approveExtension(a: RequestActor, id: string, d: D.ApproveExtensionDto, rid?: string) {
    const t = await this.access.visible(a, id);
    const dueAt = d.dueAt ? this.date(d.dueAt) : t.pendingExtensionDueAt;
    if (!dueAt) throw new ConflictError('NO_PENDING_EXTENSION', 'no extension request is pending');
    return this.run(a, id, { type: 'approve_extension', newDueAt: dueAt, note: d.note }, rid);
  }
  rejectExtension(a: RequestActor, id: string, d: D.ReasonDto, rid?: string) {
    return this.run(a, id, { type: 'reject_extension', reason: d.reason }, rid);
  }
  async escalateForHelp(a: RequestActor, id: string, d: D.ReasonDto, rid?: string) {
    const t = await this.access.visible(a, id);
    const owner = await this.tickets.unitOrFail(t.ownerUnitId);
    const [parent] = await this.org.ancestors(owner);
    if (!parent) throw new ConflictError('NO_PARENT_TIER', 'the national centre has no higher tier');
    return this.run(a, id, { type: 'escalate_for_help', reason: d.reason, parentUnitId: parent.id }, rid);
  }
  submitFeedback(a: RequestActor, id: string, d: D.FeedbackDto, rid?: string) {
    return this.run(a, id, { type: 'submit_feedback', result: d.result }, rid);
  }
  reportAnalysisSchedule(a: RequestActor, id: string, d: D.AnalysisScheduleDto, rid?: string) {
    return this.run(a, id, { type: 'report_analysis_schedule', dueAt: this.date(d.dueAt), plan: d.plan }, rid);
  }
  submitAnalysis(a: RequestActor, id: string, d: D.AnalysisDto, rid?: string) {
    return this.run(
      a,
      id,
      { type: 'submit_analysis', analysis: d.analysis, decision: d.decision, reason: d.reason, effectiveFrom: d.effectiveFrom },
      rid,
    );
  }
  acceptFeedback(a: RequestActor, id: string, d: D.NoteDto, rid?: string) {
    return this.run(a, id, { type: 'accept_feedback', note: d.note }, rid);
  }
  rejectFeedback(a: RequestActor, id: string, d: D.ReasonDto, rid?: string) {
    return this.run(a, id, { type: 'reject_feedback', reason: d.reason }, rid);
  }
  progressReply(a: RequestActor, id: string, d: D.TextDto, rid?: string) {
    return this.run(a, id, { type: 'progress_reply', text: d.text }, rid);
  }
  reply(a: RequestActor, id: string, d: D.TextDto, rid?: string) {
    return this.run(a, id, { type: 'reply', text: d.text }, rid);
  }
  async close(a: RequestActor, id: string, d: D.CloseDto, rid?: string) {
    // The responsible unit is counted in responsibility statistics, so it must be a unit that exists.
    if (d.responsibleUnitId !== undefined && !(await this.tickets.unitExists(d.responsibleUnitId))) {
      throw new UnprocessableError('UNKNOWN_UNIT', 'responsibleUnitId names no unit');
    }
    return this.run(a, id, { type: 'close', ...d }, rid);
  }
  revisit(a: RequestActor, id: string, d: D.RevisitDto, rid?: string) {
    return this.run(a, id, { type: 'revisit', result: d.result, cause: d.cause, note: d.note }, rid);
  }
  urge(a: RequestActor, id: string, d: D.UrgeDto, rid?: string) {
    return this.run(a, id, { type: 'urge', note: d.note }, rid);
  }
  async supervise(a: RequestActor, id: string, d: D.SuperviseDto, rid?: string) {
    const view = await this.run(a, id, { type: 'supervise', note: d.note, dueAt: d.dueAt === undefined ? null : this.date(d.dueAt) }, rid);
    this.metrics.supervisionOrderIssued('supervisor');
    return view;
  }
  withdraw(a: RequestActor, id: string, d: D.ReasonDto, rid?: string) {
    return this.run(a, id, { type: 'withdraw', reason: d.reason }, rid);
  }
  archive(a: RequestActor, id: string, rid?: string) {
    return this.run(a, id, { type: 'archive' }, rid);
  }

  /** Customer updates and attachments add to the history without changing the ticket's state. */
  async customerUpdate(a: RequestActor, id: string, d: CustomerUpdateDto, rid?: string): Promise<TicketView> {
    const ticket = await this.transitions.annotate(
      a,
      id,
      'tickets.customerUpdate',
      { type: 'customer.updated', data: { text: d.text } },
      { requestId: rid },
    );
    return TicketView.of(ticket, { reveal: false });
  }

  async addAttachment(a: RequestActor, id: string, d: AttachmentDto, rid?: string): Promise<AttachmentView> {
    const attachment = Object.assign(new TicketAttachment(), {
      ...d,
      id: randomUUID(),
      checksum: d.checksum ?? null,
      ticketId: id,
      addedBy: a.id,
      createdAt: this.clock.now(),
    });
    await this.transitions.annotate(
      a,
      id,
      'tickets.addAttachment',
      { type: 'attachment.added', data: { attachmentId: attachment.id, name: d.name, contentType: d.contentType, size: d.size } },
      { attachment, requestId: rid },
    );
    return AttachmentView.of(attachment);
  }
}
