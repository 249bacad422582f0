import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATION_KEYS } from '../auth/policy/policy';
import { REFUSAL_CODES } from '../tickets/domain/refusals';
import { ERROR_STATUS, errorCodesOf } from './error-codes';

const root = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const CLASS_STATUS: Record<string, number> = { BadRequestError: 400, ForbiddenError: 403, ConflictError: 409, UnprocessableError: 422 };
/** Answers that are no operation's: a server fault, and the worker port's own router. */
const NOT_DOCUMENTED = new Set(['INTERNAL', 'METHOD_NOT_ALLOWED']);

describe('error code catalogue', () => {
  const raised: { code: string; status: number; where: string }[] = [];
  for (const file of sources(root)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/new (BadRequestError|ForbiddenError|ConflictError|UnprocessableError)\(\s*'([A-Z_]+)'/g)) {
      raised.push({ code: m[2], status: CLASS_STATUS[m[1]], where: file.slice(root.length + 1) });
    }
    for (const m of text.matchAll(/problem\((\d{3}), '([A-Z_]+)'/g))
      raised.push({ code: m[2], status: Number(m[1]), where: file.slice(root.length + 1) });
  }

  it('finds the refusals raised in the source', () => {
    expect(raised.length).toBeGreaterThan(50);
  });

  it('holds every code the source raises, with the status it is raised with', () => {
    const wrong = raised
      .filter((r) => !NOT_DOCUMENTED.has(r.code))
      .filter((r) => (ERROR_STATUS as Record<string, number>)[r.code] !== r.status)
      .map((r) => `${r.code} ${r.status} (${r.where}) catalogued as ${(ERROR_STATUS as Record<string, number>)[r.code]}`);
    expect(wrong).toEqual([]);
  });

  it("holds every refusal of the state machine, and every code is some operation's", () => {
    expect(REFUSAL_CODES.filter((code) => !(code in ERROR_STATUS))).toEqual([]);
    const answered = new Set(OPERATION_KEYS.flatMap((key) => errorCodesOf(key)));
    expect(Object.keys(ERROR_STATUS).filter((code) => !answered.has(code as never))).toEqual([]);
  });
});
