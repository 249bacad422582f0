import { lineage, rootOf } from './lineage';

const parents = new Map<string, string | null>([
  ['mobile', null],
  ['gsm', 'mobile'],
  ['lte', 'mobile'],
  ['volte', 'lte'],
  ['broadband', null],
  ['a', 'b'],
  ['b', 'a'],
]);

describe('business type lineage', () => {
  it('lists the term and its broader terms, nearest first', () => {
    expect(lineage('volte', parents)).toEqual(['volte', 'lte', 'mobile']);
    expect(lineage('gsm', parents)).toEqual(['gsm', 'mobile']);
    expect(lineage('mobile', parents)).toEqual(['mobile']);
  });

  it('a term the dictionary does not know is its own line', () => {
    expect(lineage('satellite', parents)).toEqual(['satellite']);
  });

  it('a loop in operator data ends the line', () => {
    expect(lineage('a', parents)).toEqual(['a', 'b']);
  });

  it('rolls a sub-type up to its top-level business type', () => {
    expect(rootOf('volte', parents)).toBe('mobile');
    expect(rootOf('broadband', parents)).toBe('broadband');
  });
});
