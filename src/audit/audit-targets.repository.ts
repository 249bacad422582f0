import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditTarget } from '../auth/policy/policy';

/** A record as the audit trail keeps it, and the org unit path whose administrators may read about it. */
export interface AuditSnapshot {
  row: Record<string, unknown>;
  scopePath: string | null;
}

/**
 * How to read each kind of record an administrative act addresses: the columns worth keeping
 * (secrets and their hashes are never selected) and the org unit the record belongs to.
 * `$1` is the target's id; `scope_path` is the path of the unit it belongs to (null: nationwide).
 */
const READERS: { readonly [T in AuditTarget]: string } = {
  org_unit: `SELECT u.*, u.path AS scope_path FROM org_units u WHERE u.id::text = $1`,
  staff: `SELECT s.id, s.name, s.org_unit_id, s.role, s.username, s.created_at, s.disabled_at,
                 p.must_change AS must_change_password, p.changed_at AS password_changed_at, p.locked_until, u.path AS scope_path
            FROM staff_users s JOIN org_units u ON u.id = s.org_unit_id LEFT JOIN staff_passwords p ON p.staff_id = s.id
           WHERE s.id::text = $1`,
  staff_token: `SELECT t.id, t.staff_id, t.token_prefix, t.created_at, t.expires_at, t.revoked_at, u.path AS scope_path
                  FROM staff_tokens t JOIN staff_users s ON s.id = t.staff_id JOIN org_units u ON u.id = s.org_unit_id
                 WHERE t.id::text = $1`,
  staff_session: `SELECT x.id, x.staff_id, x.method, x.created_at, x.expires_at, x.revoked_at, x.revoked_reason, u.path AS scope_path
                    FROM staff_sessions x JOIN staff_users s ON s.id = x.staff_id JOIN org_units u ON u.id = s.org_unit_id
                   WHERE x.id::text = $1`,
  channel_system: `SELECT c.id, c.name, c.channel, c.org_unit_id, c.key_prefix, c.created_at, c.revoked_at, u.path AS scope_path
                     FROM channel_systems c JOIN org_units u ON u.id = c.org_unit_id WHERE c.id::text = $1`,
  routing_rule: `SELECT r.*, u.path AS scope_path FROM routing_rules r LEFT JOIN org_units u ON u.id = r.province_unit_id
                  WHERE r.id::text = $1`,
  sla_policy: `SELECT p.*, NULL AS scope_path FROM sla_policies p WHERE p.id::text = $1`,
  calendar_override: `SELECT o.*, u.path AS scope_path FROM calendar_overrides o JOIN org_units u ON u.id = o.org_unit_id
                       WHERE o.id::text = $1`,
  official_calendar_year: `SELECT y.*, (SELECT count(*)::int FROM official_calendar_days d WHERE d.year = y.year) AS days, NULL AS scope_path
                             FROM official_calendar_years y WHERE y.year::text = $1`,
  taxonomy_term: `SELECT t.*, NULL AS scope_path FROM taxonomy_terms t WHERE t.id::text = $1`,
  webhook_subscription: `SELECT w.id, w.org_unit_id, w.url, w.event_types, w.enabled, w.created_at, w.updated_at, u.path AS scope_path
                           FROM webhook_subscriptions w JOIN org_units u ON u.id = w.org_unit_id WHERE w.id::text = $1`,
  webhook_delivery: `SELECT d.id, d.subscription_id, d.outbox_id, d.event_type, d.status, d.attempts, d.next_attempt_at, u.path AS scope_path
                       FROM webhook_deliveries d JOIN webhook_subscriptions w ON w.id = d.subscription_id
                       JOIN org_units u ON u.id = w.org_unit_id WHERE d.id::text = $1`,
  ticket: `SELECT t.id, t.number, u.path AS scope_path FROM tickets t JOIN org_units u ON u.id = t.province_id WHERE t.id::text = $1`,
  // An export addresses no stored record: its own audit row (filters, row count) is all there is of it.
  export: `SELECT e.id, e.operation, e.detail, e.scope_path FROM audit_events e WHERE e.id::text = $1`,
};

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The records administrative acts address, read for the audit trail's before and after. */
@Injectable()
export class AuditTargetRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(target: AuditTarget, id: string): Promise<AuditSnapshot | null> {
    const rows: Record<string, unknown>[] = await this.db.query(READERS[target], [id]);
    if (!rows[0]) return null;
    const { scope_path: scopePath, ...row } = rows[0];
    return { row: Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v])), scopePath: (scopePath as string | null) ?? null };
  }
}
