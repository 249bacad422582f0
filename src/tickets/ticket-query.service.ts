import { Injectable, Logger } from '@nestjs/common';
import { RequestActor } from '../auth/actor';
import { isCentreStaff } from '../auth/policy/identity';
import { decodeCursor, Page } from '../common/cursor';
import { ForbiddenError, NotFoundError } from '../common/domain-error';
import { DEFAULT_PAGE_SIZE, PageQuery } from '../common/page-query';
import { PiiKeysService } from '../pii/pii-keys.service';
import { RoutingService } from '../routing/routing.service';
import { AttachmentView, EventView, ListTicketsQuery, StageView, TicketHistory, TicketPage, TicketView } from './dto/ticket-view.dto';
import { TicketAccessService } from './ticket-access.service';
import type { CopiedRows } from '../database/copy-out';
import { TicketFilter, TicketReadRepository, TicketRowText, TicketSelection } from './ticket-read.repository';
import { Ticket } from './ticket.entity';
import type { TextRow } from '../database/text-rows';

@Injectable()
export class TicketQueryService {
  private readonly logger = new Logger(TicketQueryService.name);

  constructor(
    private readonly tickets: TicketReadRepository,
    private readonly access: TicketAccessService,
    private readonly routing: RoutingService,
    private readonly pii: PiiKeysService,
  ) {}

  /** One ticket with its open stages; personal data unmasked only for centre staff who ask, and audited. */
  async get(actor: RequestActor, id: string, reveal: boolean, requestId?: string): Promise<TicketView> {
    const ticket = await this.access.visible(actor, id);
    if (reveal) {
      requireRevealRight(actor);
      await this.tickets.recordPiiAccess({ ticketId: id, actorId: actor.id, actorUnitId: actor.unitId, requestId: requestId ?? null });
    }
    const openStages = await this.tickets.openStages(id);
    return TicketView.of(ticket, { reveal, openStages });
  }

  /**
   * The ticket as a writer returns it: masked, with its open stages and their deadlines. The write
   * has committed by now, so a failure to read the stages back leaves them out of the answer
   * instead of reporting the committed write as failed.
   */
  async view(ticket: Ticket): Promise<TicketView> {
    const openStages = await this.tickets.openStages(ticket.id).catch((err: unknown) => {
      this.logger.warn({ err, ticketId: ticket.id }, 'open stages of a committed write could not be read back');
      return undefined;
    });
    return TicketView.of(ticket, { reveal: false, openStages });
  }

  async history(actor: RequestActor, id: string): Promise<TicketHistory> {
    await this.access.visible(actor, id);
    const [events, stages] = await this.tickets.history(id);
    return { events: events.map((e) => EventView.of(e)), stages: stages.map((s) => StageView.of(s)) };
  }

  async attachments(actor: RequestActor, id: string, q: PageQuery): Promise<Page<AttachmentView>> {
    await this.access.visible(actor, id);
    const page = await this.tickets.attachments(id, q);
    return { items: page.items.map((a) => AttachmentView.of(a)), nextCursor: page.nextCursor };
  }

  /** Keyset-paginated list, newest first; every filter is index-backed (see the migration). With `updatedSince`, the sync feed. */
  async list(actor: RequestActor, q: ListTicketsQuery): Promise<TicketPage> {
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    if (q.updatedSince) {
      return views(
        await this.tickets.changes(actor, await this.filter(actor, q), { cursor: q.cursor, updatedSince: q.updatedSince, limit }),
      );
    }
    const after = decodeCursor(q.cursor, ['timestamp', 'uuid']) as [string, string] | null;
    return views(await this.tickets.list(actor, await this.filter(actor, q), after, limit));
  }

  /** One page of the list (not the sync feed) as rows of texts of the selection (selectColumns), in its order, for exports. */
  async ticketRows(
    actor: RequestActor,
    q: ListTicketsQuery,
    cursor: string | undefined,
    limit: number,
    selection: readonly TicketSelection[],
  ): Promise<Page<TextRow>> {
    const after = decodeCursor(cursor, ['timestamp', 'uuid']) as [string, string] | null;
    return this.tickets.listRows(actor, await this.filter(actor, q), after, limit, selection);
  }

  /** Every ticket of the list (not the sync feed) as texts of rows written by Postgres (TicketRowText), streamed, for exports. */
  async ticketText(actor: RequestActor, q: ListTicketsQuery, rowText: TicketRowText, firstRow: number): Promise<CopiedRows> {
    return this.tickets.copyText(actor, await this.filter(actor, q), rowText, firstRow);
  }

  /** The list's filters, checked (for the list, the sync feed and search): searching by phone is for centres, and the owner filter names a unit. */
  async filter(actor: RequestActor, q: ListTicketsQuery): Promise<TicketFilter> {
    // Looking a customer up by phone is a use of personal data: centres only (DOMAIN §3 repeat complainants).
    if (q.customerPhone && !isCentreStaff(actor))
      throw new ForbiddenError('PII_FORBIDDEN', 'only centre staff may search by customer phone');
    const filter: TicketFilter = {
      status: q.status,
      stage: q.stage,
      kind: q.kind,
      level: q.level,
      customerTier: q.customerTier,
      businessType: q.businessType,
      channel: q.channel,
      createdFrom: q.createdFrom,
      createdTo: q.createdTo,
      externalRef: q.externalRef,
      customerPhoneIndex: q.customerPhone ? this.pii.blindIndex('customer_phone', q.customerPhone) : undefined,
    };
    if (!q.ownerUnitId) return filter;
    const root = await this.tickets.unit(q.ownerUnitId);
    if (!root) throw new NotFoundError('org unit');
    return { ...filter, ownerUnitPath: root.path, ...(root.tier === 'provincial' ? { ownerProvinceId: root.id } : {}) };
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

/** Unmasked personal data is for centre staff only (a single ticket's reveal, an export's). */
export function requireRevealRight(actor: RequestActor): void {
  if (!isCentreStaff(actor)) throw new ForbiddenError('PII_FORBIDDEN', 'only centre staff may read unmasked personal data');
}

function views(page: Page<Ticket>): TicketPage {
  return { items: page.items.map((t) => TicketView.of(t, { reveal: false })), nextCursor: page.nextCursor };
}
