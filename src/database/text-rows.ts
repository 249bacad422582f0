import type { CustomTypesConfig, PoolClient } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';

/** A row as Postgres sent it: each value's text (null for NULL), in select-list order. */
export type TextRow = (string | null)[];

/** Type parsers that leave every value as the text Postgres sent. */
const AS_TEXT: CustomTypesConfig = { getTypeParser: () => (value: string) => value };

/**
 * The rows of a statement as arrays of texts: no entity, no object per row, no Date or array parsing.
 * For reads that write rows straight out as text (exports): the statement formats each value as it is
 * to be written. The connection is taken from the data source's pool for this statement only.
 */
export async function textRows(db: DataSource, text: string, values: unknown[]): Promise<TextRow[]> {
  const runner = db.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    return (await client.query<TextRow>({ text, values, rowMode: 'array', types: AS_TEXT })).rows;
  } catch (err) {
    // The same error TypeORM raises for its own queries, so callers and the problem filter see one kind.
    throw new QueryFailedError(text, values, err as Error);
  } finally {
    await runner.release();
  }
}
