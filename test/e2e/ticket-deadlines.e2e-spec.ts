/**
 * Why each deadline of a ticket falls where it does: an appeal filed on the eve of the National Day
 * holiday has a commitment of 7 working days whose explanation names the holiday week and the
 * weekend it skipped and the make-up Saturday it counted, and agrees with the deadline preview.
 */
import request from 'supertest';
import { bearer, ManualClock, startTestApp, TestApp } from '../support/test-app';
import { fileAt, world, World } from '../support/tickets';

const cn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

interface Explained {
  kind: string;
  startedAt: string;
  warnAt: string;
  dueAt: string;
  explanation: {
    policy: string;
    limit: { unit: string; value: number };
    warnRatio: number;
    counted: number;
    skippedDays: { date: string; reason: string }[];
    madeUpDays: { date: string; reason: string }[];
    provisionalYears: number[];
  };
}

describe('ticket deadlines explained', () => {
  const clock = new ManualClock(cn('2026-09-30 10:00'));
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({ SLA_TIME_SCALE: '1' }, clock);
    w = await world(t);
    const cs = await request(t.http)
      .post('/api/v1/channel-systems')
      .set(bearer(t.admin))
      .send({ name: 'national hotline', channel: 'hotline', orgUnitId: w.national.id })
      .expect(201);
    w = { ...w, apiKey: cs.body.apiKey as string };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('names the days a working-day count skipped and the make-up days it counted, as the preview computes them', async () => {
    const id = await fileAt(t, w, clock, { kind: 'appeal' });
    const res = await request(t.http).get(`/api/v1/tickets/${id}/deadlines`).set(bearer(w.tokens.national)).expect(200);
    const stages = res.body.stages as Explained[];
    const commitment = stages.find((s) => s.kind === 'commitment')!;
    expect(commitment.dueAt).toBe(cn('2026-10-15 10:00').toISOString());
    expect(commitment.explanation).toMatchObject({ limit: { unit: 'working_days', value: 7 }, counted: 7, provisionalYears: [] });
    expect(commitment.explanation.skippedDays).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, reason: 'official_holiday' })),
      { date: '2026-10-11', reason: 'weekend' },
    ]);
    expect(commitment.explanation.madeUpDays).toEqual([{ date: '2026-10-10', reason: 'official_workday' }]);

    const preview = await request(t.http)
      .post('/api/v1/sla/deadline-preview')
      .set(bearer(w.tokens.national))
      .send({
        unitId: w.national.id,
        start: commitment.startedAt,
        limit: commitment.explanation.limit,
        warnRatio: commitment.explanation.warnRatio,
      })
      .expect(200);
    expect([commitment.warnAt, commitment.dueAt]).toEqual([preview.body.warnAt, preview.body.dueAt]);

    // An hours limit counts every day: nothing skipped.
    const review = stages.find((s) => s.kind === 'review')!;
    expect(review.explanation).toMatchObject({ limit: { unit: 'hours' }, skippedDays: [], madeUpDays: [] });
    expect(review.explanation.counted).toBe(review.explanation.limit.value);
  });

  it('is read as the ticket is: out of scope is 404', async () => {
    const id = await fileAt(t, w, clock, { kind: 'appeal' });
    await request(t.http).get(`/api/v1/tickets/${id}/deadlines`).set(bearer(w.tokens.dept)).expect(404);
  });
});
