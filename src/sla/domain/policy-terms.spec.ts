import { STAGE_KINDS } from '../../tickets/domain/ticket.types';
import {
  LIMITED_STAGE_KINDS,
  deadlineBasis,
  describeLimit,
  isCatchAll,
  provisionalBasis,
  provisionalMarkOf,
  provisionalYearsOf,
  settledBasis,
} from './policy-terms';

describe('describeLimit', () => {
  it.each([
    [{ unit: 'hours', value: 24 }, '24 hours'],
    [{ unit: 'hours', value: 1 }, '1 hour'],
    [{ unit: 'hours', value: 1.5 }, '1.5 hours'],
    [{ unit: 'working_days', value: 3 }, '3 working days'],
    [{ unit: 'working_days', value: 1 }, '1 working day'],
  ] as const)('%j → %s', (limit, text) => {
    expect(describeLimit(limit)).toBe(text);
  });
});

describe('deadlineBasis', () => {
  it('names the policy, the stage and the limit', () => {
    expect(deadlineBasis('national VIP', 'handling', { unit: 'hours', value: 24 })).toBe("policy 'national VIP' handling 24 hours");
  });

  it('names a compressed clock', () => {
    expect(deadlineBasis('appeal', 'commitment', { unit: 'working_days', value: 7 }, 3600)).toBe(
      "policy 'appeal' commitment 7 working days (time compressed ×3600)",
    );
  });
});

describe('LIMITED_STAGE_KINDS', () => {
  it('is every stage kind but the overall commitment', () => {
    expect(LIMITED_STAGE_KINDS).not.toContain('commitment');
    expect([...LIMITED_STAGE_KINDS, 'commitment'].sort()).toEqual([...new Set([...STAGE_KINDS, 'commitment'])].sort());
  });
});

describe('isCatchAll', () => {
  it('is true only when every criterion is a wildcard', () => {
    const none = { kind: null, level: null, customerTier: null, businessType: null };
    expect(isCatchAll(none)).toBe(true);
    expect(isCatchAll({ ...none, businessType: 'mobile' })).toBe(false);
  });
});

describe('provisional marks in a deadline basis', () => {
  const basis = "policy 'escalated complaint mobile' commitment 3 working days";

  it('marks each year without a schedule, and finds them again', () => {
    const marked = provisionalBasis(basis, [2099, 2100]);
    expect(marked).toBe(
      `${basis} [provisional: no official 2099 calendar, weekends only] [provisional: no official 2100 calendar, weekends only]`,
    );
    expect(provisionalYearsOf(marked)).toEqual([2099, 2100]);
    expect(marked).toContain(provisionalMarkOf(2100));
    expect(provisionalBasis(basis, [])).toBe(basis);
  });

  it('settling one year keeps the others and leaves a trace of the recount', () => {
    const settled = settledBasis(provisionalBasis(basis, [2099, 2100]), 2099, new Date('2098-11-20T02:00:00Z'));
    expect(provisionalYearsOf(settled)).toEqual([2100]);
    expect(settled).toContain('[recounted on the official 2099 calendar imported 2098-11-20T02:00:00.000Z]');
  });

  it('names why a term differs from the policy row', () => {
    expect(deadlineBasis('general', 'commitment', { unit: 'hours', value: 24 }, 1, "the general level's commitment")).toBe(
      "policy 'general' commitment 24 hours (the general level's commitment)",
    );
  });
});
