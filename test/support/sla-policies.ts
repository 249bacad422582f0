import request from 'supertest';
import { bearer, TestApp } from './test-app';

/** Far enough away never to fire during a test. */
export const LONG = { unit: 'hours', value: 10_000 };

const STAGES = ['intake', 'review', 'sign_for', 'handling', 'cohandling', 'feedback_review', 'reply', 'revisit'];

/**
 * A business type (created unless it exists), and a new policy for it whose `stage` lasts `hours` policy
 * hours (seconds under SLA_TIME_SCALE=3600) with every other stage and the commitment far away;
 * `criteria` narrows it.
 */
export async function shortStagePolicy(
  t: TestApp,
  businessType: string,
  stage: string,
  hours: number,
  criteria: Record<string, string> = {},
  name = `probe ${businessType}`,
): Promise<void> {
  await request(t.http)
    .post('/api/v1/taxonomy')
    .set(bearer(t.admin))
    .send({ kind: 'business_type', code: businessType, label: businessType })
    .expect((res) => {
      if (res.status !== 201 && res.status !== 409) throw new Error(`taxonomy term ${businessType}: ${res.status}`);
    });
  const stageLimits = Object.fromEntries(STAGES.map((k) => [k, k === stage ? { unit: 'hours', value: hours } : LONG]));
  await request(t.http)
    .post('/api/v1/sla-policies')
    .set(bearer(t.admin))
    .send({ name, ...criteria, businessType, stageLimits, commitment: LONG, warnRatio: 0.9 })
    .expect(201);
}
