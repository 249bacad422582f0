import { STAGE_KINDS } from '../../tickets/domain/ticket.types';
import { LIMITED_STAGE_KINDS, deadlineBasis, describeLimit, isCatchAll } from './policy-terms';

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
