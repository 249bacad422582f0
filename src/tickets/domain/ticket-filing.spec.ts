import { FilingFacts, fileTicket } from './ticket-filing';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);

function facts(intakeDue: Date): FilingFacts {
  return {
    number: 'HA-20261122-000001',
    level: 'provincial',
    channel: 'hotline',
    reviewUnitId: 'centre',
    contactedAt: at(-60_000),
    linkedTicketIds: ['earlier'],
    deadlines: {
      intake: { warnAt: at(-1), dueAt: intakeDue, basis: 'intake' },
      review: { warnAt: at(900), dueAt: at(1_000), basis: 'review' },
      commitment: { warnAt: at(9_000), dueAt: at(10_000), basis: 'commitment' },
    },
  };
}

describe('fileTicket', () => {
  it('puts the ticket in review with the reviewing centre, opens commitment and review, and records the filing', () => {
    const filed = fileTicket(facts(at(1)), NOW);
    expect(filed.state).toEqual({
      status: 'review',
      ownerUnitId: 'centre',
      dispatcherUnitId: null,
      leadUnitId: null,
      lateIntake: false,
      commitmentDueAt: at(10_000),
      filedAt: NOW,
    });
    expect(filed.stages.map((s) => [s.kind, s.status, s.breachedAt])).toEqual([
      ['intake', 'completed', null],
      ['commitment', 'open', null],
      ['review', 'open', null],
    ]);
    expect(filed.stages[0]).toMatchObject({ startedAt: at(-60_000), completedAt: NOW });
    expect(filed.events).toEqual([
      {
        type: 'ticket.filed',
        data: {
          number: 'HA-20261122-000001',
          level: 'provincial',
          channel: 'hotline',
          reviewUnitId: 'centre',
          lateIntake: false,
          linkedTicketIds: ['earlier'],
        },
      },
    ]);
    expect(filed.participants).toEqual([{ unitId: 'centre', role: 'reviewer' }]);
  });

  it.each<[string, Date, boolean]>([
    ['filed after the intake limit', at(-1), true],
    ['filed exactly at the intake limit', NOW, false],
    ['filed before the intake limit', at(1), false],
  ])('%s → late %p', (_t, intakeDue, late) => {
    const filed = fileTicket(facts(intakeDue), NOW);
    expect(filed.state.lateIntake).toBe(late);
    expect(filed.stages[0].breachedAt).toEqual(late ? NOW : null);
    expect(filed.events[0].data.lateIntake).toBe(late);
  });
});
