/**
 * Keyword search, the parts that need no database: what a query may be, and where its terms fall in
 * a text (the highlights). Pure: no Nest, no TypeORM. The database side (grams, folding, the index)
 * is in the TicketSearch migration; both fold text the same way: NFKC (full-width letters and
 * digits become ASCII), then lower case.
 */

/** Longest query, in characters, and most keywords in it. */
export const MAX_QUERY_LENGTH = 64;
export const MAX_QUERY_TERMS = 5;
/** Characters of context kept on each side of the first match in a snippet. */
export const SNIPPET_CONTEXT = 30;

/**
 * A character the index holds: an ASCII letter or digit, or a character that is neither ASCII, nor
 * space, nor punctuation (the same classes as the migration's runs, after folding).
 */
const INDEXED = /[a-z0-9]|[^\s\p{ASCII}\u0080-\u00bf\u2000-\u206f\u3000-\u303f\ufe30-\ufe4f\uff00-\uff65]/u;

export const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

export type QueryRefusal = 'empty' | 'too_long' | 'too_many_terms' | 'no_searchable_character';

/** The keywords of a query (whitespace separates them; a ticket must contain every one), or why it cannot be searched. */
export function parseQuery(q: string): { terms: string[] } | { refusal: QueryRefusal } {
  if ([...q].length > MAX_QUERY_LENGTH) return { refusal: 'too_long' };
  const terms = [...new Set(q.split(/\s+/u).filter((t) => t !== ''))];
  if (terms.length === 0) return { refusal: 'empty' };
  if (terms.length > MAX_QUERY_TERMS) return { refusal: 'too_many_terms' };
  if (!terms.every((t) => INDEXED.test(fold(t)))) return { refusal: 'no_searchable_character' };
  return { terms };
}

export const QUERY_REFUSALS: Record<QueryRefusal, string> = {
  empty: 'q: give at least one keyword',
  too_long: `q: at most ${MAX_QUERY_LENGTH} characters`,
  too_many_terms: `q: at most ${MAX_QUERY_TERMS} keywords`,
  no_searchable_character: 'q: each keyword needs a letter, a digit or a CJK character',
};

/** A highlighted stretch of a snippet: `[start, end)` in UTF-16 code units of `text`, as JavaScript slices strings. */
export interface TextRange {
  start: number;
  end: number;
}

export interface Highlight {
  text: string;
  ranges: TextRange[];
}

/**
 * Where the terms occur in `text`, case- and width-insensitively, as a snippet around the first
 * match (the whole text when short) with the ranges of every match inside it; null without one.
 * Overlapping matches merge into one range.
 */
export function highlight(text: string, terms: readonly string[], context = SNIPPET_CONTEXT): Highlight | null {
  // Fold code point by code point, remembering where each folded unit came from.
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = fold(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(at);
    at += ch.length;
  }
  origin.push(at);
  const found: TextRange[] = [];
  for (const term of terms.map(fold)) {
    if (term === '') continue;
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) {
      found.push({ start: origin[i], end: origin[i + term.length] ?? text.length });
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const from = Math.max(0, merged[0].start - context);
  const to = Math.min(text.length, merged[0].end + context * 2);
  // Never cut a surrogate pair in half.
  const start = from > 0 && isLowSurrogate(text.charCodeAt(from)) ? from - 1 : from;
  const end = to < text.length && isLowSurrogate(text.charCodeAt(to)) ? to + 1 : to;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const ranges = merged
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start + prefix.length, end: r.end - start + prefix.length }));
  return { text: prefix + text.slice(start, end) + suffix, ranges };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
