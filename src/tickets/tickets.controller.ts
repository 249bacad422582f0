import { applyDecorators, Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, RequestActor, Policy } from '../auth/actor';
import { ProblemResponses } from '../common/openapi';
import { PageQuery } from '../common/page-query';
import { RequestId } from '../common/request-id';
import { UuidParam } from '../common/uuid.pipe';
import { RoutingSuggestions } from '../routing/dto/routing-rule.dto';
import * as D from './dto/commands.dto';
import { AttachmentDto, CustomerUpdateDto, FileTicketDto } from './dto/intake.dto';
import {
  AttachmentPage,
  AttachmentView,
  FiledTicketView,
  ListTicketsQuery,
  RevealQuery,
  TicketDeadlines,
  TicketHistory,
  TicketPage,
  TicketView,
} from './dto/ticket-view.dto';
import { TicketActions } from './dto/ticket-actions.dto';
import { TicketActionsService } from './ticket-actions.service';
import { TicketCommandService } from './ticket-command.service';
import { TicketDeadlinesService } from './ticket-deadlines.service';
import { TicketIntakeService } from './ticket-intake.service';
import { TicketQueryService } from './ticket-query.service';
import { TicketSearchService } from './ticket-search.service';
import { SearchTicketsQuery, TicketSearchPage } from './dto/ticket-search.dto';
import { ReplicaRead } from '../database/replica-read.decorator';

/** A lifecycle operation: POST, 200 with the updated ticket. */
function Op(path: string, summary: string) {
  return applyDecorators(Post(path), HttpCode(200), ApiOperation({ summary }), ApiOkResponse({ type: TicketView }));
}

@ApiTags('tickets')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ProblemResponses(403)
@Controller('api/v1/tickets')
export class TicketsController {
  constructor(
    private readonly intake: TicketIntakeService,
    private readonly queries: TicketQueryService,
    private readonly commands: TicketCommandService,
    private readonly searches: TicketSearchService,
    private readonly ticketActions: TicketActionsService,
    private readonly stageDeadlines: TicketDeadlinesService,
  ) {}

  @Post()
  @Policy('tickets.file')
  @ApiOperation({ summary: 'File a ticket (idempotent on externalRef and Idempotency-Key: a replay answers 200 with the original)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key + same body = same ticket; same key + other body = 422' })
  @ApiCreatedResponse({ type: FiledTicketView, description: 'Filed' })
  @ApiOkResponse({ type: FiledTicketView, description: 'Replay of an earlier filing' })
  async file(
    @Actor() actor: RequestActor,
    @Body() dto: FileTicketDto,
    @Headers('idempotency-key') key: string | undefined,
    @RequestId() rid: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FiledTicketView> {
    const { ticket, created, openStages } = await this.intake.file(actor, dto, key, rid);
    res.status(created ? 201 : 200);
    const view = openStages ? TicketView.of(ticket, { reveal: false, openStages }) : await this.queries.view(ticket);
    return { ...view, created };
  }

  @Get()
  @Policy('tickets.list')
  @ApiOperation({ summary: 'List tickets in scope, newest first, with filters and a cursor' })
  @ApiOkResponse({ type: TicketPage })
  list(@Actor() actor: RequestActor, @Query() query: ListTicketsQuery): Promise<TicketPage> {
    return this.queries.list(actor, query);
  }

  // Declared before ':id' so that the path is not read as a ticket id.
  @Get('search')
  @Policy('tickets.search')
  @ReplicaRead()
  @ApiOperation({
    summary: 'Search tickets in scope by keywords (Chinese or ASCII), with the list filters, newest first, matches highlighted',
    description:
      'Staff only. Keywords match anywhere in the subject, description, customer request, customer updates and replies; ' +
      'one- and two-character Chinese keywords work. `total` counts matches up to 1,000; `totalCapped` says there are more.',
  })
  @ApiOkResponse({ type: TicketSearchPage })
  search(@Actor() actor: RequestActor, @Query() query: SearchTicketsQuery): Promise<TicketSearchPage> {
    return this.searches.search(actor, query);
  }

  @Get(':id')
  @Policy('tickets.get')
  @ApiOperation({ summary: 'Read a ticket (status, reply, open stages with deadlines); out of scope is 404' })
  @ApiOkResponse({ type: TicketView })
  get(
    @Actor() actor: RequestActor,
    @Param('id', UuidParam) id: string,
    @Query() q: RevealQuery,
    @RequestId() rid?: string,
  ): Promise<TicketView> {
    return this.queries.get(actor, id, q.reveal === 'true', rid);
  }

  @Get(':id/actions')
  @Policy('tickets.actions')
  @ApiOperation({
    summary: 'The commands the caller may issue on the ticket now, each with its path and the body it needs',
    description:
      'Decided by the authorization policy and the state machine that decide the commands themselves: every action listed is ' +
      'accepted with a body that passes its fields, and a command not listed is refused (403, 409, or 422 for a rule of the ticket kind).',
  })
  @ApiOkResponse({ type: TicketActions })
  actions(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<TicketActions> {
    return this.ticketActions.actions(actor, id);
  }

  @Get(':id/deadlines')
  @Policy('tickets.deadlines')
  @ApiOperation({
    summary: "Every stage's deadline and why it falls there: the policy's limit, the counted time, the days skipped and made up",
  })
  @ApiOkResponse({ type: TicketDeadlines })
  deadlines(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<TicketDeadlines> {
    return this.stageDeadlines.explain(actor, id);
  }

  @Get(':id/events')
  @Policy('tickets.events')
  @ApiOperation({ summary: 'Immutable event log and every stage instance with startedAt/dueAt/completedAt' })
  @ApiOkResponse({ type: TicketHistory })
  history(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<TicketHistory> {
    return this.queries.history(actor, id);
  }

  @Get(':id/attachments')
  @Policy('tickets.attachments')
  @ApiOperation({ summary: 'Attachment metadata' })
  @ApiOkResponse({ type: AttachmentPage })
  attachments(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Query() query: PageQuery): Promise<AttachmentPage> {
    return this.queries.attachments(actor, id, query);
  }

  @Post(':id/attachments')
  @Policy('tickets.addAttachment')
  @ApiOperation({ summary: 'Add attachment metadata (name, type, size, URL/key, checksum)' })
  @ApiCreatedResponse({ type: AttachmentView })
  addAttachment(
    @Actor() a: RequestActor,
    @Param('id', UuidParam) id: string,
    @Body() d: AttachmentDto,
    @RequestId() rid?: string,
  ): Promise<AttachmentView> {
    return this.commands.addAttachment(a, id, d, rid);
  }

  @Op(':id/customer-updates', 'Record a customer update (from the channel or a centre)')
  @Policy('tickets.customerUpdate')
  customerUpdate(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: CustomerUpdateDto, @RequestId() rid?: string) {
    return this.commands.customerUpdate(a, id, d, rid);
  }

  @Get(':id/routing-suggestions')
  @Policy('tickets.routingSuggestions')
  @ApiOperation({ summary: 'Units the routing rules suggest for this ticket, best first' })
  @ApiOkResponse({ type: RoutingSuggestions })
  suggestions(@Actor() a: RequestActor, @Param('id', UuidParam) id: string): Promise<RoutingSuggestions> {
    return this.queries.routingSuggestions(a, id);
  }

  @Op(':id/regrade', 'Re-grade the level (reviewing centre; recorded as an event)')
  @Policy('tickets.regrade')
  regrade(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.RegradeDto, @RequestId() rid?: string) {
    return this.commands.regrade(a, id, d, rid);
  }

  @Op(':id/resolve', 'Resolve at the centre without dispatch (→ reply)')
  @Policy('tickets.resolve')
  resolve(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.ResolveAtCentreDto, @RequestId() rid?: string) {
    return this.commands.resolve(a, id, d, rid);
  }

  @Op(':id/dispatch', 'Dispatch to a unit (or to the best routing rule when no target is named)')
  @Policy('tickets.dispatch')
  dispatch(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.DispatchDto, @RequestId() rid?: string) {
    return this.commands.dispatch(a, id, d, rid);
  }

  @Op(':id/sign', 'Sign for a dispatched or transferred ticket (→ handling)')
  @Policy('tickets.sign')
  sign(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @RequestId() rid?: string) {
    return this.commands.sign(a, id, rid);
  }

  @Op(':id/return', 'Return to the dispatcher with a reason code')
  @Policy('tickets.return')
  returnTicket(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.ReturnDto, @RequestId() rid?: string) {
    return this.commands.returnTicket(a, id, d, rid);
  }

  @Op(':id/transfer', 'Transfer to another unit (the handling deadline is not reset)')
  @Policy('tickets.transfer')
  transfer(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.TransferDto, @RequestId() rid?: string) {
    return this.commands.transfer(a, id, d, rid);
  }

  @Op(':id/cohandling', 'Add a co-handling department with a task and deadline')
  @Policy('tickets.addCohandling')
  addCohandling(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.AddCohandlingDto, @RequestId() rid?: string) {
    return this.commands.addCohandling(a, id, d, rid);
  }

  @Op(':id/cohandling/:unitId/cancel', 'Cancel an open co-handling task')
  @Policy('tickets.cancelCohandling')
  cancelCohandling(
    @Actor() a: RequestActor,
    @Param('id', UuidParam) id: string,
    @Param('unitId', UuidParam) unitId: string,
    @Body() d: D.ReasonDto,
    @RequestId() rid?: string,
  ) {
    return this.commands.cancelCohandling(a, id, unitId, d, rid);
  }

  @Op(':id/cohandling/opinion', "Submit the caller's co-handling opinion")
  @Policy('tickets.cohandlingOpinion')
  opinion(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.OpinionDto, @RequestId() rid?: string) {
    return this.commands.cohandlingOpinion(a, id, d, rid);
  }

  @Op(':id/extensions', 'Request an extension (before the deadline)')
  @Policy('tickets.requestExtension')
  requestExtension(
    @Actor() a: RequestActor,
    @Param('id', UuidParam) id: string,
    @Body() d: D.RequestExtensionDto,
    @RequestId() rid?: string,
  ) {
    return this.commands.requestExtension(a, id, d, rid);
  }

  @Op(':id/extensions/approve', 'Approve the pending extension (dispatcher; moves the deadline and re-arms timers)')
  @Policy('tickets.approveExtension')
  approveExtension(
    @Actor() a: RequestActor,
    @Param('id', UuidParam) id: string,
    @Body() d: D.ApproveExtensionDto,
    @RequestId() rid?: string,
  ) {
    return this.commands.approveExtension(a, id, d, rid);
  }

  @Op(':id/extensions/reject', 'Reject the pending extension (dispatcher)')
  @Policy('tickets.rejectExtension')
  rejectExtension(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.ReasonDto, @RequestId() rid?: string) {
    return this.commands.rejectExtension(a, id, d, rid);
  }

  @Op(':id/escalate', 'Ask the parent tier for help')
  @Policy('tickets.escalate')
  escalate(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.ReasonDto, @RequestId() rid?: string) {
    return this.commands.escalateForHelp(a, id, d, rid);
  }

  @Op(':id/feedback', 'Submit feedback to the dispatcher (not while co-handling tasks are open)')
  @Policy('tickets.submitFeedback')
  feedback(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.FeedbackDto, @RequestId() rid?: string) {
    return this.commands.submitFeedback(a, id, d, rid);
  }

  @Op(':id/analysis-schedule', "Report a suggestion's analysis schedule (once; it becomes the analysis deadline)")
  @Policy('tickets.reportAnalysisSchedule')
  reportAnalysisSchedule(
    @Actor() a: RequestActor,
    @Param('id', UuidParam) id: string,
    @Body() d: D.AnalysisScheduleDto,
    @RequestId() rid?: string,
  ) {
    return this.commands.reportAnalysisSchedule(a, id, d, rid);
  }

  @Op(':id/analysis', "Submit a suggestion's analysis with its adoption decision to the dispatcher (a suggestion's feedback)")
  @Policy('tickets.submitAnalysis')
  submitAnalysis(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.AnalysisDto, @RequestId() rid?: string) {
    return this.commands.submitAnalysis(a, id, d, rid);
  }

  @Op(':id/feedback/accept', 'Accept the feedback (dispatcher only; → reply)')
  @Policy('tickets.acceptFeedback')
  acceptFeedback(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.NoteDto, @RequestId() rid?: string) {
    return this.commands.acceptFeedback(a, id, d, rid);
  }

  @Op(':id/feedback/reject', 'Reject the feedback back to handling with a reason (dispatcher only)')
  @Policy('tickets.rejectFeedback')
  rejectFeedback(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.ReasonDto, @RequestId() rid?: string) {
    return this.commands.rejectFeedback(a, id, d, rid);
  }

  @Op(':id/progress-replies', 'Send the customer an interim progress reply')
  @Policy('tickets.progressReply')
  progressReply(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.TextDto, @RequestId() rid?: string) {
    return this.commands.progressReply(a, id, d, rid);
  }

  @Op(':id/reply', 'Final reply: the customer is told the result (ends the commitment clock)')
  @Policy('tickets.reply')
  reply(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.TextDto, @RequestId() rid?: string) {
    return this.commands.reply(a, id, d, rid);
  }

  @Op(':id/close', "Close with the customer's attitude (appeals: conclusion, responsibility)")
  @Policy('tickets.close')
  close(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.CloseDto, @RequestId() rid?: string) {
    return this.commands.close(a, id, d, rid);
  }

  @Op(':id/revisit', 'Record the revisit; unsatisfied for poor handling reopens a re-handling round')
  @Policy('tickets.revisit')
  revisit(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.RevisitDto, @RequestId() rid?: string) {
    return this.commands.revisit(a, id, d, rid);
  }

  @Op(':id/urge', 'Urge the owner (higher tier)')
  @Policy('tickets.urge')
  urge(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.UrgeDto, @RequestId() rid?: string) {
    return this.commands.urge(a, id, d, rid);
  }

  @Op(':id/supervision-orders', 'Issue a supervision order to the owner (higher-tier supervisor)')
  @Policy('tickets.supervise')
  supervise(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.SuperviseDto, @RequestId() rid?: string) {
    return this.commands.supervise(a, id, d, rid);
  }

  @Op(':id/withdraw', 'Withdraw at the customer’s request')
  @Policy('tickets.withdraw')
  withdraw(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @Body() d: D.ReasonDto, @RequestId() rid?: string) {
    return this.commands.withdraw(a, id, d, rid);
  }

  @Op(':id/archive', 'Archive a revisited or withdrawn ticket (read-only afterwards)')
  @Policy('tickets.archive')
  archive(@Actor() a: RequestActor, @Param('id', UuidParam) id: string, @RequestId() rid?: string) {
    return this.commands.archive(a, id, rid);
  }
}
