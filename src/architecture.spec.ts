/**
 * Design rules the build enforces by reading the source. One writer of ticket state: only
 * TicketTransitionService and its repository write tickets, stages, events, participants,
 * supervision orders, outbox rows and the KPI facts, by raw SQL or through TypeORM. One data-access rule: SQL
 * lives in repositories; no service, controller or other provider takes the DataSource or runs SQL.
 * The search document (`ticket_search`) is kept by triggers on tickets and events (see its migration);
 * only the writer's anonymisation of personal data rewrites it (src/privacy).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = __dirname;

const WRITERS = new Set(['tickets/ticket-transition.service.ts', 'tickets/ticket-state.repository.ts']);

/** Writes outside the writer that are not ticket state, each with why it is not. */
const EXCEPTIONS: { file: string; allows: RegExp; why: string }[] = [
  {
    file: 'notifications/outbox.repository.ts',
    allows: /UPDATE outbox SET published_at\b/,
    why: 'the relay marks the rows it has turned into deliveries; it creates, changes or deletes no ticket state',
  },
];

const TABLES = [
  'tickets',
  'ticket_stages',
  'ticket_events',
  'ticket_participants',
  'supervision_orders',
  'outbox',
  'ticket_search',
  'ticket_kpi_facts',
];
const ENTITIES = ['Ticket', 'TicketStage', 'TicketEvent', 'TicketParticipant', 'SupervisionOrder', 'OutboxMessage', 'TicketKpiFacts'];

const table = `"?(?:${TABLES.join('|')})\\b"?`;
const entity = `(?:${ENTITIES.join('|')})\\b`;
const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'raw INSERT', pattern: new RegExp(`\\bINSERT\\s+INTO\\s+${table}`, 'gi') },
  { name: 'raw UPDATE', pattern: new RegExp(`\\bUPDATE\\s+(?:ONLY\\s+)?${table}(?=\\s+(?:\\w+\\s+)?SET\\b)`, 'gi') },
  { name: 'raw DELETE', pattern: new RegExp(`\\bDELETE\\s+FROM\\s+${table}`, 'gi') },
  { name: 'raw TRUNCATE', pattern: new RegExp(`\\bTRUNCATE\\s+(?:TABLE\\s+)?${table}`, 'gi') },
  {
    name: 'TypeORM write',
    pattern: new RegExp(`\\.(?:insert|update|upsert|delete|softDelete|restore|increment|decrement|clear)\\(\\s*${entity}`, 'g'),
  },
  {
    name: 'save/remove of a created entity',
    pattern: new RegExp(`\\.(?:save|remove|softRemove)\\(\\s*\\w+\\.create\\(\\s*${entity}`, 'g'),
  },
  {
    name: 'repository write',
    pattern: new RegExp(
      `getRepository\\(\\s*${entity}\\s*\\)\\s*\\.(?:save|insert|update|upsert|delete|remove|softDelete|increment|decrement|clear)\\(`,
      'g',
    ),
  },
  { name: 'query-builder insert', pattern: new RegExp(`\\.into\\(\\s*${entity}`, 'g') },
  { name: 'query-builder delete', pattern: new RegExp(`\\.delete\\(\\)\\s*\\.from\\(\\s*${entity}`, 'g') },
];

/** Comments say why; only code counts. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

export function violations(file: string, text: string): string[] {
  if (WRITERS.has(file)) return [];
  const source = code(text);
  const allowed = EXCEPTIONS.filter((e) => e.file === file).map((e) => e.allows);
  const found: string[] = [];
  for (const rule of RULES) {
    for (const match of source.matchAll(rule.pattern)) {
      const line = source.slice(0, match.index).split('\n').length;
      const rest = source.slice(match.index, match.index + 200);
      if (allowed.some((a) => a.test(rest))) continue;
      found.push(`${file}:${line}: ${rule.name}: ${match[0].replace(/\s+/g, ' ')}`);
    }
  }
  return found;
}

/** Where SQL may live: repositories, the database plumbing, and the helper that reruns a whole transaction. */
const DATA_ACCESS: RegExp[] = [/\.repository\.ts$/, /^database\//, /^common\/transaction\.ts$/];

/** Files outside repositories that touch the database, each with why. */
const DATA_ACCESS_EXCEPTIONS: { file: string; allows: RegExp; why: string }[] = [
  {
    file: 'health/boot.ts',
    allows: /\bpg\.query\(sql\)/,
    why: 'runs before Nest starts, on a driver connection of its own, the identity query of DeploymentRepository it is handed',
  },
];

const DATA_ACCESS_RULES: { name: string; pattern: RegExp }[] = [
  { name: 'takes the DataSource', pattern: /\b(?:DataSource|InjectDataSource|InjectRepository|InjectEntityManager)\b/g },
  { name: 'runs SQL', pattern: /\.(?:query|createQueryBuilder|getRepository)\s*[<(]/g },
  {
    name: 'entity manager call',
    pattern:
      /\b(?:tx|manager|em|entityManager)\.(?:find\w*|save|insert|update|upsert|delete|remove|softDelete|restore|count\w*|exist\w*|increment|decrement|transaction|create|merge|preload|clear)\s*[<(]/g,
  },
];

export function dataAccessViolations(file: string, text: string): string[] {
  if (DATA_ACCESS.some((where) => where.test(file))) return [];
  const source = code(text);
  const allowed = DATA_ACCESS_EXCEPTIONS.filter((e) => e.file === file).map((e) => e.allows);
  const found: string[] = [];
  for (const rule of DATA_ACCESS_RULES) {
    for (const match of source.matchAll(rule.pattern)) {
      const rest = source.slice(match.index - 10, match.index + 200);
      if (allowed.some((a) => a.test(rest))) continue;
      const line = source.slice(0, match.index).split('\n').length;
      found.push(`${file}:${line}: ${rule.name}: ${match[0].replace(/\s+/g, ' ')}`);
    }
  }
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('one writer of ticket state', () => {
  it('nothing but the writer writes tickets, stages, events, participants, supervision orders or outbox rows', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) => violations(relative(SRC, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the writer files exist (a rename must update this rule)', () => {
    for (const file of WRITERS) expect(statSync(join(SRC, file)).isFile()).toBe(true);
    for (const e of EXCEPTIONS) expect(statSync(join(SRC, e.file)).isFile()).toBe(true);
  });

  it.each([
    ['raw insert', "await tx.query('INSERT INTO supervision_orders (ticket_id) VALUES ($1)', [id]);"],
    ['raw update with a quoted table', 'await db.query(`UPDATE "tickets" SET escalated = TRUE WHERE id = $1`);'],
    ['raw update with an alias', 'await db.query(`UPDATE ticket_stages s SET warned_at = now()`);'],
    ['raw delete', "await db.query('DELETE FROM ticket_events WHERE ticket_id = $1');"],
    ['raw insert into the outbox', "await db.query('INSERT INTO outbox (event_type) VALUES ($1)');"],
    ['raw update of the search document', "await db.query('UPDATE ticket_search SET updates = $2 WHERE ticket_id = $1');"],
    ['entity manager update', 'await tx.update(Ticket, { id }, { lateIntake: true });'],
    ['entity manager insert', 'await tx.insert(TicketParticipant, rows);'],
    ['save of a created entity', 'await tx.save(tx.create(TicketStage, { ticketId }));'],
    ['repository write', 'await this.db.getRepository(SupervisionOrder).update({ id }, { status: "resolved" });'],
    ['query builder update', "await tx.createQueryBuilder().update(Ticket).set({ version: () => 'version + 1' }).execute();"],
    ['query builder insert', 'await tx.createQueryBuilder().insert().into(TicketEvent).values(rows).execute();'],
    ['query builder delete', 'await tx.createQueryBuilder().delete().from(OutboxMessage).execute();'],
  ])('flags a %s outside the writer', (_title, line) => {
    expect(violations('sla/timers/sla-firing.service.ts', line)).not.toEqual([]);
  });

  it.each([
    ['a read', 'await db.query(`SELECT id FROM tickets WHERE id = $1 FOR UPDATE`);'],
    ['a write to another table', "await db.query('UPDATE webhook_deliveries SET status = $1');"],
    ['a comment', '// raw UPDATE tickets SET escalated used to live here'],
    ['a query builder read', "qb.from('ticket_stages', 's').innerJoin('tickets', 't', 't.id = s.ticket_id');"],
    ['the relay marking what it published', 'await tx.query(`UPDATE outbox SET published_at = $2 WHERE id = ANY ($1)`);'],
  ])('lets %s pass', (_title, line) => {
    expect(violations('notifications/outbox.repository.ts', line)).toEqual([]);
  });

  it('the relay may mark rows published, nothing more', () => {
    expect(violations('notifications/outbox.repository.ts', "await tx.query('DELETE FROM outbox WHERE id = $1');")).not.toEqual([]);
  });
});

describe('SQL lives in repositories', () => {
  it('no service, controller or other provider outside *.repository.ts and src/database/ takes the DataSource or runs SQL', () => {
    const files = sources(SRC);
    const found = files.flatMap((path) => dataAccessViolations(relative(SRC, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the excepted files exist (a rename must update this rule)', () => {
    for (const e of DATA_ACCESS_EXCEPTIONS) expect(statSync(join(SRC, e.file)).isFile()).toBe(true);
  });

  it.each([
    ['an injected DataSource', 'constructor(@InjectDataSource() private readonly db: DataSource) {}'],
    ['an injected TypeORM repository', 'constructor(@InjectRepository(Ticket) private readonly tickets: Repository<Ticket>) {}'],
    ['a raw query', "const rows = await this.db.query('SELECT id FROM org_units WHERE path LIKE $1', [prefix]);"],
    ['a typed raw query', 'const rows = await this.db.query<{ id: string }[]>(`SELECT id FROM tickets`);'],
    ['a query builder', "const qb = this.db.getRepository(Ticket).createQueryBuilder('t');"],
    ['an entity manager read in a transaction', 'const stage = await tx.findOneByOrFail(TicketStage, { id });'],
    ['an entity manager write', 'await manager.save(manager.create(SlaPolicy, dto));'],
    ['a transaction opened by hand', "await this.db.manager.transaction('REPEATABLE READ', work);"],
  ])('flags %s in a service', (_title, line) => {
    expect(dataAccessViolations('tickets/ticket-query.service.ts', line)).not.toEqual([]);
  });

  it.each([
    ["a repository call with the caller's transaction", 'const stages = await repo.lockOpenStages(tx, ticket.id);'],
    ['a transaction run by the runner', 'return this.transactions.run(async (tx) => repo.write(tx, changes, performer, now));'],
    ['a comment about SQL', '// the predicate is SQL, in TicketAccessRepository: this.db.query(...)'],
    ['a query string parameter', 'const page = Number(req.query.page);'],
  ])('lets %s pass', (_title, line) => {
    expect(dataAccessViolations('tickets/ticket-transition.service.ts', line)).toEqual([]);
  });

  it('lets repositories and the database plumbing run SQL', () => {
    const line = "await this.db.query('SELECT 1');";
    expect(dataAccessViolations('tickets/ticket-read.repository.ts', line)).toEqual([]);
    expect(dataAccessViolations('database/migrate.ts', line)).toEqual([]);
  });
});
