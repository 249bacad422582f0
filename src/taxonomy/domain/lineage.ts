/**
 * A term's line of broader terms (gsm → mobile), nearest first, the term itself included. Pure.
 * The parent map comes from operator data, so a loop (a → b → a) ends the line instead of spinning.
 */
export function lineage(code: string, parentOf: ReadonlyMap<string, string | null>): string[] {
  const line = [code];
  for (let parent = parentOf.get(code); parent && !line.includes(parent); parent = parentOf.get(parent)) line.push(parent);
  return line;
}

/** The broadest term of the line: what a sub-type rolls up to in reports. */
export function rootOf(code: string, parentOf: ReadonlyMap<string, string | null>): string {
  const line = lineage(code, parentOf);
  return line[line.length - 1];
}
