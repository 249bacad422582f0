import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { RequestActor } from '../auth/actor';
import { intakeRefusal } from '../auth/policy/identity';
import { ChannelSystem } from '../auth/credentials.entity';
import { Clock } from '../common/clock';
import { BadRequestError, DomainError, ForbiddenError, UnprocessableError } from '../common/domain-error';
import { OrgUnit } from '../org/org-unit.entity';
import { PiiKeysService } from '../pii/pii-keys.service';
import { evaluateRouting, RoutingRule } from '../routing/domain/routing-rules';
import { DeadlinePolicy } from '../sla/deadline-policy';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { TicketLevel } from './domain/ticket.types';
import { FileTicketDto } from './dto/intake.dto';
import { Ticket } from './ticket.entity';
import { TicketStage } from './ticket-stage.entity';
import { PriorFilings, PriorFilingsLookup, TicketIntakeRepository } from './ticket-intake.repository';
import { GroupCommit } from '../common/group-commit';
import { databaseFailure } from '../common/database-errors';
import { TicketTransitionService } from './ticket-transition.service';
import { maskedCustomer } from './domain/customer-masks';
import { NumberBlocks } from './domain/number-blocks';

const REPEAT_WINDOW_DAYS = 30;
const LEVEL_RANK: Record<TicketLevel, number> = { general: 0, provincial: 1, national: 2 };

/** Stable JSON (sorted keys) so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** China local date (UTC+8) as YYYYMMDD, for ticket numbers. */
function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
}

/** Level rule (DOMAIN §3): cross-province is national; escalated complaints and appeals are national; otherwise the proposal. */
export function deriveLevel(dto: Pick<FileTicketDto, 'kind' | 'level' | 'homeProvince' | 'occurredProvince'>): TicketLevel {
  const proposed: TicketLevel = dto.level ?? 'provincial';
  const crossProvince = !!dto.occurredProvince && dto.occurredProvince.toUpperCase() !== dto.homeProvince.toUpperCase();
  const floor: TicketLevel = crossProvince || dto.kind === 'escalated_complaint' || dto.kind === 'appeal' ? 'national' : 'general';
  return LEVEL_RANK[floor] > LEVEL_RANK[proposed] ? floor : proposed;
}

export interface FilingResult {
  ticket: Ticket;
  created: boolean;
  /** The new ticket's open stages when the filing returned them (null: read them back). */
  openStages: TicketStage[] | null;
}

/** How long a province looked up by code is reused; provinces are created rarely and never renamed. */
const PROVINCE_CACHE_MS = 30_000;
const CACHE_LIMIT = 1_000;

/**
 * Files tickets from channel systems (and centre agents). Idempotent on (channel system, externalRef)
 * and on Idempotency-Key: a replay returns the original ticket; the same key with another body is 422.
 */
@Injectable()
export class TicketIntakeService {
  private readonly channels = new Map<string, Pick<ChannelSystem, 'id' | 'channel'>>();
  private readonly provinces = new Map<string, { unit: OrgUnit; until: number }>();
  /** Filings that arrive together read what came before them in one round trip (src/common/group-commit.ts). */
  private readonly priorReads = new GroupCommit<PriorFilingsLookup, PriorFilings>((lookups) => this.tickets.priorFilings(lookups), {
    maxBatch: 32,
    maxInFlight: 4,
    // A read writes nothing: a failed group's lookups are each tried again alone unless the database is unreachable.
    isolate: (err) => databaseFailure(err)?.status !== 503,
  });
  /** Numbers are taken only for a filing that is not a replay; a refused filing leaves a gap. */
  private readonly numbers = new NumberBlocks((prefix, day, count) => this.tickets.reserveNumbers(prefix, day, count));

  constructor(
    private readonly tickets: TicketIntakeRepository,
    private readonly transitions: TicketTransitionService,
    private readonly deadlines: DeadlinePolicy,
    private readonly taxonomy: TaxonomyService,
    private readonly clock: Clock,
    private readonly pii: PiiKeysService,
  ) {}

  async file(actor: RequestActor, dto: FileTicketDto, idempotencyKey?: string, requestId?: string): Promise<FilingResult> {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      throw new BadRequestError('INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1-200 visible ASCII characters');
    }
    const hash = createHash('sha256').update(canonical(dto)).digest('hex');
    const replay = idempotencyKey ? await this.findReplay(actor, dto, idempotencyKey, hash) : null;
    if (replay) return { ticket: replay, created: false, openStages: null };
    try {
      return await this.create(actor, dto, idempotencyKey, hash, requestId);
    } catch (err) {
      // A replay answers with the original ticket, even when the request would be refused today; and a
      // concurrent identical request that committed first (23505) is a replay too.
      const winner = await this.findReplay(actor, dto, idempotencyKey, hash).catch((lookup: unknown) => {
        if (lookup instanceof DomainError) throw lookup;
        return null;
      });
      if (winner) return { ticket: winner, created: false, openStages: null };
      throw err;
    }
  }

  private async findReplay(actor: RequestActor, dto: FileTicketDto, key: string | undefined, hash: string): Promise<Ticket | null> {
    if (key) {
      const row = await this.tickets.idempotencyKey(actor.id, key);
      if (row) {
        if (row.requestHash !== hash)
          throw new UnprocessableError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used with a different request body');
        return this.tickets.ticket(row.ticketId);
      }
    }
    if (dto.externalRef && actor.kind === 'channel') {
      const existing = await this.tickets.byExternalRef(actor.id, dto.externalRef);
      if (existing) {
        if (existing.intakeHash !== hash)
          throw new UnprocessableError('EXTERNAL_REF_REUSED', 'this externalRef was filed with a different request body');
        return existing;
      }
    }
    return null;
  }

  private async create(
    actor: RequestActor,
    dto: FileTicketDto,
    key: string | undefined,
    hash: string,
    requestId?: string,
  ): Promise<FilingResult> {
    const now = this.clock.now();
    const channelSystem = actor.kind === 'channel' ? await this.channelSystem(actor.id) : null;
    if (!channelSystem && actor.kind !== 'staff' && actor.kind !== 'admin')
      throw new ForbiddenError('FORBIDDEN_ROLE', 'only channel systems and centre staff file tickets');
    if (!channelSystem && actor.tier !== 'national' && actor.tier !== 'provincial') {
      throw new ForbiddenError('FORBIDDEN_ROLE', 'only centre staff file tickets on behalf of a channel');
    }
    const channel = dto.channel ?? channelSystem?.channel;
    if (!channel) throw new BadRequestError('CHANNEL_REQUIRED', 'channel is required when staff file a ticket');
    if (dto.externalRef && !channelSystem)
      throw new BadRequestError('EXTERNAL_REF_CHANNEL_ONLY', 'externalRef is the channel system’s own reference');

    await this.taxonomy.assertKnown(dto.businessType, dto.natures);
    const province = await this.province(dto.homeProvince.toUpperCase());
    if (!province) throw new UnprocessableError('UNKNOWN_PROVINCE', `no provincial centre has code ${dto.homeProvince}`);
    const nationalIntake = dto.kind === 'escalated_complaint' || dto.kind === 'appeal';
    const refusal = intakeRefusal(actor, nationalIntake, province.id);
    if (refusal === 'NATIONAL_INTAKE_ONLY') {
      throw new ForbiddenError('NATIONAL_INTAKE_ONLY', `${dto.kind} tickets are filed by the national centre`);
    }
    if (refusal === 'PROVINCE_OUT_OF_SCOPE') {
      throw new UnprocessableError('PROVINCE_OUT_OF_SCOPE', 'a provincial channel files tickets of its own province');
    }
    const national = nationalIntake ? await this.tickets.nationalCentre() : null;
    const reviewUnit = nationalIntake ? national! : province;

    const contactedAt = new Date(dto.contactedAt);
    if (contactedAt.getTime() > now.getTime() + 5 * 60_000)
      throw new UnprocessableError('CONTACTED_IN_FUTURE', 'contactedAt is in the future');
    const level = deriveLevel(dto);
    const repeatSince = new Date(now.getTime() - REPEAT_WINDOW_DAYS * 86_400_000);
    // The customer is found (and stored) by keyed blind indexes: the plaintext is never stored or compared in the database.
    const phoneIndex = this.pii.blindIndex('customer_phone', dto.customerPhone);
    const idNumberIndex = dto.customerIdNumber ? this.pii.blindIndex('customer_id_number', dto.customerIdNumber) : null;
    const prior = await this.priorFilings(actor, dto, province, repeatSince, { phoneIndex, idNumberIndex });
    if (prior.replayId) {
      if (prior.replayHash !== hash)
        throw new UnprocessableError('EXTERNAL_REF_REUSED', 'this externalRef was filed with a different request body');
      return { ticket: await this.tickets.ticket(prior.replayId), created: false, openStages: null };
    }
    const linked = prior.linked.map((id) => ({ id }));
    const riskFlags = new Set(dto.riskFlags ?? []);
    if (linked.length) riskFlags.add('repeat_complainant');
    const day = chinaDay(now);
    const number = `${province.code}-${day}-${String(await this.numbers.take(province.code, day)).padStart(6, '0')}`;

    const facts = {
      kind: dto.kind,
      level,
      customerTier: dto.customerTier,
      businessType: dto.businessType,
      requestedDueAt: dto.requestedDueAt ? new Date(dto.requestedDueAt) : null,
    };
    const intakeDeadline = await this.deadlines.stageDeadline(facts, 'intake', reviewUnit.id, contactedAt);
    const review = await this.deadlines.stageDeadline(facts, 'review', reviewUnit.id, now);
    const commitment = await this.deadlines.commitmentDeadline(facts, reviewUnit.id, now);
    const maxExtensions = await this.deadlines.maxExtensions(facts);
    const autoDispatch = await this.autoDispatchRule(dto.kind, province.id, dto, prior.routingRules);
    const filed = await this.transitions.file({
      now,
      performer: { kind: actor.kind, id: actor.id, unitId: actor.unitId, requestId },
      facts: {
        number,
        level,
        channel,
        reviewUnitId: reviewUnit.id,
        contactedAt,
        linkedTicketIds: linked.map((t) => t.id),
        deadlines: { intake: intakeDeadline, review, commitment },
      },
      record: {
        number,
        kind: dto.kind,
        level,
        customerTier: dto.customerTier,
        channel,
        channelSystemId: channelSystem?.id ?? null,
        externalRef: dto.externalRef ?? null,
        intakeHash: hash,
        provinceId: province.id,
        reviewUnitId: reviewUnit.id,
        maxExtensions,
        customerName: dto.customerName,
        customerPhone: dto.customerPhone,
        customerIdNumber: dto.customerIdNumber ?? null,
        ...maskedCustomer({
          customerName: dto.customerName,
          customerPhone: dto.customerPhone,
          customerIdNumber: dto.customerIdNumber ?? null,
        }),
        customerPhoneIndex: phoneIndex,
        customerIdNumberIndex: idNumberIndex,
        homeProvince: province.code,
        occurredProvince: dto.occurredProvince?.toUpperCase() ?? null,
        businessType: dto.businessType,
        natures: dto.natures,
        subject: dto.subject,
        description: dto.description,
        customerRequest: dto.customerRequest ?? null,
        occurredAt: dto.occurredAt ? new Date(dto.occurredAt) : null,
        occurredPlace: dto.occurredPlace ?? null,
        complainedParty: dto.complainedParty ?? null,
        contactPreference: dto.contactPreference ?? null,
        riskFlags: [...riskFlags],
        linkedTicketIds: linked.map((t) => t.id),
        contactedAt,
        requestedDueAt: facts.requestedDueAt,
      },
      idempotency: key ? { actorId: actor.id, key, requestHash: hash } : undefined,
      attachments: (dto.attachments ?? []).map((a) => ({ ...a, checksum: a.checksum ?? null, addedBy: actor.id })),
      autoDispatch: autoDispatch ?? undefined,
    });
    return { ticket: filed.ticket, created: true, openStages: filed.openStages };
  }

  /**
   * One round trip before the filing, shared with the filings that arrive alongside: an earlier filing
   * of the same externalRef by this channel (a replay), the customer's filings of the last 30 days
   * (repeat complainant) and the province's routing rules. The ticket number is taken after it, only
   * when there is no replay (see NumberBlocks).
   */
  private priorFilings(
    actor: RequestActor,
    dto: FileTicketDto,
    { id: provinceUnitId }: Pick<OrgUnit, 'id'>,
    since: Date,
    customer: { phoneIndex: Buffer; idNumberIndex: Buffer | null },
  ): Promise<PriorFilings> {
    const externalRef = dto.externalRef && actor.kind === 'channel' ? dto.externalRef : null;
    return this.priorReads.submit('prior', {
      channelSystemId: externalRef ? actor.id : null,
      externalRef,
      customerPhoneIndex: customer.phoneIndex,
      customerIdNumberIndex: customer.idNumberIndex,
      since,
      provinceUnitId,
    });
  }

  /** A channel system's channel never changes, so it is read once per process. */
  private async channelSystem(id: string): Promise<Pick<ChannelSystem, 'id' | 'channel'>> {
    const known = this.channels.get(id);
    if (known) return known;
    const row = await this.tickets.channelSystem(id);
    if (this.channels.size >= CACHE_LIMIT) this.channels.clear();
    this.channels.set(id, { id: row.id, channel: row.channel });
    return row;
  }

  /** The provincial centre of a code, reused for PROVINCE_CACHE_MS; an unknown code is looked up every time. */
  private async province(code: string): Promise<OrgUnit | null> {
    const known = this.provinces.get(code);
    if (known && known.until > Date.now()) return known.unit;
    const unit = await this.tickets.province(code);
    if (unit) {
      if (this.provinces.size >= CACHE_LIMIT) this.provinces.clear();
      this.provinces.set(code, { unit, until: Date.now() + PROVINCE_CACHE_MS });
    }
    return unit;
  }

  /** A matching rule in `auto` mode dispatches at filing, as the system on behalf of the reviewing centre. */
  private async autoDispatchRule(
    kind: FileTicketDto['kind'],
    provinceUnitId: string,
    dto: Pick<FileTicketDto, 'businessType' | 'natures' | 'customerTier'>,
    rules: RoutingRule[],
  ): Promise<{ ruleId: string; target: OrgUnit } | null> {
    if (kind === 'escalated_complaint' || kind === 'appeal') return null;
    const match = evaluateRouting(rules, {
      provinceUnitId,
      businessType: dto.businessType,
      natures: dto.natures,
      customerTier: dto.customerTier,
    });
    if (!match || match.rule.mode !== 'auto') return null;
    const target = await this.tickets.unit(match.rule.targetUnitId);
    return target ? { ruleId: match.rule.id, target } : null;
  }
}
