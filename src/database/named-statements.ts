import type { Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';

/**
 * Whether the hot statements go to Postgres as named prepared statements (DATABASE_NAMED_STATEMENTS).
 * Set once when the application module is composed, from the configuration; read by the repositories
 * that name their statements. Off, a statement is sent unnamed: parsed and planned each time, and valid
 * behind a pooler in transaction mode.
 */
let named = false;

export function useNamedStatements(on: boolean): void {
  named = on;
}

/** The statement's name when named statements are on; undefined (an unnamed statement) otherwise. */
export function statementName(name: string): string | undefined {
  return named ? name : undefined;
}

/**
 * Runs one statement on a pooled connection of `db` outside any transaction, named when named
 * statements are on (then parsed and planned once per connection). Errors come as TypeORM's
 * `QueryFailedError`, as for the repositories' other queries. Each name must always carry the same text.
 */
export async function queryNamed<T>(db: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  try {
    return (await pool.query({ name: statementName(name), text, values })).rows as T[];
  } catch (err) {
    throw new QueryFailedError(text, values, err as Error);
  }
}
