import { ChainUnit, chainIds, escalationTarget, orderChain, orderEscalationTarget } from './escalation';

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

describe('orderEscalationTarget: a breached supervision order climbs one tier above its issuer', () => {
  it.each<[string, ChainUnit[], string, ChainUnit | null]>([
    ["a department's order from its province goes to national", [D, P, N], 'p', N],
    ["a city's order from its province goes to national", [C, P, N], 'p', N],
    ['a department under a city, ordered by the province, goes to national', [D, C, P, N], 'p', N],
    ["a department's order from national has nothing above", [D, P, N], 'n', null],
    ["a province's order from national has nothing above", [P, N], 'n', null],
    ['an order from a unit no longer on the line escalates as a stage would', [D, P, N], 'elsewhere', P],
    ['a department under national, ordered by national, has nothing above', [D, N], 'n', null],
  ])('%s', (_title, chain, issuer, expected) => {
    expect(orderEscalationTarget(chain, issuer)).toEqual(expected);
  });

  it('never escalates to the issuer itself, so repeated breaches cannot loop', () => {
    for (const chain of [
      [D, P, N],
      [C, P, N],
      [D, C, P, N],
      [P, N],
    ]) {
      for (const issuer of chain.slice(1)) expect(orderEscalationTarget(chain, issuer.id)?.id).not.toBe(issuer.id);
    }
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
