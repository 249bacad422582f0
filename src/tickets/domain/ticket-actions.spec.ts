import { availableCommands } from './ticket-actions';
import type { Actor, TicketState } from './ticket-commands';

const NOW = new Date('2026-11-23T02:00:00.000Z');
const later = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

const handling: TicketState = {
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
  maxExtensions: 1,
  extensionPending: false,
  handlingDueAt: later(24),
  commitmentDueAt: later(48),
  roundDispatchedAt: null,
  conclusion: null,
  everDispatched: true,
  adoption: null,
  analysisScheduleAt: null,
};
const facts = { pendingExtensionDueAt: null, ownerParentUnitId: 'centre' };
const deptHandler: Actor = { kind: 'staff', unitId: 'dept', tier: 'department', role: 'handler', relations: ['owner'] };
const centreSupervisor: Actor = {
  kind: 'staff',
  unitId: 'centre',
  tier: 'provincial',
  role: 'supervisor',
  relations: ['reviewer', 'dispatcher', 'supervising_centre', 'province_staff'],
};
const types = (state: TicketState, actor: Actor) => availableCommands(state, actor, NOW, facts).map((c) => c.type);

describe('availableCommands', () => {
  it("lists the owner's handling work and nothing of the dispatcher's", () => {
    expect(types(handling, deptHandler)).toEqual([
      'transfer',
      'add_cohandling',
      'request_extension',
      'escalate_for_help',
      'submit_feedback',
      'progress_reply',
    ]);
  });

  it('follows the guards of the state: an open task holds the feedback back, a pending request is decided by the dispatcher', () => {
    const withTask = { ...handling, openCohandlingUnitIds: ['dept2'] };
    expect(types(withTask, deptHandler)).not.toContain('submit_feedback');
    expect(availableCommands(withTask, deptHandler, NOW, facts).filter((c) => c.type === 'cancel_cohandling')).toEqual([
      { type: 'cancel_cohandling', unitId: 'dept2', toStatus: 'handling', choices: {} },
    ]);
    const pending = { ...handling, extensionPending: true };
    expect(types(pending, deptHandler)).not.toContain('request_extension');
    expect(types(pending, centreSupervisor)).toEqual(
      expect.arrayContaining(['approve_extension', 'reject_extension', 'urge', 'supervise']),
    );
    expect(types(handling, centreSupervisor)).not.toContain('approve_extension');
  });

  it('offers only the values the machine accepts, and says where the ticket goes', () => {
    const review = { ...handling, status: 'review' as const, ownerUnitId: 'centre', leadUnitId: null, handlingDueAt: null };
    const regrade = availableCommands(review, centreSupervisor, NOW, facts).find((c) => c.type === 'regrade')!;
    expect(regrade.choices.level).toEqual(['provincial', 'national']);
    const replied = { ...handling, status: 'replied' as const, ownerUnitId: 'centre' };
    const close = availableCommands(replied, { ...centreSupervisor, relations: [...centreSupervisor.relations, 'owner'] }, NOW, facts);
    expect(close.find((c) => c.type === 'close')).toMatchObject({ toStatus: 'closed', choices: { attitude: expect.any(Array) } });
    expect(close.find((c) => c.type === 'close')!.choices.conclusion).toBeUndefined();
    const appeal = availableCommands({ ...replied, kind: 'appeal' }, { ...centreSupervisor, relations: ['owner'] }, NOW, facts);
    expect(appeal.find((c) => c.type === 'close')!.choices.conclusion).not.toContain('withdrawn');
  });

  it('offers nothing on an archived ticket, and no call for help above the national centre', () => {
    expect(types({ ...handling, status: 'archived' }, centreSupervisor)).toEqual([]);
    expect(availableCommands(handling, deptHandler, NOW, { ...facts, ownerParentUnitId: null }).map((c) => c.type)).not.toContain(
      'escalate_for_help',
    );
  });
});
