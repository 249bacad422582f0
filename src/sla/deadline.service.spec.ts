import type { AppConfig } from '../config/app-config';
import type { OrgService } from '../org/org.service';
import type { CalendarService } from './calendar.service';
import { TicketSlaFacts } from './deadline-policy';
import { DeadlineService } from './deadline.service';
import { DEFAULT_SLA_POLICIES } from './default-policies';
import { resolveTerms } from './domain/policy-resolution';
import { OfficialCalendar, WorkingCalendar } from './domain/working-calendar';
import type { ResolvedSlaPolicy } from './dto/sla-policy.dto';
import type { SlaPolicyService } from './sla-policy.service';

const HOUR = 3_600_000;
const cn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);
const local = (instant: Date) => new Date(instant.getTime() + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');

/** The service over the default policies and a fixed calendar; no database. */
function service(timeScale = 1, calendar = new WorkingCalendar()) {
  const policies = {
    resolve: async (facts: TicketSlaFacts): Promise<ResolvedSlaPolicy> => {
      const candidates = DEFAULT_SLA_POLICIES.map((policy, i) => ({
        policy: { ...policy, id: `p${i}` },
        criteria: policy,
        priority: policy.priority,
      }));
      const terms = resolveTerms(candidates, facts, candidates[0].policy);
      return { ...terms.policy, stageLimits: terms.stageLimits, commitment: terms.commitment, notes: terms.notes };
    },
  } as unknown as SlaPolicyService;
  const calendars = { calendarFor: async () => calendar } as unknown as CalendarService;
  const org = { getVisible: async () => ({}) } as unknown as OrgService;
  return new DeadlineService(policies, calendars, org, { SLA_TIME_SCALE: timeScale } as AppConfig);
}

const nationalVip: TicketSlaFacts = { kind: 'complaint', level: 'national', customerTier: 'vip', businessType: 'mobile' };
const escalatedMobile: TicketSlaFacts = { kind: 'escalated_complaint', level: 'national', customerTier: 'normal', businessType: 'mobile' };

describe('DeadlineService', () => {
  it('computes a stage deadline from the most specific policy and names it in the basis', async () => {
    const d = await service().stageDeadline(nationalVip, 'handling', 'unit', cn('2026-03-13 10:00'));
    expect(local(d.dueAt)).toBe('2026-03-14 10:00');
    expect(local(d.warnAt)).toBe('2026-03-14 07:36');
    expect(d.basis).toBe("policy 'national VIP' handling 24 hours");
  });

  it('counts working days in the owner unit calendar', async () => {
    const holidayWednesday = new WorkingCalendar({ extraHolidays: ['2026-03-18'] });
    const d = await service(1, holidayWednesday).stageDeadline(escalatedMobile, 'handling', 'unit', cn('2026-03-13 10:00'));
    expect(local(d.dueAt)).toBe('2026-03-19 10:00');
    expect(d.basis).toBe("policy 'escalated complaint mobile' handling 3 working days");
  });

  it('answers the commitment stage kind with the commitment term', async () => {
    const d = await service().stageDeadline(nationalVip, 'commitment', 'unit', cn('2026-03-13 10:00'));
    expect(local(d.dueAt)).toBe('2026-03-16 10:00');
    expect(d.basis).toBe("policy 'national VIP' commitment 72 hours");
  });

  it('keeps the policy commitment when the customer asks for a later one', async () => {
    const d = await service().commitmentDeadline(
      { ...nationalVip, requestedDueAt: cn('2026-03-20 10:00') },
      'unit',
      cn('2026-03-13 10:00'),
    );
    expect(local(d.dueAt)).toBe('2026-03-16 10:00');
    expect(d.basis).toBe("policy 'national VIP' commitment 72 hours");
  });

  it('takes a stricter customer-requested commitment, warning at 90 % of its counted time', async () => {
    const requested = cn('2026-03-16 10:00'); // Fri 10:00 → Mon 10:00: 24 counted hours in working days
    const d = await service().commitmentDeadline({ ...escalatedMobile, requestedDueAt: requested }, 'unit', cn('2026-03-13 10:00'));
    expect(d.dueAt).toEqual(requested);
    expect(local(d.warnAt)).toBe('2026-03-16 07:36');
    expect(d.basis).toBe(
      `customer-requested ${requested.toISOString()}, stricter than policy 'escalated complaint mobile' commitment 3 working days`,
    );
  });

  it('warns for an explicit deadline the way the handling limit counts time', async () => {
    const start = cn('2026-03-13 10:00');
    const due = cn('2026-03-16 10:00');
    expect(local(await service().warnAtFor(nationalVip, 'unit', start, due))).toBe('2026-03-16 02:48');
    expect(local(await service().warnAtFor(escalatedMobile, 'unit', start, due))).toBe('2026-03-16 07:36');
  });

  it('compresses time and says so when SLA_TIME_SCALE > 1', async () => {
    const start = cn('2026-03-14 10:00');
    const d = await service(3600).stageDeadline(escalatedMobile, 'handling', 'unit', start);
    expect(d.dueAt.getTime() - start.getTime()).toBe(72_000);
    expect(d.basis).toBe("policy 'escalated complaint mobile' handling 3 working days (time compressed ×3600)");
  });

  it('reads max extensions from the policy', async () => {
    expect(await service().maxExtensions(nationalVip)).toBe(2);
  });

  describe('across a year without an official schedule', () => {
    const only2098 = new WorkingCalendar({}, OfficialCalendar.fromSchedules([{ year: 2098, holidays: ['2098-01-01'], workdays: [] }]));
    const start = cn('2098-12-30 10:00');

    it('marks a working-day deadline provisional for that year', async () => {
      const d = await service(1, only2098).stageDeadline(escalatedMobile, 'handling', 'unit', start);
      expect(local(d.dueAt)).toBe('2099-01-02 10:00');
      expect(d.basis).toBe(
        "policy 'escalated complaint mobile' handling 3 working days [provisional: no official 2099 calendar, weekends only]",
      );
      const commitment = await service(1, only2098).commitmentDeadline(escalatedMobile, 'unit', start);
      expect(commitment.basis).toContain('[provisional: no official 2099 calendar, weekends only]');
    });

    it('leaves hours, and a stricter date the customer asked for, unmarked', async () => {
      const review = await service(1, only2098).stageDeadline(escalatedMobile, 'review', 'unit', start);
      expect(review.basis).toBe("policy 'escalated complaint mobile' review 4 hours");
      const requested = await service(1, only2098).commitmentDeadline(
        { ...escalatedMobile, requestedDueAt: cn('2098-12-31 18:00') },
        'unit',
        start,
      );
      expect(requested.basis).not.toContain('provisional');
    });
  });
});
