/**
 * Whether the writer's hot statements run as named prepared statements (parsed and planned once per
 * connection). A transaction-mode pooler such as PgBouncer hands each transaction whichever server
 * connection is free, where a statement prepared on another one does not exist, so they are off
 * there (DATABASE_PREPARED_STATEMENTS, off by default when DATABASE_DIRECT_URL is set). Set once per
 * process from its configuration, when the application module is composed.
 */
let enabled = true;

export function usePreparedStatements(on: boolean): void {
  enabled = on;
}

export function preparedStatementsEnabled(): boolean {
  return enabled;
}
