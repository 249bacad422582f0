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
