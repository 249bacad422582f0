import { contractViolations } from './contract';

/** Every e2e suite: its answers must match openapi.json (recorded by the check startTestApp installs). */
afterAll(() => {
  const found = contractViolations();
  if (found.length === 0) return;
  const distinct = new Map<string, { count: number; example: string }>();
  for (const v of found) {
    const key = `${v.operation} → ${v.status}: ${v.problem}`;
    const seen = distinct.get(key);
    if (seen) seen.count += 1;
    else distinct.set(key, { count: 1, example: `${v.request}${v.body === undefined ? '' : ` ${JSON.stringify(v.body).slice(0, 300)}`}` });
  }
  const lines = [...distinct].slice(0, 30).map(([key, { count, example }]) => `${key} (×${count}; e.g. ${example})`);
  throw new Error(`${found.length} answer(s) differ from openapi.json:\n${lines.join('\n')}`);
});
