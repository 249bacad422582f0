/**
 * The actions endpoint against the commands themselves: for identities of the authorization matrix's
 * two-province world × tickets in many states, every action it lists is then accepted (2xx, sent with the
 * matrix's valid body to a fresh ticket in the same state), and commands it does not list are refused
 * on the shared ticket (403, 409, or 422 for a rule of the ticket's kind), never for their body.
 */
import request from 'supertest';
import { AuthorizationWorld, authHeaders, buildAuthorizationWorld, TicketRef, TicketStates } from '../support/authorization-world';
import { TICKET_COMMAND_BODIES } from '../support/ticket-command-bodies';
import { pool } from '../support/pool';
import { startTestApp, TestApp } from '../support/test-app';
import type { Identity, TicketTarget } from './authorization-golden';

interface Field {
  name: string;
  kind: string;
  required: boolean;
  options?: string[];
}
interface Action {
  operation: string;
  path: string;
  toStatus: string;
  fields: Field[];
}

const STATES: readonly TicketTarget[] = [
  'review',
  'sign_for',
  'handling',
  'cohandling',
  'extension',
  'suggestion_handling',
  'feedback_review',
  'reply',
  'replied',
  'closed',
  'withdrawn',
  'city_dept_handling',
  'national_sign_for',
];
const WHO: readonly Identity[] = [
  'p1Supervisor',
  'p1DeptHandler',
  'p1Dept2Handler',
  'p1CityAgent',
  'nationalSupervisor',
  'p1Channel',
  'p1Admin',
];
/** Commands not listed tried per (state, identity): enough to cover each command many times over the grid. */
const REFUSALS_PER_CELL = 6;
const COMMAND_KEYS = Object.keys(TICKET_COMMAND_BODIES).sort();
/** Commands that add to the history and change nothing the state machine decides on: one ticket takes them all. */
const KEEPING = new Set([
  'tickets.customerUpdate',
  'tickets.addAttachment',
  'tickets.progressReply',
  'tickets.urge',
  'tickets.supervise',
  'tickets.escalate',
]);
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

/** `POST /api/v1/tickets/{id}/…` of a listed path, path parameters put back as placeholders. */
function keyOf(path: string, ticketId: string): string {
  return `POST ${path.replace(ticketId, '{id}').replace(/cohandling\/[0-9a-f-]{36}\/cancel$/, 'cohandling/{unitId}/cancel')}`;
}

describe('the actions a caller may take on a ticket', () => {
  let t: TestApp;
  let w: AuthorizationWorld;
  let states: TicketStates;
  const shared = new Map<TicketTarget, TicketRef>();
  const listed = new Map<string, { status: number; actions: Action[] }>();

  const actionsOf = async (ticket: TicketRef, who: Identity) => {
    const res = await request(t.http).get(`/api/v1/tickets/${ticket.id}/actions`).set(authHeaders(w.credentials[who]));
    return { status: res.status, actions: (res.body.actions ?? []) as Action[] };
  };

  /** The matrix's valid body, with every choice the action offers held to the values it offers. */
  const bodyFor = (key: string, action: Action | null, ticket: TicketRef): object => {
    // Before anyone signed there is no handling deadline to measure co-handling and extensions against.
    const measured = { ...ticket, handlingDueAt: ticket.handlingDueAt ?? inHours(48) };
    const body = { ...(TICKET_COMMAND_BODIES[key]?.({ w, ticket: measured }).body ?? {}) } as Record<string, unknown>;
    for (const f of action?.fields ?? []) {
      if (f.options && body[f.name] !== undefined && !f.options.includes(String(body[f.name]))) body[f.name] = f.options[0];
    }
    return body;
  };

  const send = (ticket: TicketRef, who: Identity, key: string, action: Action | null) => {
    const path = key.slice('POST '.length).replace('{id}', ticket.id).replace('{unitId}', w.p1.dept2.id);
    return request(t.http)
      .post(path)
      .set(authHeaders(w.credentials[who]))
      .send(bodyFor(key, action, ticket));
  };

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api', THROTTLE_LIMIT: '1000000', THROTTLE_ADDRESS_LIMIT: '1000000' });
    w = await buildAuthorizationWorld(t);
    states = new TicketStates(t, w);
    await pool(
      6,
      STATES.map((s) => async () => shared.set(s, await states.build(s))),
    );
    await pool(
      8,
      STATES.flatMap((s) => WHO.map((who) => async () => listed.set(`${s} ${who}`, await actionsOf(shared.get(s)!, who)))),
    );
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('answers 404 to whoever cannot read the ticket, and lists nothing for an administrator', () => {
    expect(listed.get('review p1DeptHandler')!.status).toBe(404);
    expect(listed.get('handling p1CityAgent')!.status).toBe(404);
    const admin = STATES.map((s) => listed.get(`${s} p1Admin`)!);
    expect(admin.every((a) => a.status === 200 && a.actions.length === 0)).toBe(true);
  });

  it('lists the work of each party in its place, with the body each needs', () => {
    const ops = (cell: string) => listed.get(cell)!.actions.map((a) => a.operation);
    expect(ops('review p1Supervisor')).toEqual(expect.arrayContaining(['tickets.regrade', 'tickets.resolve', 'tickets.dispatch']));
    expect(ops('sign_for p1DeptHandler')).toEqual(expect.arrayContaining(['tickets.sign', 'tickets.return', 'tickets.transfer']));
    expect(ops('handling p1DeptHandler')).toEqual(expect.arrayContaining(['tickets.submitFeedback', 'tickets.requestExtension']));
    expect(ops('handling p1DeptHandler')).not.toContain('tickets.sign');
    expect(ops('cohandling p1Dept2Handler')).toEqual(['tickets.cohandlingOpinion']);
    expect(ops('cohandling p1DeptHandler')).not.toContain('tickets.submitFeedback');
    expect(ops('suggestion_handling p1DeptHandler')).toEqual(expect.arrayContaining(['tickets.submitAnalysis']));
    expect(ops('suggestion_handling p1DeptHandler')).not.toContain('tickets.submitFeedback');
    expect(ops('city_dept_handling p1CityAgent')).toContain('tickets.urge');
    expect(ops('withdrawn p1Supervisor')).toContain('tickets.archive');
    expect(ops('review p1Channel')).toEqual(expect.arrayContaining(['tickets.withdraw', 'tickets.customerUpdate']));

    const regrade = listed.get('review p1Supervisor')!.actions.find((a) => a.operation === 'tickets.regrade')!;
    const level = regrade.fields.find((f) => f.name === 'level')!;
    expect(level).toMatchObject({ kind: 'choice', required: true });
    expect(level.options).toHaveLength(2); // every level but the current one
    expect(regrade.fields.find((f) => f.name === 'reason')).toMatchObject({ kind: 'text', required: true, minLength: 1, maxLength: 4000 });
    const close = listed.get('replied p1Supervisor')!.actions.find((a) => a.operation === 'tickets.close')!;
    // A complaint has no appeal conclusion to record, so the form does not ask for one.
    expect(close.fields.map((f) => f.name)).not.toContain('conclusion');
    expect(close.toStatus).toBe('closed');
  });

  it('is accepted for every action it lists, and refuses commands it does not list', async () => {
    const problems: string[] = [];
    let accepted = 0;
    let refused = 0;
    const tasks: (() => Promise<void>)[] = [];
    STATES.forEach((state, s) =>
      WHO.forEach((who, i) => {
        const cell = listed.get(`${state} ${who}`)!;
        if (cell.status !== 200) return;
        const ticket = shared.get(state)!;
        const keys = new Set(cell.actions.map((a) => keyOf(a.path, ticket.id)));
        // Commands that change nothing the machine decides on share one fresh ticket; the others consume one each.
        const [keeping, consuming] = [
          cell.actions.filter((a) => KEEPING.has(a.operation)),
          cell.actions.filter((a) => !KEEPING.has(a.operation)),
        ];
        const groups = [...consuming.map((a) => [a]), ...(keeping.length ? [keeping] : [])];
        for (const group of groups) {
          tasks.push(async () => {
            const fresh = await states.build(state);
            for (const action of group) {
              const key = keyOf(action.path, ticket.id);
              const res = await send(fresh, who, key, action);
              if (res.status >= 300) problems.push(`${state} ${who}: listed ${key} answered ${res.status} ${res.body.code}`);
              else accepted++;
              const after = (
                await request(t.http)
                  .get(`/api/v1/tickets/${fresh.id}`)
                  .set(authHeaders({ bearer: t.admin }))
              ).body as {
                status: string;
              };
              if (after.status !== action.toStatus) problems.push(`${state} ${who}: ${key} left ${after.status}, not ${action.toStatus}`);
            }
          });
        }
        const unlisted = COMMAND_KEYS.filter((k) => !keys.has(k));
        const sample = Array.from({ length: Math.min(REFUSALS_PER_CELL, unlisted.length) }, (_, k) => {
          return unlisted[(s * 7 + i * 3 + k * 5) % unlisted.length];
        });
        for (const key of new Set(sample)) {
          tasks.push(async () => {
            const res = await send(ticket, who, key, null);
            const refusal = [403, 409].includes(res.status) || (res.status === 422 && res.body.code !== 'VALIDATION_FAILED');
            if (!refusal) problems.push(`${state} ${who}: unlisted ${key} answered ${res.status} ${res.body.code}`);
            else refused++;
          });
        }
      }),
    );
    await pool(6, tasks);
    expect(problems).toEqual([]);
    expect(accepted).toBeGreaterThan(60);
    expect(refused).toBeGreaterThan(200);
  }, 240_000);
});
