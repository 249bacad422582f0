/**
 * A year of tickets for the supervision benchmarks (queues, KPIs): BENCH_TICKETS (1,000,000) tickets
 * filed uniformly over 365 days in 31 provinces of skewed size, about a tenth of them still open,
 * with their stage instances, a few events each (returns and extension decisions among them),
 * and automatic supervision orders for breached handling stages. Each table is filled by one
 * INSERT … SELECT in a scratch database migrated with the project's migrations.
 *
 * Open stages are spread around now so each queue has a population: about a fifth overdue (breached),
 * a few percent at risk (warned, not breached) and the rest due later, some within the next hour.
 */
import { ClientBase } from 'pg';
import { BENCH_MASKED_SQL, benchPii } from './pii';
import { BenchUnit, buildOrgTree, insertOrgUnits, log } from './support';

export const BUSINESS_TYPES = ['mobile', 'broadband', 'fixed_line', 'value_added', 'iptv', 'enterprise', 'roaming', 'number_porting'];
const CHANNELS = ['hotline', 'hotline', 'hotline', 'app', 'web', 'business_hall', 'regulator', 'social_media', 'email'];

const INSERT_TICKETS = `
INSERT INTO tickets (number, kind, level, customer_tier, status, channel, intake_hash, province_id, review_unit_id, owner_unit_id,
  dispatcher_unit_id, handling_round, ever_dispatched, escalated, customer_name_enc, customer_phone_enc, customer_name_masked, customer_phone_masked, customer_phone_index, home_province,
  business_type, natures, subject, description, contacted_at, filed_at, commitment_due_at, replied_at, closed_at, archived_at,
  withdrawn_at, revisit_result, version, created_at, updated_at)
SELECT p.code || '-' || lpad(s.g::text, 8, '0'),
  CASE WHEN s.r1 < 0.70 THEN 'complaint' WHEN s.r1 < 0.80 THEN 'escalated_complaint' WHEN s.r1 < 0.85 THEN 'appeal'
       WHEN s.r1 < 0.95 THEN 'inquiry' ELSE 'suggestion' END,
  CASE WHEN s.r2 < 0.85 THEN 'general' WHEN s.r2 < 0.97 THEN 'provincial' ELSE 'national' END,
  CASE WHEN s.r3 < 0.10 THEN 'vip' ELSE 'normal' END,
  st.status,
  ($2::text[])[1 + (s.g % array_length($2::text[], 1))],
  md5(s.g::text) || md5('h' || s.g::text),
  p.id, p.id,
  CASE WHEN st.dispatched THEN p.units[1 + s.g % array_length(p.units, 1)] ELSE p.id END,
  CASE WHEN st.dispatched THEN p.id END,
  CASE WHEN NOT st.dispatched THEN 0 WHEN s.r6 < 0.05 THEN 2 ELSE 1 END,
  st.dispatched,
  s.r3 > 0.97,
  $8::bytea,
  $9::bytea, ${BENCH_MASKED_SQL},
  decode(md5('13' || lpad((s.g::bigint * 7919 % 1000000000)::text, 9, '0')), 'hex'),
  p.code,
  ($1::text[])[1 + floor(s.r4 * s.r4 * array_length($1::text[], 1))::int],
  ARRAY['network_quality'],
  CASE WHEN $5::text[] IS NULL THEN 'complaint subject ' || s.g
       ELSE ($5::text[])[1 + floor(s.w1 * array_length($5::text[], 1))::int] || ($6::text[])[1 + floor(s.w2 * array_length($6::text[], 1))::int] END,
  CASE WHEN $5::text[] IS NULL THEN 'The customer reports a problem with the service; generated ticket ' || s.g || '.'
       ELSE '用户反映' || ($5::text[])[1 + floor(s.w1 * array_length($5::text[], 1))::int] || ($6::text[])[1 + floor(s.w2 * array_length($6::text[], 1))::int]
         || '，' || ($5::text[])[1 + floor(s.w3 * array_length($5::text[], 1))::int] || ($6::text[])[1 + floor(s.w4 * array_length($6::text[], 1))::int]
         || '，' || ($7::text[])[1 + floor(s.w5 * array_length($7::text[], 1))::int]
         || '，' || ($7::text[])[1 + floor(s.w6 * array_length($7::text[], 1))::int] || '。联系电话尾号' || (s.g % 10000) || '。' END,
  s.filed - interval '3 minutes',
  s.filed,
  s.filed + make_interval(days => 3 + floor(6 * s.r7)::int),
  CASE WHEN st.status IN ('replied', 'closed', 'revisited', 'archived') THEN s.filed + s.r8 * interval '8 days' END,
  CASE WHEN st.status IN ('closed', 'revisited', 'archived') THEN s.filed + s.r8 * interval '8 days' + interval '1 day' END,
  CASE WHEN st.status = 'archived' THEN s.filed + interval '20 days' END,
  CASE WHEN st.status = 'withdrawn' THEN s.filed + interval '1 day' END,
  CASE WHEN st.status IN ('revisited', 'archived') THEN CASE WHEN s.r9 < 0.85 THEN 'satisfied' WHEN s.r9 < 0.95 THEN 'unsatisfied' ELSE 'unreachable' END END,
  1, s.filed, s.filed
FROM (
  SELECT g, floor(31 * power(random(), 1.5))::int AS prov, now() - random() * interval '365 days' AS filed,
         random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
         random() AS r7, random() AS r8, random() AS r9, random() AS rs,
         power(random(), 1.6) AS w1, random() AS w2, power(random(), 1.6) AS w3, random() AS w4, random() AS w5, random() AS w6
    FROM generate_series(1, $3::int) AS g
) s
JOIN bench_provinces p ON p.idx = s.prov
CROSS JOIN LATERAL (
  SELECT x.status, x.status NOT IN ('review', 'withdrawn') AND s.r5 >= 0.25 AS dispatched FROM (SELECT CASE
    WHEN s.filed > now() - $4 * interval '1 day' THEN
      CASE WHEN s.rs < 0.08 THEN 'review' WHEN s.rs < 0.18 THEN 'sign_for' WHEN s.rs < 0.68 THEN 'handling'
           WHEN s.rs < 0.78 THEN 'feedback_review' WHEN s.rs < 0.88 THEN 'reply' WHEN s.rs < 0.97 THEN 'replied' ELSE 'withdrawn' END
    ELSE
      CASE WHEN s.rs < 0.75 THEN 'archived' WHEN s.rs < 0.87 THEN 'revisited' WHEN s.rs < 0.97 THEN 'closed' ELSE 'withdrawn' END
  END AS status) x
) st
ORDER BY s.filed`;

/**
 * Stage instances: the commitment (filing → first reply) and review for every ticket, handling for
 * dispatched ones, the current reply-side stage of tickets past handling. A stage of an open ticket
 * that is still current is open, with its deadline placed around now (o ∈ [-1.6, 6.4) days).
 */
const INSERT_STAGES = `
INSERT INTO ticket_stages (ticket_id, kind, owner_unit_id, round, status, started_at, warn_at, due_at, basis, completed_at, warned_at, breached_at)
SELECT x.ticket_id, x.kind, x.owner, x.round, x.status, x.started, x.due - interval '12 hours', x.due, 'bench',
       x.completed,
       CASE WHEN x.due - interval '12 hours' < coalesce(x.completed, now()) THEN x.due - interval '12 hours' + interval '1 minute' END,
       CASE WHEN x.status <> 'cancelled' AND x.due < coalesce(x.completed, now()) THEN x.due + interval '1 minute' END
FROM (
  SELECT t.id AS ticket_id, k.kind, k.owner, k.round, k.status, k.started,
         CASE WHEN k.status = 'open' THEN now() + (random() * 8 - 1.6) * interval '1 day' ELSE k.due END AS due,
         k.completed
    FROM tickets t
    CROSS JOIN LATERAL (VALUES
      ('commitment', t.review_unit_id, 0,
        CASE WHEN t.replied_at IS NOT NULL THEN 'completed' WHEN t.withdrawn_at IS NOT NULL THEN 'cancelled' ELSE 'open' END,
        t.filed_at, t.commitment_due_at, coalesce(t.replied_at, t.withdrawn_at)),
      ('review', t.review_unit_id, 0, CASE WHEN t.status = 'review' THEN 'open' ELSE 'completed' END,
        t.filed_at, t.filed_at + interval '4 hours', CASE WHEN t.status <> 'review' THEN t.filed_at + random() * interval '6 hours' END),
      ('handling', t.owner_unit_id, 1, CASE WHEN t.status IN ('sign_for', 'handling') THEN 'open' ELSE 'completed' END,
        t.filed_at + interval '6 hours', t.filed_at + interval '3 days',
        CASE WHEN t.status NOT IN ('sign_for', 'handling') THEN t.filed_at + interval '6 hours' + random() * interval '4 days' END),
      (CASE t.status WHEN 'feedback_review' THEN 'feedback_review' ELSE 'reply' END, t.review_unit_id, 1,
        CASE WHEN t.status IN ('feedback_review', 'reply') THEN 'open' ELSE 'completed' END,
        t.filed_at + interval '3 days', t.filed_at + interval '4 days', coalesce(t.replied_at, t.filed_at + interval '4 days'))
    ) AS k(kind, owner, round, status, started, due, completed)
   WHERE k.kind IN ('commitment', 'review')
      OR (k.kind = 'handling' AND t.ever_dispatched)
      OR (k.kind IN ('feedback_review', 'reply') AND t.status IN ('feedback_review', 'reply', 'replied', 'closed', 'revisited', 'archived'))
) x`;

/** 3–6 events a ticket; about 5% of dispatched tickets were returned once, 3% asked for an extension (two thirds approved). */
const INSERT_EVENTS = `
INSERT INTO ticket_events (ticket_id, seq, type, actor_kind, actor_id, at, data)
SELECT t.id, e.seq,
       CASE WHEN e.seq = 1 THEN 'ticket.filed'
            WHEN e.seq = 2 AND t.ever_dispatched AND e.r < 0.05 THEN 'ticket.returned'
            WHEN e.seq = 3 AND t.ever_dispatched AND e.r < 0.03 THEN 'extension.decided'
            ELSE 'ticket.updated' END,
       'staff', 'bench', t.filed_at + e.seq * interval '1 hour',
       CASE WHEN e.seq = 3 AND e.r < 0.02 THEN '{"approved": true}'::jsonb WHEN e.seq = 3 AND e.r < 0.03 THEN '{"approved": false}'::jsonb ELSE '{}'::jsonb END
  FROM tickets t
  CROSS JOIN LATERAL (SELECT g AS seq, random() AS r FROM generate_series(1, 3 + (hashtext(t.number) & 3)) g) e`;

/** The monthly partitions of ticket_events for the months the events below fall in (docs/operations.md, "Partitions"). */
const EVENT_PARTITIONS = `
SELECT partition_month('ticket_events', m::date)
  FROM (SELECT min(filed_at) AS lo, max(filed_at) + interval '1 day' AS hi FROM tickets) r,
       generate_series(date_trunc('month', r.lo AT TIME ZONE 'UTC'), r.hi AT TIME ZONE 'UTC', interval '1 month') m`;

/** An automatic order from the province centre for each breached handling stage, open while the stage is. */
const INSERT_ORDERS = `
INSERT INTO supervision_orders (ticket_id, stage_id, issuer_unit_id, target_unit_id, note, warn_at, due_at, basis, automatic, status,
                                created_at, resolved_at)
SELECT s.ticket_id, s.id, t.province_id, s.owner_unit_id, 'handling deadline breached', s.breached_at + interval '21.6 hours',
       s.breached_at + interval '1 day', 'bench', true, CASE WHEN s.status = 'open' THEN 'open' ELSE 'resolved' END, s.breached_at, s.completed_at
  FROM ticket_stages s JOIN tickets t ON t.id = s.ticket_id
 WHERE s.kind = 'handling' AND s.breached_at IS NOT NULL`;

export interface MillionOptions {
  tickets: number;
  /** Tickets filed within this many days are open (except those withdrawn). */
  openDays: number;
  /** Fill ticket_events and supervision_orders (the KPI and orders queries read them). */
  events: boolean;
  orders: boolean;
  /** Chinese complaint text composed from COMPLAINT_VOCABULARY instead of generated English. */
  complaintText?: boolean;
}

/**
 * Realistic complaint wording for the search benchmark: a subject is a topic and a problem; a
 * description two of each and two requests. Topics are drawn with a skew (earlier ones more often),
 * so terms range from very common to rare, as in a complaint centre.
 */
export const COMPLAINT_VOCABULARY = {
  topics: [
    '话费',
    '流量',
    '宽带',
    '扣费',
    '信号',
    '套餐',
    '停机',
    '营业厅',
    '5G套餐',
    '携号转网',
    '合约机',
    '国际漫游',
    '积分兑换',
    '增值业务',
    '副卡',
    '固话',
    '宽带提速',
    '实名认证',
    '销户',
    '发票',
    '彩铃',
    '光猫',
    '机顶盒',
    '靓号',
    '代缴话费',
    '家庭网',
    '视频会员',
    '充值卡',
    '亲情号码',
    '呼叫转移',
  ],
  problems: [
    '无法使用',
    '重复扣费',
    '被停机',
    '信号差',
    '未经同意开通',
    '资费与宣传不符',
    '办理失败',
    '到账延迟',
    '网速慢',
    '经常断线',
    '无法退订',
    '被多收费',
    '迟迟未处理',
    '解约被拒',
    '账单异常',
    '上门安装延误',
  ],
  requests: [
    '希望尽快处理',
    '要求退还多扣费用',
    '多次联系客服未果',
    '对处理结果不满意',
    '要求给予合理解释',
    '已影响正常工作生活',
    '要求赔偿损失',
    '客服态度冷淡',
    '营业员推诿',
    '要求恢复原套餐',
    '表示将向工信部申诉',
    '要求书面答复',
  ],
};

/** Fills a migrated, empty scratch database; returns the org units and load timings. */
export async function loadMillion(
  client: ClientBase,
  opts: MillionOptions,
): Promise<{ units: BenchUnit[]; loadMs: Record<string, number> }> {
  await client.query('SET synchronous_commit = off');
  await client.query(`SET maintenance_work_mem = '256MB'`);
  const units = buildOrgTree({ provinces: 31, citiesPerProvince: 10, deptsPerCity: 4, deptsPerProvince: 6 });
  await insertOrgUnits(client, units);
  const provinces = units.filter((u) => u.tier === 'provincial');
  await client.query(
    `CREATE TEMP TABLE bench_provinces AS
     SELECT p.idx - 1 AS idx, p.id, p.code,
            array(SELECT u.id FROM org_units u WHERE u.province_id = p.id AND u.tier <> 'provincial' ORDER BY u.code) AS units
       FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS p(id, code, idx)`,
    [provinces.map((p) => p.id), provinces.map((p) => p.code)],
  );
  const loadMs: Record<string, number> = {};
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    const r = await client.query(sql, params);
    loadMs[name] = Date.now() - t;
    log(`${name}: ${r.rowCount ?? ''} rows in ${loadMs[name]} ms`);
  };
  const words = opts.complaintText ? COMPLAINT_VOCABULARY : null;
  const pii = await benchPii(client);
  await step('tickets', INSERT_TICKETS, [
    BUSINESS_TYPES,
    CHANNELS,
    opts.tickets,
    opts.openDays,
    words?.topics,
    words?.problems,
    words?.requests,
    pii.name,
    pii.phone,
  ]);
  await step('stages', INSERT_STAGES);
  if (opts.events) {
    // The months the events fall in get their partitions first, as upkeep would have made them.
    await step('eventPartitions', EVENT_PARTITIONS);
    await step('events', INSERT_EVENTS);
  }
  if (opts.orders) await step('orders', INSERT_ORDERS);
  await step('vacuumAnalyze', 'VACUUM (ANALYZE)');
  return { units, loadMs };
}

/** The org units of a database loaded by an earlier run (BENCH_KEEP_DB). */
export async function loadedUnits(client: ClientBase): Promise<BenchUnit[]> {
  const { rows } = await client.query(
    `SELECT id, code, name, tier, parent_id AS "parentId", path, depth, province_id AS "provinceId" FROM org_units ORDER BY depth, code`,
  );
  return rows as BenchUnit[];
}

/** Row counts that describe what the queries run over. */
export async function describeMillion(client: ClientBase): Promise<Record<string, unknown>> {
  const one = async (sql: string) => (await client.query(sql)).rows[0];
  return {
    tickets: await one(
      `SELECT count(*)::int AS all, (count(*) FILTER (WHERE status IN ('review','sign_for','handling','feedback_review','reply','replied')))::int AS open FROM tickets`,
    ),
    stages: await one(`SELECT count(*)::int AS all, (count(*) FILTER (WHERE status = 'open'))::int AS open,
        (count(*) FILTER (WHERE status = 'open' AND breached_at IS NOT NULL))::int AS overdue,
        (count(*) FILTER (WHERE status = 'open' AND warned_at IS NOT NULL AND breached_at IS NULL))::int AS at_risk,
        (count(*) FILTER (WHERE status = 'open' AND breached_at IS NULL AND due_at > now() AND due_at <= now() + interval '1 hour'))::int AS due_within_hour
        FROM ticket_stages`),
    events: await one(`SELECT count(*)::int AS all FROM ticket_events`),
    orders: await one(`SELECT count(*)::int AS all, (count(*) FILTER (WHERE status = 'open'))::int AS open FROM supervision_orders`),
    sizes:
      await one(`SELECT pg_size_pretty(pg_total_relation_size('tickets')) AS tickets, pg_size_pretty(pg_total_relation_size('ticket_stages')) AS stages,
        pg_size_pretty((SELECT sum(pg_total_relation_size(relid))::bigint FROM pg_partition_tree('ticket_events'))) AS events`),
  };
}
