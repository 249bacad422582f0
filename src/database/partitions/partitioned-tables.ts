/**
 * The append-only tables partitioned by calendar month (UTC) of their creation timestamp (migration
 * Partitions): their partition key, and which rows keep a month attached past its retention.
 */
export const PARTITIONED_TABLES = {
  ticket_events: { key: 'at', pending: null },
  outbox: { key: 'created_at', pending: 'published_at IS NULL' },
  webhook_deliveries: { key: 'created_at', pending: "status IN ('pending', 'failed')" },
  audit_events: { key: 'occurred_at', pending: null },
  pii_access_log: { key: 'at', pending: null },
} as const satisfies Record<string, { key: string; pending: string | null }>;

export type PartitionedTable = keyof typeof PARTITIONED_TABLES;

export const PARTITIONED_TABLE_NAMES = Object.keys(PARTITIONED_TABLES) as PartitionedTable[];

/** A month as its first day, `YYYY-MM-01` (UTC). */
export type Month = string;

export function monthOf(at: Date): Month {
  return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

export function addMonths(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number);
  return monthOf(new Date(Date.UTC(y, m - 1 + n, 1)));
}

/** The partition of `table` holding `month`, as partition_month names it: `outbox_p202611`. */
export function partitionName(table: PartitionedTable, month: Month): string {
  return `${table}_p${month.slice(0, 4)}${month.slice(5, 7)}`;
}

/** The month a partition name holds, or null for a name that is not a month's partition (the default one). */
export function partitionMonth(table: PartitionedTable, name: string): Month | null {
  const match = new RegExp(`^${table}_p(\\d{4})(\\d{2})$`).exec(name);
  return match ? `${match[1]}-${match[2]}-01` : null;
}

/**
 * `PARTITION_RETENTION_MONTHS`: `table=months` pairs, comma-separated (`outbox=3,webhook_deliveries=6`).
 * A table not named keeps every month.
 */
export const RETENTION_PATTERN = new RegExp(
  `^\\s*$|^\\s*(?:${PARTITIONED_TABLE_NAMES.join('|')})\\s*=\\s*[1-9]\\d{0,2}\\s*(?:,\\s*(?:${PARTITIONED_TABLE_NAMES.join('|')})\\s*=\\s*[1-9]\\d{0,2}\\s*)*$`,
);

export function parseRetention(value: string): Map<PartitionedTable, number> {
  const retention = new Map<PartitionedTable, number>();
  for (const pair of value.split(',')) {
    if (!pair.trim()) continue;
    const [table, months] = pair.split('=').map((s) => s.trim());
    retention.set(table as PartitionedTable, Number(months));
  }
  return retention;
}

/**
 * Months whose partition is detached: those that ended more than `retention` months before the
 * current month began, i.e. older than the current month minus `retention`. With retention 3 in
 * November, August and older go; September and October stay.
 */
export function detachBefore(now: Date, retention: number): Month {
  return addMonths(monthOf(now), -retention);
}
