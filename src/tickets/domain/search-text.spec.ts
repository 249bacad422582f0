import { highlight, MAX_QUERY_LENGTH, parseQuery } from './search-text';

describe('search queries', () => {
  it.each([
    ['宽带', ['宽带']],
    [' 宽带  扣费 ', ['宽带', '扣费']],
    ['宽带 宽带', ['宽带']],
    ['ADSL', ['ADSL']],
    ['费', ['费']],
    ['，宽带', ['，宽带']],
  ])('%j has the keywords %j', (q, terms) => {
    expect(parseQuery(q)).toEqual({ terms });
  });

  it.each([
    ['', 'empty'],
    ['  \t ', 'empty'],
    ['a'.repeat(MAX_QUERY_LENGTH + 1), 'too_long'],
    ['a b c d e f', 'too_many_terms'],
    ['，。', 'no_searchable_character'],
    ['宽带 !!', 'no_searchable_character'],
  ])('%j is refused: %s', (q, refusal) => {
    expect(parseQuery(q)).toEqual({ refusal });
  });

  it('counts characters, not UTF-16 units, against the length limit', () => {
    expect(parseQuery('𠮷'.repeat(MAX_QUERY_LENGTH))).toEqual({ terms: ['𠮷'.repeat(MAX_QUERY_LENGTH)] });
  });
});

describe('highlights', () => {
  const marked = (h: ReturnType<typeof highlight>) => h && h.ranges.map((r) => h.text.slice(r.start, r.end));

  it('marks every occurrence of every keyword', () => {
    const h = highlight('宽带断了，宽带客服不接', ['宽带', '客服']);
    expect(h?.text).toBe('宽带断了，宽带客服不接');
    expect(marked(h)).toEqual(['宽带', '宽带客服']);
  });

  it('ignores case and width, and marks the text as written', () => {
    expect(marked(highlight('拨号 ADSL 失败，Ａｄｓｌ 灯不亮', ['adsl']))).toEqual(['ADSL', 'Ａｄｓｌ']);
  });

  it('answers null when no keyword occurs', () => {
    expect(highlight('宽敞的房间带来', ['宽带'])).toBeNull();
  });

  it('cuts a long text around the first match, with ellipses and shifted ranges', () => {
    const text = `${'前'.repeat(100)}停机${'后'.repeat(100)}`;
    const h = highlight(text, ['停机'], 10)!;
    expect(h.text).toBe(`…${'前'.repeat(10)}停机${'后'.repeat(20)}…`);
    expect(marked(h)).toEqual(['停机']);
  });

  it('never splits a surrogate pair at the snippet edges', () => {
    const text = `${'𠮷'.repeat(20)}扣费${'𠮷'.repeat(20)}`;
    const h = highlight(text, ['扣费'], 5)!;
    expect(h.text.replace(/…/g, '')).toMatch(/^(𠮷)+扣费(𠮷)+$/u);
    expect(marked(h)).toEqual(['扣费']);
  });
});
