import { RequestActor } from './actor';
import { canSeeUnitPath, pathScopeSql } from './org-scope';

const actor = (over: Partial<RequestActor>): RequestActor => ({
  kind: 'staff',
  id: 's1',
  role: 'agent',
  unitId: 'u',
  tier: 'provincial',
  unitPath: '/n/ha/',
  provinceId: 'ha',
  ...over,
});

describe('org scope', () => {
  it('national staff and the bootstrap admin see every unit', () => {
    expect(canSeeUnitPath(actor({ tier: 'national', unitPath: '/n/' }), '/n/gd/x/')).toBe(true);
    expect(canSeeUnitPath(actor({ kind: 'admin', tier: 'national', unitPath: '' }), '/n/gd/')).toBe(true);
    expect(pathScopeSql(actor({ tier: 'national', unitPath: '/n/' }), 'u.path').sql).toBe('TRUE');
  });

  it('a provincial centre sees its own province subtree only', () => {
    const ha = actor({});
    expect(canSeeUnitPath(ha, '/n/ha/')).toBe(true);
    expect(canSeeUnitPath(ha, '/n/ha/zz/dept/')).toBe(true);
    expect(canSeeUnitPath(ha, '/n/gd/')).toBe(false);
    expect(canSeeUnitPath(ha, '/n/')).toBe(false);
  });

  it('a department sees itself, not its siblings or parent', () => {
    const dept = actor({ tier: 'department', unitPath: '/n/ha/d1/' });
    expect(canSeeUnitPath(dept, '/n/ha/d1/')).toBe(true);
    expect(canSeeUnitPath(dept, '/n/ha/d2/')).toBe(false);
    expect(canSeeUnitPath(dept, '/n/ha/')).toBe(false);
  });

  it('does not confuse a sibling whose path shares a textual prefix', () => {
    expect(canSeeUnitPath(actor({ unitPath: '/n/ha/' }), '/n/hab/')).toBe(false);
  });

  it('escapes LIKE wildcards in the prefix parameter', () => {
    const { sql, params } = pathScopeSql(actor({ unitPath: '/n/a_b%/' }), 'u.path');
    expect(sql).toBe('u.path LIKE :scopePrefix');
    expect(params.scopePrefix).toBe('/n/a\\_b\\%/%');
  });
});
