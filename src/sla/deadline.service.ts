import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrgService } from '../org/org.service';
import type { StageKind } from '../tickets/domain/ticket.types';
import { CalendarService } from './calendar.service';
import { ComputedDeadline, DeadlinePolicy, TicketSlaFacts } from './deadline-policy';
import {
  DeadlineOptions,
  computeDeadline,
  explainSpan,
  provisionalYears,
  recountDeadline,
  stricter,
  warnPointWithin,
} from './domain/deadline';
import { deadlineBasis, provisionalBasis, settledBasis } from './domain/policy-terms';
import { DeadlineExplanation } from './dto/deadline-explanation.dto';
import { DeadlinePreview, DeadlinePreviewDto } from './dto/deadline-preview.dto';
import { ResolvedSlaPolicy } from './dto/sla-policy.dto';
import { SlaPolicyService } from './sla-policy.service';

/** Answers "when is this due?" from the resolved policy, the owner unit's calendar and the configured time scale. */
@Injectable()
export class DeadlineService extends DeadlinePolicy {
  private readonly timeScale: number;

  constructor(
    private readonly policies: SlaPolicyService,
    private readonly calendars: CalendarService,
    private readonly org: OrgService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.timeScale = config.SLA_TIME_SCALE;
  }

  async stageDeadline(
    facts: TicketSlaFacts,
    kind: StageKind,
    ownerUnitId: string,
    start: Date,
    tx?: EntityManager,
  ): Promise<ComputedDeadline> {
    if (kind === 'commitment') return this.commitmentDeadline(facts, ownerUnitId, start, tx);
    const policy = await this.policies.resolve(facts, tx);
    const limit = policy.stageLimits[kind];
    const calendar = await this.calendars.calendarFor(ownerUnitId, tx);
    const { warnAt, dueAt } = computeDeadline(start, limit, calendar, this.options(policy));
    const provisional = provisionalYears(start, limit, dueAt, calendar, this.options(policy));
    const basis = deadlineBasis(policy.name, kind, limit, this.timeScale, policy.notes[kind]);
    return { warnAt, dueAt, basis: provisionalBasis(basis, provisional) };
  }

  async commitmentDeadline(facts: TicketSlaFacts, reviewUnitId: string, filedAt: Date, tx?: EntityManager): Promise<ComputedDeadline> {
    const policy = await this.policies.resolve(facts, tx);
    const calendar = await this.calendars.calendarFor(reviewUnitId, tx);
    const byPolicy = computeDeadline(filedAt, policy.commitment, calendar, this.options(policy));
    const policyBasis = deadlineBasis(policy.name, 'commitment', policy.commitment, this.timeScale, policy.notes.commitment);
    const dueAt = stricter(byPolicy.dueAt, facts.requestedDueAt);
    if (dueAt.getTime() === byPolicy.dueAt.getTime()) {
      const provisional = provisionalYears(filedAt, policy.commitment, dueAt, calendar, this.options(policy));
      return { ...byPolicy, basis: provisionalBasis(policyBasis, provisional) };
    }
    // The warning follows the policy's way of counting (DOMAIN §5: 90 % of the counted time).
    const warnAt = warnPointWithin(filedAt, dueAt, policy.commitment.unit, calendar, this.options(policy));
    return { warnAt, dueAt, basis: `customer-requested ${dueAt.toISOString()}, stricter than ${policyBasis}` };
  }

  /**
   * Explicit deadlines come from co-handling tasks and handling extensions, both measured
   * against the lead's handling time, so the handling limit's unit says how time is counted.
   */
  async warnAtFor(facts: TicketSlaFacts, ownerUnitId: string, start: Date, dueAt: Date, tx?: EntityManager): Promise<Date> {
    const policy = await this.policies.resolve(facts, tx);
    const calendar = await this.calendars.calendarFor(ownerUnitId, tx);
    return warnPointWithin(start, dueAt, policy.stageLimits.handling.unit, calendar, this.options(policy));
  }

  async supervisionDeadline(
    facts: TicketSlaFacts,
    targetUnitId: string,
    start: Date,
    dueAt: Date | null,
    tx?: EntityManager,
  ): Promise<ComputedDeadline> {
    const policy = await this.policies.resolve(facts, tx);
    const limit = policy.supervisionLimit;
    const calendar = await this.calendars.calendarFor(targetUnitId, tx);
    if (dueAt) {
      const warnAt = warnPointWithin(start, dueAt, limit.unit, calendar, this.options(policy));
      return { warnAt, dueAt, basis: `set by the supervisor: ${dueAt.toISOString()}` };
    }
    const computed = computeDeadline(start, limit, calendar, this.options(policy));
    const provisional = provisionalYears(start, limit, computed.dueAt, calendar, this.options(policy));
    const basis = deadlineBasis(policy.name, 'supervision order', limit, this.timeScale, policy.notes.supervisionLimit);
    return { ...computed, basis: provisionalBasis(basis, provisional) };
  }

  async explain(facts: TicketSlaFacts, kind: StageKind, ownerUnitId: string, start: Date, dueAt: Date): Promise<DeadlineExplanation> {
    const policy = await this.policies.resolve(facts);
    const limit = kind === 'commitment' ? policy.commitment : policy.stageLimits[kind];
    const calendar = await this.calendars.calendarFor(ownerUnitId);
    const options = this.options(policy);
    return {
      policy: policy.name,
      limit,
      warnRatio: policy.warnRatio,
      ...explainSpan(start, dueAt, limit.unit, calendar, options),
      provisionalYears: provisionalYears(start, limit, dueAt, calendar, options),
      timeScale: this.timeScale,
    };
  }

  async maxExtensions(facts: TicketSlaFacts, tx?: EntityManager): Promise<number> {
    return (await this.policies.resolve(facts, tx)).maxExtensions;
  }

  async recountProvisional(
    ownerUnitId: string,
    origin: Date,
    deadline: ComputedDeadline,
    year: number,
    importedAt: Date,
    tx?: EntityManager,
  ): Promise<ComputedDeadline | null> {
    const calendar = await this.calendars.calendarFor(ownerUnitId, tx);
    if (!calendar.coversYear(year)) return null;
    const { warnAt, dueAt } = recountDeadline(origin, deadline, calendar.withoutOfficialYear(year), calendar);
    return { warnAt, dueAt, basis: settledBasis(deadline.basis, year, importedAt) };
  }

  /** The arithmetic a stage of `dto.limit` owned by the unit would get, for operators checking a deadline. */
  async preview(actor: RequestActor, dto: DeadlinePreviewDto): Promise<DeadlinePreview> {
    await this.org.getVisible(actor, dto.unitId);
    const calendar = await this.calendars.calendarFor(dto.unitId);
    const start = new Date(dto.start);
    const options = { warnRatio: dto.warnRatio, timeScale: this.timeScale };
    const { warnAt, dueAt } = computeDeadline(start, dto.limit, calendar, options);
    return { warnAt, dueAt, timeScale: this.timeScale, provisionalYears: provisionalYears(start, dto.limit, dueAt, calendar, options) };
  }

  private options(policy: ResolvedSlaPolicy): DeadlineOptions {
    return { warnRatio: policy.warnRatio, timeScale: this.timeScale };
  }
}
