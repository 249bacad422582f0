/** The rows of an `UPDATE … RETURNING` or `DELETE … RETURNING` as TypeORM's postgres driver answers them: `[rows, affected]`. */
export const returnedRows = <T>(result: unknown): T[] => (Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : []);
