/**
 * Exactly-once checks of SLA timers, read straight from Postgres: per review stage, how many
 * warnings, breaches and escalations were recorded, and how late.
 */
import { Client } from 'pg';
import { eventually, pause } from './processes';
import request from 'supertest';
import { bearer, TestApp } from './test-app';

const LONG = { unit: 'hours', value: 10_000 };

/** A business type whose review stage (the first one of a filing) lasts `hours` policy hours; every other limit far away. */
export async function reviewPolicy(t: TestApp, businessType: string, hours: number): Promise<void> {
  await request(t.http)
    .post('/api/v1/taxonomy')
    .set(bearer(t.admin))
    .send({ kind: 'business_type', code: businessType, label: businessType })
    .expect(201);
  const stageLimits = Object.fromEntries(
    ['intake', 'review', 'sign_for', 'handling', 'cohandling', 'feedback_review', 'reply', 'revisit'].map((k) => [
      k,
      k === 'review' ? { unit: 'hours', value: hours } : LONG,
    ]),
  );
  await request(t.http)
    .post('/api/v1/sla-policies')
    .set(bearer(t.admin))
    // Provincial level too (file() files provincial tickets): a policy naming the business type alone
    // is less specific than the seeded 'provincial' one (level weighs more), which would then apply.
    .send({ name: `review ${businessType}`, level: 'provincial', businessType, stageLimits, commitment: LONG, warnRatio: 0.9 })
    .expect(201);
}

export interface StageFirings {
  ticketId: string;
  stageId: string;
  deadlineGen: number;
  /** The warning instant (a timer more than a second ahead is armed as the job its instant shares). */
  warnAt: Date;
  warnings: number;
  breaches: number;
  escalations: number;
  /** Recording instant minus deadline instant, milliseconds; null while not recorded. */
  warnLateMs: number | null;
  breachLateMs: number | null;
}

/** Warnings, breaches and escalations recorded for the review stage of each ticket. */
export async function reviewFirings(databaseUrl: string, ticketIds: string[]): Promise<StageFirings[]> {
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const { rows } = await pg.query<StageFirings>(
      `SELECT s.ticket_id AS "ticketId", s.id AS "stageId", s.deadline_gen AS "deadlineGen", s.warn_at AS "warnAt",
              (SELECT count(*) FROM ticket_events e WHERE e.ticket_id = s.ticket_id AND e.type = 'stage.warning' AND e.data->>'stageId' = s.id::text)::int AS warnings,
              (SELECT count(*) FROM ticket_events e WHERE e.ticket_id = s.ticket_id AND e.type = 'stage.breached' AND e.data->>'stageId' = s.id::text)::int AS breaches,
              (SELECT count(*) FROM ticket_events e WHERE e.ticket_id = s.ticket_id AND e.type = 'ticket.escalated' AND e.data->>'stageId' = s.id::text
                 AND e.data->>'supervisionOrderId' IS NULL)::int AS escalations,
              (extract(epoch FROM s.warned_at - s.warn_at) * 1000)::int AS "warnLateMs",
              (extract(epoch FROM s.breached_at - s.due_at) * 1000)::int AS "breachLateMs"
         FROM ticket_stages s
        WHERE s.ticket_id = ANY($1) AND s.kind = 'review'`,
      [ticketIds],
    );
    return rows;
  } finally {
    await pg.end();
  }
}

/** Timers lost (a stage never warned, breached or escalated) and doubled (recorded more than once), over all stages. */
function tally(firings: StageFirings[]): { lost: number; doubled: number; maxLateMs: number } {
  let lost = 0;
  let doubled = 0;
  let maxLateMs = 0;
  for (const f of firings) {
    for (const n of [f.warnings, f.breaches, f.escalations]) {
      if (n === 0) lost++;
      if (n > 1) doubled += n - 1;
    }
    maxLateMs = Math.max(maxLateMs, f.warnLateMs ?? 0, f.breachLateMs ?? 0);
  }
  return { lost, doubled, maxLateMs };
}

/**
 * Waits until the review stage of every ticket is breached and escalated, lets any duplicated or
 * late job run, then counts: timers lost and doubled, and the latest firing after its instant.
 */
export async function settledFirings(databaseUrl: string, ticketIds: string[], timeoutMs: number) {
  await eventually(
    async () => (await reviewFirings(databaseUrl, ticketIds)).every((f) => f.breaches > 0 && f.escalations > 0),
    timeoutMs,
    200,
  );
  await pause(1500);
  const firings = await reviewFirings(databaseUrl, ticketIds);
  return { stages: firings.length, ...tally(firings) };
}
