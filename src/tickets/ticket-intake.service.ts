import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, MoreThan } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { intakeRefusal } from '../auth/policy/identity';
import { ChannelSystem } from '../auth/credentials.entity';
import { Clock } from '../common/clock';
import { BadRequestError, ForbiddenError, UnprocessableError } from '../common/domain-error';
import { OrgUnit } from '../org/org-unit.entity';
import { RoutingService } from '../routing/routing.service';
import { DeadlinePolicy } from '../sla/deadline-policy';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { TicketLevel } from './domain/ticket.types';
import { FileTicketDto } from './dto/intake.dto';
import { Ticket } from './ticket.entity';
import { IdempotencyKey } from './ticket-support.entity';
import { TicketTransitionService } from './ticket-transition.service';

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
}

/**
 * Files tickets from channel systems (and centre agents). Idempotent on (channel system, externalRef)
 * and on Idempotency-Key: a replay returns the original ticket; the same key with another body is 422.
 */
@Injectable()
export class TicketIntakeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly transitions: TicketTransitionService,
    private readonly deadlines: DeadlinePolicy,
    private readonly routing: RoutingService,
    private readonly taxonomy: TaxonomyService,
    private readonly clock: Clock,
  ) {}

  async file(actor: RequestActor, dto: FileTicketDto, idempotencyKey?: string, requestId?: string): Promise<FilingResult> {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      throw new BadRequestError('INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1-200 visible ASCII characters');
    }
    const hash = createHash('sha256').update(canonical(dto)).digest('hex');
    const replay = await this.findReplay(actor, dto, idempotencyKey, hash);
    if (replay) return { ticket: replay, created: false };
    try {
      return await this.create(actor, dto, idempotencyKey, hash, requestId);
    } catch (err) {
      // A concurrent identical request committed first: answer with its ticket.
      if ((err as { code?: string }).code === '23505') {
        const winner = await this.findReplay(actor, dto, idempotencyKey, hash);
        if (winner) return { ticket: winner, created: false };
      }
      throw err;
    }
  }

  private async findReplay(actor: RequestActor, dto: FileTicketDto, key: string | undefined, hash: string): Promise<Ticket | null> {
    const repo = this.db.getRepository(Ticket);
    if (key) {
      const row = await this.db.getRepository(IdempotencyKey).findOneBy({ actorId: actor.id, key });
      if (row) {
        if (row.requestHash !== hash)
          throw new UnprocessableError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used with a different request body');
        return repo.findOneByOrFail({ id: row.ticketId });
      }
    }
    if (dto.externalRef && actor.kind === 'channel') {
      const existing = await repo.findOneBy({ channelSystemId: actor.id, externalRef: dto.externalRef });
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
    const channelSystem = actor.kind === 'channel' ? await this.db.getRepository(ChannelSystem).findOneByOrFail({ id: actor.id }) : null;
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
    const province = await this.db.getRepository(OrgUnit).findOneBy({ code: dto.homeProvince.toUpperCase(), tier: 'provincial' });
    if (!province) throw new UnprocessableError('UNKNOWN_PROVINCE', `no provincial centre has code ${dto.homeProvince}`);
    const nationalIntake = dto.kind === 'escalated_complaint' || dto.kind === 'appeal';
    const refusal = intakeRefusal(actor, nationalIntake, province.id);
    if (refusal === 'NATIONAL_INTAKE_ONLY') {
      throw new ForbiddenError('NATIONAL_INTAKE_ONLY', `${dto.kind} tickets are filed by the national centre`);
    }
    if (refusal === 'PROVINCE_OUT_OF_SCOPE') {
      throw new UnprocessableError('PROVINCE_OUT_OF_SCOPE', 'a provincial channel files tickets of its own province');
    }
    const national = nationalIntake ? await this.db.getRepository(OrgUnit).findOneBy({ tier: 'national' }) : null;
    const reviewUnit = nationalIntake ? national! : province;

    const contactedAt = new Date(dto.contactedAt);
    if (contactedAt.getTime() > now.getTime() + 5 * 60_000)
      throw new UnprocessableError('CONTACTED_IN_FUTURE', 'contactedAt is in the future');
    const level = deriveLevel(dto);
    const linked = await this.db.getRepository(Ticket).find({
      select: { id: true },
      where: [
        { customerPhone: dto.customerPhone, createdAt: MoreThan(new Date(now.getTime() - REPEAT_WINDOW_DAYS * 86_400_000)) },
        ...(dto.customerIdNumber
          ? [{ customerIdNumber: dto.customerIdNumber, createdAt: MoreThan(new Date(now.getTime() - REPEAT_WINDOW_DAYS * 86_400_000)) }]
          : []),
      ],
      order: { createdAt: 'DESC' },
      take: 20,
    });
    const riskFlags = new Set(dto.riskFlags ?? []);
    if (linked.length) riskFlags.add('repeat_complainant');
    // Numbered outside the filing transaction so filings of one province never queue on the counter row; a rolled-back filing leaves a gap.
    const number = await this.nextNumber(province.code, now);

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
    const autoDispatch = await this.autoDispatchRule(dto.kind, province.id, dto);
    const ticket = await this.transitions.file({
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
    return { ticket, created: true };
  }

  private async nextNumber(provinceCode: string, now: Date): Promise<string> {
    const day = chinaDay(now);
    const [{ seq }] = (await this.db.query(
      `INSERT INTO ticket_number_counters (prefix, day, seq) VALUES ($1, $2, 1)
       ON CONFLICT (prefix, day) DO UPDATE SET seq = ticket_number_counters.seq + 1
       RETURNING seq`,
      [provinceCode, day],
    )) as { seq: number }[];
    return `${provinceCode}-${day}-${String(seq).padStart(6, '0')}`;
  }

  /** A matching rule in `auto` mode dispatches at filing, as the system on behalf of the reviewing centre. */
  private async autoDispatchRule(
    kind: FileTicketDto['kind'],
    provinceUnitId: string,
    dto: Pick<FileTicketDto, 'businessType' | 'natures' | 'customerTier'>,
  ): Promise<{ ruleId: string; target: OrgUnit } | null> {
    if (kind === 'escalated_complaint' || kind === 'appeal') return null;
    const match = await this.routing.evaluate({
      provinceUnitId,
      businessType: dto.businessType,
      natures: dto.natures,
      customerTier: dto.customerTier,
    });
    if (!match || match.rule.mode !== 'auto') return null;
    const target = await this.db.getRepository(OrgUnit).findOneBy({ id: match.rule.targetUnitId });
    return target ? { ruleId: match.rule.id, target } : null;
  }
}
