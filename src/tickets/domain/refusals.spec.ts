import fc from 'fast-check';
import { REFUSAL_CLASSES, REFUSAL_CODES, refusalHttpStatus } from './refusals';
import { transition, Actor, Command, TicketState } from './ticket-state-machine';
import { RELATIONS } from '../../auth/policy/policy';
import { TICKET_STATUSES } from './ticket.types';
import { STAFF_ROLES } from '../../common/vocabulary';

describe('refusal classes', () => {
  it.each([
    ['forbidden', 403],
    ['invalid', 422],
    ['conflict', 409],
  ] as const)('%s answers %d', (cls, status) => {
    expect(refusalHttpStatus(cls)).toBe(status);
  });

  it.each([
    ['NOT_OWNER', 'forbidden'],
    ['FORBIDDEN_ROLE', 'forbidden'],
    ['REASON_REQUIRED', 'invalid'],
    ['TARGET_OUT_OF_SCOPE', 'invalid'],
    ['INVALID_TRANSITION', 'conflict'],
    ['COHANDLING_OPEN', 'conflict'],
    ['TICKET_ARCHIVED', 'conflict'],
  ] as const)('%s is %s', (code, cls) => {
    expect(REFUSAL_CLASSES[code]).toBe(cls);
  });

  it('every code is a stable SCREAMING_SNAKE name', () => {
    for (const code of REFUSAL_CODES) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it('every refusal the machine gives carries the class of its code', () => {
    const base: TicketState = {
      kind: 'complaint',
      level: 'general',
      status: 'handling',
      reviewUnitId: 'centre',
      provinceId: 'centre',
      ownerUnitId: 'dept',
      dispatcherUnitId: 'centre',
      leadUnitId: 'dept',
      handlingRound: 1,
      openCohandlingUnitIds: [],
      extensionsUsed: 0,
      maxExtensions: 2,
      extensionPending: false,
      handlingDueAt: new Date('2026-11-23T00:00:00Z'),
      commitmentDueAt: null,
      roundDispatchedAt: null,
      conclusion: null,
      everDispatched: true,
      adoption: null,
      analysisScheduleAt: null,
    };
    const commands: Command[] = [
      { type: 'sign' },
      { type: 'submit_feedback', result: 'x' },
      { type: 'reject_feedback', reason: ' ' },
      { type: 'archive' },
      { type: 'supervise', note: 'n', dueAt: new Date('2020-01-01T00:00:00Z') },
      { type: 'approve_extension', newDueAt: new Date('2026-11-24T00:00:00Z') },
      { type: 'submit_analysis', analysis: 'a', decision: 'not_adopted', reason: 'r', effectiveFrom: '2027-01-01' },
      { type: 'report_analysis_schedule', dueAt: new Date('2020-01-01T00:00:00Z'), plan: 'p' },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...TICKET_STATUSES),
        fc.constantFrom(...commands),
        fc.constantFrom('dept', 'centre', 'elsewhere'),
        fc.constantFrom(...STAFF_ROLES),
        fc.subarray([...RELATIONS]),
        (status, command, unitId, role, relations) => {
          const actor: Actor = { kind: 'staff', unitId, tier: 'city', role, relations };
          const result = transition({ ...base, status }, command, actor, new Date('2026-11-22T10:00:00Z'));
          if (!result.ok) expect(result.class).toBe(REFUSAL_CLASSES[result.code]);
        },
      ),
    );
  });
});
