import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTIFIED_EVENT_TYPES, NotifiedEventType } from './ticket-events';
import { NOTICE_RULES, NoticeFacts, NoticeStageFacts, NoticeTicket, channelNoticeOf, noticeOf, ticketPath } from './ticket-notice';
import { AUDIENCE } from './ticket-recipients';
import type { StageKind, TicketStatus } from './ticket.types';

const REVIEWER = randomUUID();
const DEPT = randomUUID();
const COHANDLER = randomUUID();
const CANCELLED_COHANDLER = randomUUID();
const FILED = new Date('2026-03-02T01:00:00Z');
const NOW = new Date('2026-03-04T09:30:00Z');
const at = (hours: number) => new Date(FILED.getTime() + hours * 3_600_000);

function stage(kind: StageKind, ownerUnitId: string, status: NoticeStageFacts['status'], startedHours: number): NoticeStageFacts {
  return {
    id: randomUUID(),
    kind,
    ownerUnitId,
    status,
    startedAt: at(startedHours),
    warnAt: at(startedHours + 20),
    dueAt: at(startedHours + 24),
  };
}

/** A ticket in handling at DEPT with a co-handler and a cancelled co-handling task, the commitment still open. */
const STAGES = {
  commitment: stage('commitment', REVIEWER, 'open', 0),
  review: stage('review', REVIEWER, 'completed', 0),
  signFor: stage('sign_for', DEPT, 'completed', 1),
  handling: stage('handling', DEPT, 'open', 2),
  cohandling: stage('cohandling', COHANDLER, 'open', 3),
  cancelled: stage('cohandling', CANCELLED_COHANDLER, 'cancelled', 3),
  feedbackReview: stage('feedback_review', REVIEWER, 'open', 5),
  revisit: stage('revisit', REVIEWER, 'open', 7),
};
const open = (s: NoticeStageFacts): NoticeStageFacts => ({ ...s, status: 'open' });
const HANDLING = [STAGES.commitment, STAGES.review, STAGES.signFor, STAGES.handling, STAGES.cohandling, STAGES.cancelled];

interface Case {
  status: TicketStatus;
  owner: string;
  data: Record<string, unknown>;
  stages: NoticeStageFacts[];
  /** The stage the payload must name; null where none runs after the event. */
  expected: NoticeStageFacts | null;
}

const handling = (data: Record<string, unknown> = {}, expected: NoticeStageFacts | null = STAGES.handling): Case => ({
  status: 'handling',
  owner: DEPT,
  data,
  stages: HANDLING,
  expected,
});
const done = (status: TicketStatus, data: Record<string, unknown> = {}): Case => ({
  status,
  owner: REVIEWER,
  data,
  stages: [{ ...STAGES.commitment, status: 'completed' }, STAGES.review, STAGES.signFor, { ...STAGES.handling, status: 'completed' }],
  expected: null,
});

/**
 * One row per notified type, each the ticket as the writer holds it after that event: a type
 * becoming notified fails to compile here until its payload is shown complete.
 */
const CASES: { [T in NotifiedEventType]: Case } = {
  'ticket.filed': {
    status: 'review',
    owner: REVIEWER,
    data: { number: 'HA1', level: 'general', channel: 'hotline', lateIntake: false, linkedTicketIds: [] },
    stages: [STAGES.commitment, open(STAGES.review)],
    expected: open(STAGES.review),
  },
  'ticket.dispatched': {
    status: 'sign_for',
    owner: DEPT,
    data: { toUnitId: DEPT, note: 'internal note' },
    stages: [STAGES.commitment, STAGES.review, open(STAGES.signFor)],
    expected: open(STAGES.signFor),
  },
  'ticket.signed': handling({ unitId: DEPT }),
  'ticket.returned': {
    status: 'review',
    owner: REVIEWER,
    data: { fromUnitId: DEPT, reason: 'wrong_category' },
    stages: [STAGES.commitment, STAGES.signFor, { ...open(STAGES.review), startedAt: at(4) }],
    expected: { ...open(STAGES.review), startedAt: at(4) },
  },
  'ticket.transferred': {
    status: 'sign_for',
    owner: COHANDLER,
    data: { fromUnitId: DEPT, toUnitId: COHANDLER, reason: 'not ours' },
    stages: [STAGES.commitment, { ...STAGES.handling, status: 'completed' }, { ...STAGES.signFor, ownerUnitId: COHANDLER, status: 'open' }],
    expected: { ...STAGES.signFor, ownerUnitId: COHANDLER, status: 'open' },
  },
  'cohandling.assigned': handling(
    { unitId: COHANDLER, task: 'check billing', dueAt: STAGES.cohandling.dueAt.toISOString() },
    STAGES.cohandling,
  ),
  'cohandling.cancelled': handling({ unitId: CANCELLED_COHANDLER, reason: 'not needed' }, STAGES.cancelled),
  'extension.requested': handling({ requestedDueAt: at(60).toISOString(), reason: 'parts on order' }),
  'extension.decided': handling({ approved: true, dueAt: at(60).toISOString() }),
  'ticket.help_requested': handling({ parentUnitId: REVIEWER, reason: 'needs the city' }),
  'feedback.submitted': {
    status: 'feedback_review',
    owner: REVIEWER,
    data: { result: 'refunded' },
    stages: [STAGES.commitment, { ...STAGES.handling, status: 'completed' }, STAGES.feedbackReview],
    expected: STAGES.feedbackReview,
  },
  'feedback.rejected': handling({ reason: 'incomplete' }),
  'ticket.replied': done('replied', { text: 'We refunded the charge.', final: true }),
  'ticket.closed': {
    status: 'closed',
    owner: REVIEWER,
    data: { attitude: 'accepted', companyPosition: 'internal position' },
    stages: [{ ...STAGES.commitment, status: 'completed' }, STAGES.revisit],
    expected: STAGES.revisit,
  },
  'ticket.reopened': handling({ round: 2, unitId: DEPT }),
  'stage.warning': handling({ stageId: STAGES.cohandling.id, stage: 'cohandling', ownerUnitId: COHANDLER }, STAGES.cohandling),
  'stage.breached': handling(
    { stageId: STAGES.commitment.id, stage: 'commitment', ownerUnitId: REVIEWER, overdueMs: 5 },
    STAGES.commitment,
  ),
  'ticket.escalated': handling({
    stageId: STAGES.handling.id,
    fromUnitId: DEPT,
    toUnitId: REVIEWER,
    fromTier: 'city',
    toTier: 'provincial',
  }),
  'supervision.issued': handling({ stageId: STAGES.handling.id, supervisionOrderId: randomUUID(), fromUnitId: REVIEWER, toUnitId: DEPT }),
  'supervision.warning': handling({ stageId: STAGES.handling.id, supervisionOrderId: randomUUID(), fromUnitId: REVIEWER, toUnitId: DEPT }),
  'supervision.breached': handling({ stageId: STAGES.handling.id, supervisionOrderId: randomUUID(), fromUnitId: REVIEWER, toUnitId: DEPT }),
  'ticket.urged': handling({ toUnitId: DEPT, note: 'hurry' }),
  'ticket.upgraded': handling({ reason: 'unresolved past the policy age', afterHours: 48 }),
  'commitment.at_risk': handling(
    { handlingDueAt: at(60).toISOString(), commitmentDueAt: STAGES.commitment.dueAt.toISOString() },
    STAGES.commitment,
  ),
  'ticket.revisited': done('revisited', { result: 'satisfied', note: 'internal note' }),
  'ticket.withdrawn': done('withdrawn', { reason: 'customer called back', conclusion: 'withdrawn' }),
  'ticket.archived': done('archived'),
  'suggestion.schedule_reported': handling({
    dueAt: at(600).toISOString(),
    previousDueAt: STAGES.handling.dueAt.toISOString(),
    plan: 'internal note',
  }),
  'suggestion.analysed': {
    status: 'feedback_review',
    owner: REVIEWER,
    data: { analysis: 'internal note', decision: 'adopted', reason: 'cheaper for families', effectiveFrom: '2027-01-01' },
    stages: [STAGES.commitment, { ...STAGES.handling, status: 'completed' }, STAGES.feedbackReview],
    expected: STAGES.feedbackReview,
  },
};

const document = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'openapi.json'), 'utf8')) as {
  components: unknown;
  webhooks: Record<string, { post: { requestBody: { content: { 'application/json': { schema: object } } } } }>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi.json', components: document.components });
const rebase = (schema: object) => JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi.json#/components/')) as object;
const validate = (type: NotifiedEventType, body: unknown) => {
  const check = ajv.compile(rebase(document.webhooks[type].post.requestBody.content['application/json'].schema));
  return check(body) ? [] : check.errors;
};

const SUMMARY = {
  number: 'HA20260302000123',
  kind: 'complaint',
  subject: 'Charged twice for March',
  businessType: 'mobile.billing',
  level: 'provincial',
  customerTier: 'vip',
} as const;

function factsOf(type: NotifiedEventType): NoticeFacts {
  const c = CASES[type];
  const ticket: NoticeTicket = {
    ...SUMMARY,
    id: randomUUID(),
    status: c.status,
    ownerUnitId: c.owner,
    commitmentDueAt: STAGES.commitment.dueAt,
    externalRef: 'CRM-42',
  };
  return { eventId: randomUUID(), occurredAt: NOW, ticket, stages: c.stages };
}

describe('webhook payloads (every notified type)', () => {
  it('has a case for every notified type', () => {
    expect(Object.keys(CASES).sort()).toEqual([...NOTIFIED_EVENT_TYPES].sort());
  });

  it.each([...NOTIFIED_EVENT_TYPES])('%s: a unit can act on it without reading the ticket', (type) => {
    const facts = factsOf(type);
    const c = CASES[type];
    const body = noticeOf({ type, data: c.data }, facts);
    expect(validate(type, body)).toEqual([]);
    expect(body).toMatchObject({
      eventId: facts.eventId,
      type,
      occurredAt: NOW.toISOString(),
      ticketId: facts.ticket.id,
      ticketNumber: SUMMARY.number,
      ticketPath: `/api/v1/tickets/${facts.ticket.id}`,
      kind: SUMMARY.kind,
      subject: SUMMARY.subject,
      businessType: SUMMARY.businessType,
      level: SUMMARY.level,
      customerTier: SUMMARY.customerTier,
      status: c.status,
      commitmentDueAt: STAGES.commitment.dueAt.toISOString(),
      data: c.data,
    });
    const expected = c.expected && {
      id: c.expected.id,
      kind: c.expected.kind,
      unitId: c.expected.ownerUnitId,
      status: c.expected.status,
      warnAt: c.expected.warnAt.toISOString(),
      dueAt: c.expected.dueAt.toISOString(),
    };
    expect(body.stage).toEqual(expected);
  });

  it.each([...NOTIFIED_EVENT_TYPES])('%s: the filing channel gets a milestone body without internal fields, or nothing', (type) => {
    const facts = factsOf(type);
    const c = CASES[type];
    const body = channelNoticeOf({ type, data: c.data }, facts);
    expect(body !== null).toBe(AUDIENCE[type].channel);
    if (!body) return;
    expect(validate(type, body)).toEqual([]);
    expect(body).not.toHaveProperty('stage');
    expect(body).toMatchObject({ eventId: facts.eventId, ticketPath: ticketPath(facts.ticket.id), externalRef: 'CRM-42' });
    expect(Object.keys(body.data).every((field) => NOTICE_RULES[type].channelData!.includes(field))).toBe(true);
    // Unit ids, notes and reasons of the recorded event never reach the channel.
    const sent = JSON.stringify(body);
    for (const internal of [REVIEWER, DEPT, COHANDLER, 'internal note', 'internal position', 'customer called back']) {
      expect(sent).not.toContain(internal);
    }
  });

  it('a milestone passes the reply, the attitude, the revisit result and the round on to the channel', () => {
    const channel = (type: NotifiedEventType) => channelNoticeOf({ type, data: CASES[type].data }, factsOf(type))!.data;
    expect(channel('ticket.replied')).toEqual({ text: 'We refunded the charge.' });
    expect(channel('ticket.closed')).toEqual({ attitude: 'accepted' });
    expect(channel('ticket.revisited')).toEqual({ result: 'satisfied' });
    expect(channel('ticket.reopened')).toEqual({ round: 2 });
    expect(channel('ticket.withdrawn')).toEqual({ conclusion: 'withdrawn' });
  });

  it("a suggestion's reply passes the adoption decision on to the proposer's channel", () => {
    const adoption = { decision: 'adopted', reason: 'cheaper for families', effectiveFrom: '2027-01-01' };
    const body = channelNoticeOf({ type: 'ticket.replied', data: { text: 'Adopted', final: true, adoption } }, factsOf('ticket.replied'))!;
    expect(validate('ticket.replied', body)).toEqual([]);
    expect(body.data).toEqual({ text: 'Adopted', adoption });
  });

  it('a stage the event names wins over the rule: a co-handler’s warning names the co-handling stage', () => {
    const facts = factsOf('stage.warning');
    const body = noticeOf({ type: 'stage.warning', data: { stageId: STAGES.cohandling.id } }, facts);
    expect(body.stage).toMatchObject({ kind: 'cohandling', unitId: COHANDLER });
  });

  it('the units’ body refuses what a channel body carries, and the reverse (the two are told apart)', () => {
    const facts = factsOf('ticket.signed');
    const unit = noticeOf({ type: 'ticket.signed', data: {} }, facts);
    const channel = channelNoticeOf({ type: 'ticket.signed', data: {} }, facts)!;
    expect(validate('ticket.dispatched', { ...channel, type: 'ticket.dispatched' })).not.toEqual([]);
    expect(validate('ticket.signed', { ...unit, externalRef: 'CRM-42' })).not.toEqual([]);
  });
});
