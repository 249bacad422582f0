import { Injectable } from '@nestjs/common';
import { RequestActor } from '../auth/actor';
import { identityFacts } from '../auth/policy/identity';
import { identityMay, OperationKey, POLICY, relationRefusal } from '../auth/policy/policy';
import { Clock } from '../common/clock';
import { formFieldsOf } from '../common/form-fields';
import { OrgService } from '../org/org.service';
import { availableCommands } from './domain/ticket-actions';
import type { CommandType } from './domain/ticket-commands';
import { annotate } from './domain/ticket-system-commands';
import { COMMAND_OPERATIONS } from './domain/ticket-transition-rules';
import * as D from './dto/commands.dto';
import { AttachmentDto, CustomerUpdateDto } from './dto/intake.dto';
import { ActionField, TicketAction, TicketActions } from './dto/ticket-actions.dto';
import { TicketAccessRepository } from './ticket-access.repository';
import { TicketAccessService } from './ticket-access.service';
import { TicketReadRepository } from './ticket-read.repository';
import { TicketTransitionService } from './ticket-transition.service';

type Body = abstract new () => unknown;
interface Route {
  /** Below /api/v1/tickets/{id}/, as the controller declares it. */
  path: string;
  body: Body | null;
}

/** Where each command is sent and the body it takes (a unit test holds this to the controller's routes). */
export const COMMAND_ROUTES: { readonly [T in CommandType]: Route } = {
  regrade: { path: 'regrade', body: D.RegradeDto },
  resolve_at_centre: { path: 'resolve', body: D.ResolveAtCentreDto },
  dispatch: { path: 'dispatch', body: D.DispatchDto },
  sign: { path: 'sign', body: null },
  return: { path: 'return', body: D.ReturnDto },
  transfer: { path: 'transfer', body: D.TransferDto },
  add_cohandling: { path: 'cohandling', body: D.AddCohandlingDto },
  cancel_cohandling: { path: 'cohandling/:unitId/cancel', body: D.ReasonDto },
  cohandling_opinion: { path: 'cohandling/opinion', body: D.OpinionDto },
  request_extension: { path: 'extensions', body: D.RequestExtensionDto },
  approve_extension: { path: 'extensions/approve', body: D.ApproveExtensionDto },
  reject_extension: { path: 'extensions/reject', body: D.ReasonDto },
  escalate_for_help: { path: 'escalate', body: D.ReasonDto },
  submit_feedback: { path: 'feedback', body: D.FeedbackDto },
  report_analysis_schedule: { path: 'analysis-schedule', body: D.AnalysisScheduleDto },
  submit_analysis: { path: 'analysis', body: D.AnalysisDto },
  accept_feedback: { path: 'feedback/accept', body: D.NoteDto },
  reject_feedback: { path: 'feedback/reject', body: D.ReasonDto },
  progress_reply: { path: 'progress-replies', body: D.TextDto },
  reply: { path: 'reply', body: D.TextDto },
  close: { path: 'close', body: D.CloseDto },
  revisit: { path: 'revisit', body: D.RevisitDto },
  urge: { path: 'urge', body: D.UrgeDto },
  supervise: { path: 'supervision-orders', body: D.SuperviseDto },
  withdraw: { path: 'withdraw', body: D.ReasonDto },
  archive: { path: 'archive', body: null },
};

/** Additions to a ticket's history that change no state: the policy and the archive rule decide them. */
export const ANNOTATION_ROUTES: readonly (Route & {
  operation: Extract<OperationKey, 'tickets.customerUpdate' | 'tickets.addAttachment'>;
})[] = [
  { operation: 'tickets.customerUpdate', path: 'customer-updates', body: CustomerUpdateDto },
  { operation: 'tickets.addAttachment', path: 'attachments', body: AttachmentDto },
];

const FIELDS = new Map<Body, ActionField[]>();
/** A body's fields, read once per class from its validation metadata. */
function fieldsOf(body: Body | null): ActionField[] {
  if (!body) return [];
  if (!FIELDS.has(body)) FIELDS.set(body, formFieldsOf(body));
  return FIELDS.get(body)!;
}

/** The actions a caller may take on a ticket now: what the commands' own policy and state machine would accept. */
@Injectable()
export class TicketActionsService {
  constructor(
    private readonly access: TicketAccessService,
    private readonly accessRows: TicketAccessRepository,
    private readonly tickets: TicketReadRepository,
    private readonly org: OrgService,
    private readonly clock: Clock,
  ) {}

  async actions(actor: RequestActor, id: string): Promise<TicketActions> {
    const ticket = await this.access.visible(actor, id);
    const [machineActor, rows, owner] = await Promise.all([
      this.access.machineActor(actor, ticket),
      this.accessRows.relationRows(ticket),
      this.tickets.unitOrFail(ticket.ownerUnitId),
    ]);
    const [parent] = await this.org.ancestors(owner);
    const state = { ...TicketTransitionService.stateOf(ticket), openCohandlingUnitIds: rows.openCohandlingUnitIds };
    const facts = { pendingExtensionDueAt: ticket.pendingExtensionDueAt, ownerParentUnitId: parent?.id ?? null };
    const base = `/api/v1/tickets/${ticket.id}/`;

    const actions: TicketAction[] = availableCommands(state, machineActor, this.clock.now(), facts).map((c) => {
      const route = COMMAND_ROUTES[c.type];
      const operation = COMMAND_OPERATIONS[c.type];
      const fields = fieldsOf(route.body).map((f) => (c.choices[f.name] ? { ...f, options: c.choices[f.name] } : f));
      return {
        operation,
        operationId: POLICY[operation].operationId,
        method: 'POST',
        path: base + route.path.replace(':unitId', c.unitId ?? ''),
        ...(c.unitId ? { unitId: c.unitId } : {}),
        toStatus: c.toStatus,
        // An optional choice no value of which is accepted now (an appeal's conclusion on a complaint) is not asked for.
        fields: fields.filter((f) => f.required || f.kind !== 'choice' || c.choices[f.name]),
      };
    });
    for (const route of ANNOTATION_ROUTES) {
      const entry = POLICY[route.operation];
      const allowed =
        identityMay(entry.who, identityFacts(actor)) &&
        relationRefusal(route.operation, machineActor.relations) === null &&
        !('ok' in annotate(ticket.status, { type: 'customer.updated', data: { text: '' } }));
      if (!allowed) continue;
      actions.push({
        operation: route.operation,
        operationId: entry.operationId,
        method: 'POST',
        path: base + route.path,
        toStatus: ticket.status,
        fields: fieldsOf(route.body),
      });
    }
    return { ticketId: ticket.id, status: ticket.status, version: ticket.version, actions };
  }
}
