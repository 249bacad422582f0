import { ChainUnit, chainIds, escalationTarget, orderChain } from './escalation';

const N: ChainUnit = { id: 'n', tier: 'national' };
const P: ChainUnit = { id: 'p', tier: 'provincial' };
const C: ChainUnit = { id: 'c', tier: 'city' };
const D: ChainUnit = { id: 'd', tier: 'department' };

describe('escalationTarget', () => {
  it.each<[string, ChainUnit[], ChainUnit | null]>([
    ['a provincial department escalates to its province', [D, P, N], P],
    ['a city escalates to its province', [C, P, N], P],
    ['a department under a city skips the city for the province', [D, C, P, N], P],
    ['a provincial centre escalates to national', [P, N], N],
    ['a department under national escalates to national', [D, N], N],
    ['national has no higher tier', [N], null],
    ['an owner whose chain has no centre (detached) has none', [D, C], null],
    ['an empty chain has none', [], null],
  ])('%s', (_title, chain, expected) => {
    expect(escalationTarget(chain)).toEqual(expected);
  });
});

describe('chain from a materialized path', () => {
  it('lists the unit first, then ancestors nearest first', () => {
    expect(chainIds('/n/p/c/d/')).toEqual(['d', 'c', 'p', 'n']);
  });

  it('orders loaded units along the path whatever order they came in, dropping unknown ids', () => {
    expect(orderChain('/n/p/x/d/', [N, D, P])).toEqual([D, P, N]);
  });
});
