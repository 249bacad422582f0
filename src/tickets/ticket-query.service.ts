import { DEFAULT_PAGE_SIZE, PageQuery } from '../common/page-query';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { escapeLike } from '../auth/org-scope';
import { isCentreStaff } from '../auth/policy/identity';
import { decodeCursor, encodeCursor, keysetPage, Page } from '../common/cursor';
import { ForbiddenError, NotFoundError } from '../common/domain-error';
import { OrgUnit } from '../org/org-unit.entity';
import { RoutingService } from '../routing/routing.service';
import { AttachmentView, EventView, ListTicketsQuery, StageView, TicketHistory, TicketPage, TicketView } from './dto/ticket-view.dto';
import { TicketAccessService } from './ticket-access.service';
import { SYNC_HORIZON, syncPage, syncQuery } from './ticket-sync';
import { Ticket } from './ticket.entity';
import { TicketEvent } from './ticket-event.entity';
import { TicketStage } from './ticket-stage.entity';
import { PiiAccess, TicketAttachment } from './ticket-support.entity';

@Injectable()
export class TicketQueryService {
  private readonly logger = new Logger(TicketQueryService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TicketAccessService,
    private readonly routing: RoutingService,
  ) {}

  /** One ticket with its open stages; personal data unmasked only for centre staff who ask, and audited. */
  async get(actor: RequestActor, id: string, reveal: boolean, requestId?: string): Promise<TicketView> {
    const ticket = await this.access.visible(actor, id);
    if (reveal) {
      if (!isCentreStaff(actor)) throw new ForbiddenError('PII_FORBIDDEN', 'only centre staff may read unmasked personal data');
      await this.db
        .getRepository(PiiAccess)
        .insert({ ticketId: id, actorId: actor.id, actorUnitId: actor.unitId, requestId: requestId ?? null });
    }
    const openStages = await this.db.getRepository(TicketStage).find({ where: { ticketId: id, status: 'open' }, order: { dueAt: 'ASC' } });
    return TicketView.of(ticket, { reveal, openStages });
  }

  /**
   * The ticket as a writer returns it: masked, with its open stages and their deadlines. The write
   * has committed by now, so a failure to read the stages back leaves them out of the answer
   * instead of reporting the committed write as failed.
   */
  async view(ticket: Ticket): Promise<TicketView> {
    const openStages = await this.db
      .getRepository(TicketStage)
      .find({ where: { ticketId: ticket.id, status: 'open' }, order: { dueAt: 'ASC' } })
      .catch((err: unknown) => {
        this.logger.warn({ err, ticketId: ticket.id }, 'open stages of a committed write could not be read back');
        return undefined;
      });
    return TicketView.of(ticket, { reveal: false, openStages });
  }

  async history(actor: RequestActor, id: string): Promise<TicketHistory> {
    await this.access.visible(actor, id);
    const [events, stages] = await Promise.all([
      this.db.getRepository(TicketEvent).find({ where: { ticketId: id }, order: { seq: 'ASC' } }),
      this.db.getRepository(TicketStage).find({ where: { ticketId: id }, order: { startedAt: 'ASC', kind: 'ASC' } }),
    ]);
    return { events: events.map((e) => EventView.of(e)), stages: stages.map((s) => StageView.of(s)) };
  }

  async attachments(actor: RequestActor, id: string, q: PageQuery): Promise<Page<AttachmentView>> {
    await this.access.visible(actor, id);
    const qb = this.db.getRepository(TicketAttachment).createQueryBuilder('a').where('a.ticket_id = :id', { id });
    const page = await keysetPage(qb, {
      columns: [`date_trunc('milliseconds', a.created_at)`, 'a.id'],
      types: ['timestamp', 'uuid'],
      direction: 'ASC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (a) => [a.createdAt.toISOString(), a.id],
    });
    return { items: page.items.map((a) => AttachmentView.of(a)), nextCursor: page.nextCursor };
  }

  /** Keyset-paginated list, newest first; every filter is index-backed (see the migration). With `updatedSince`, the sync feed. */
  async list(actor: RequestActor, q: ListTicketsQuery): Promise<TicketPage> {
    if (q.updatedSince) return this.changes(actor, q, q.updatedSince);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.db.getRepository(Ticket).createQueryBuilder('t');
    const after = decodeCursor(q.cursor, ['timestamp', 'uuid']) as [string, string] | null;
    // Visibility, the cursor and the newest-first ORDER BY (for city/department callers over participant ranges).
    await this.access.scopeNewestFirst(qb, actor, { after, from: q.createdFrom, to: q.createdTo });
    await this.filter(qb, actor, q);
    // The cursor carries created_at at full (microsecond) precision: a millisecond JS Date would
    // skip tickets filed within the same millisecond as the last one of a page.
    qb.addSelect(`to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'cursor_created_at');
    const { entities, raw } = await qb.limit(limit + 1).getRawAndEntities();
    const items = entities.slice(0, limit);
    const lastRaw = (raw as { cursor_created_at: string; t_id: string }[])[items.length - 1];
    return {
      items: items.map((t) => TicketView.of(t, { reveal: false })),
      nextCursor: entities.length > limit ? encodeCursor([lastRaw.cursor_created_at, lastRaw.t_id]) : null,
    };
  }

  /** The sync feed (src/tickets/ticket-sync.ts): the horizon and the page are read in one snapshot. */
  private changes(actor: RequestActor, q: ListTicketsQuery, updatedSince: string): Promise<TicketPage> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const [{ horizon }] = await tx.query<{ horizon: string }[]>(SYNC_HORIZON);
      const window = { cursor: q.cursor, updatedSince, limit: q.limit ?? DEFAULT_PAGE_SIZE, horizon: Number(horizon) };
      const qb = tx.getRepository(Ticket).createQueryBuilder('t');
      this.access.scope(qb, actor);
      await this.filter(qb, actor, q);
      const { entities, raw } = await syncQuery(qb, window).getRawAndEntities();
      const positions = (raw as { change_xid: string; change_id: string }[]).map(
        (r) => [Number(r.change_xid), Number(r.change_id)] as [number, number],
      );
      return syncPage(
        entities.map((t) => TicketView.of(t, { reveal: false })),
        positions,
        window,
      );
    });
  }

  /** The list filters, on any builder of tickets aliased `t` (the list, the sync feed, search). */
  async filter(qb: SelectQueryBuilder<Ticket>, actor: RequestActor, q: ListTicketsQuery): Promise<void> {
    if (q.status) qb.andWhere('t.status = :status', { status: q.status });
    if (q.externalRef) qb.andWhere('t.external_ref = :externalRef', { externalRef: q.externalRef });
    if (q.kind) qb.andWhere('t.kind = :kind', { kind: q.kind });
    if (q.level) qb.andWhere('t.level = :level', { level: q.level });
    if (q.customerTier) qb.andWhere('t.customer_tier = :tier', { tier: q.customerTier });
    if (q.businessType) qb.andWhere('t.business_type = :bt', { bt: q.businessType });
    if (q.channel) qb.andWhere('t.channel = :channel', { channel: q.channel });
    if (q.customerPhone) {
      // Looking a customer up by phone is a use of personal data: centres only (DOMAIN §3 repeat complainants).
      if (!isCentreStaff(actor)) throw new ForbiddenError('PII_FORBIDDEN', 'only centre staff may search by customer phone');
      qb.andWhere('t.customer_phone = :phone', { phone: q.customerPhone });
    }
    if (q.createdFrom) qb.andWhere('t.created_at >= :from', { from: q.createdFrom });
    if (q.createdTo) qb.andWhere('t.created_at < :to', { to: q.createdTo });
    if (q.stage) {
      qb.andWhere(`EXISTS (SELECT 1 FROM ticket_stages st WHERE st.ticket_id = t.id AND st.status = 'open' AND st.kind = :stage)`, {
        stage: q.stage,
      });
    }
    if (q.ownerUnitId) {
      const root = await this.db.getRepository(OrgUnit).findOneBy({ id: q.ownerUnitId });
      if (!root) throw new NotFoundError('org unit');
      qb.andWhere(`t.owner_unit_id IN (SELECT ou.id FROM org_units ou WHERE ou.path LIKE :ownerPath)`, {
        ownerPath: escapeLike(root.path) + '%',
      });
    }
  }

  async routingSuggestions(actor: RequestActor, id: string) {
    const t = await this.access.visible(actor, id);
    await this.access.requireRelation(actor, t, 'tickets.routingSuggestions');
    const match = await this.routing.evaluate({
      provinceUnitId: t.provinceId,
      businessType: t.businessType,
      natures: t.natures,
      customerTier: t.customerTier,
    });
    return { best: match?.rule ?? null, suggestions: match?.suggestions ?? [] };
  }
}
