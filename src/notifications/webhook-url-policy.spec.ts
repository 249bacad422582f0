import { parseAllowList, parseIp, specialRange, WebhookUrlPolicy } from './webhook-url-policy';

describe('webhook URL policy', () => {
  const dev = new WebhookUrlPolicy('', false);
  const prod = new WebhookUrlPolicy('', true);

  it.each([
    ['http://127.0.0.1/hook', 'loopback'],
    ['http://127.8.9.10:8080/hook', 'loopback'],
    ['http://localhost:3000/hook', 'loopback name'],
    ['http://api.localhost/hook', 'loopback name'],
    ['http://[::1]/hook', 'loopback'],
    ['http://0.0.0.0/hook', 'unspecified'],
    ['http://[::]/hook', 'unspecified'],
    ['http://10.1.2.3/hook', 'private'],
    ['http://172.16.0.1/hook', 'private'],
    ['http://172.31.255.255/hook', 'private'],
    ['http://192.168.1.1/hook', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://100.64.0.1/hook', 'CGNAT'],
    ['http://224.0.0.1/hook', 'multicast'],
    ['http://255.255.255.255/hook', 'broadcast'],
    ['http://[fe80::1]/hook', 'link-local'],
    ['http://[fd00::1]/hook', 'unique local'],
    ['http://[fc12:3456::1]/hook', 'unique local'],
    ['http://[ff02::1]/hook', 'multicast'],
    ['http://[::ffff:127.0.0.1]/hook', 'loopback (IPv4-mapped)'],
    ['http://[::ffff:a9fe:a9fe]/hook', 'link-local (IPv4-mapped)'],
    ['http://[::ffff:10.0.0.1]/hook', 'private (IPv4-mapped)'],
    ['http://[64:ff9b::a00:1]/hook', 'private (NAT64)'],
    ['http://[2002:7f00:1::]/hook', 'loopback (6to4)'],
    // WHATWG URL parsing turns these spellings into 127.0.0.1 before any check.
    ['http://2130706433/hook', 'loopback'],
    ['http://0x7f.1/hook', 'loopback'],
    ['http://017700000001/hook', 'loopback'],
  ])('refuses %s (%s)', (url, label) => {
    expect(dev.checkUrl(url)).toContain(label);
    expect(prod.checkUrl(url.replace('http:', 'https:'))).toContain(label);
  });

  it.each([
    'https://crm.example.com/hooks',
    'https://93.184.215.14/hook',
    'https://[2606:4700::1111]/hook',
    'https://[::ffff:93.184.215.14]/x',
  ])('accepts the public target %s', (url) => {
    expect(prod.checkUrl(url)).toBeNull();
  });

  it('wants https in production and http or https elsewhere', () => {
    expect(prod.checkUrl('http://crm.example.com/hooks')).toMatch(/https/);
    expect(dev.checkUrl('http://crm.example.com/hooks')).toBeNull();
    expect(dev.checkUrl('ftp://crm.example.com/hooks')).toMatch(/http or https/);
  });

  it('lets the operator allow-list host names, addresses and ranges', () => {
    const allowed = new WebhookUrlPolicy('hooks.corp.internal, 127.0.0.1, 10.20.0.0/16, fd00:1::/32', true);
    expect(allowed.checkUrl('https://127.0.0.1:8443/x')).toBeNull();
    expect(allowed.checkUrl('https://[::ffff:127.0.0.1]/x')).toBeNull();
    expect(allowed.checkUrl('https://127.0.0.2/x')).toMatch(/loopback/);
    expect(allowed.checkUrl('https://10.20.30.40/x')).toBeNull();
    expect(allowed.checkUrl('https://10.21.0.1/x')).toMatch(/private/);
    expect(allowed.checkUrl('https://[fd00:1:2::3]/x')).toBeNull();
    expect(allowed.checkAddress('hooks.corp.internal', '192.168.7.7')).toBeNull();
    expect(allowed.checkAddress('other.corp.internal', '192.168.7.7')).toMatch(
      /other.corp.internal resolves to 192.168.7.7, a private address/,
    );
    expect(allowed.checkAddress('other.corp.internal', '10.20.1.1')).toBeNull();
  });

  it('refuses malformed allow-list entries', () => {
    expect(() => parseAllowList('10.0.0.0/33')).toThrow(/10.0.0.0\/33/);
    expect(() => parseAllowList('http://x')).toThrow(/http:\/\/x/);
    expect(parseAllowList(' , a.b ,::1').hosts).toEqual(new Set(['a.b']));
  });

  it('parses IPv6 with embedded IPv4 and zone ids', () => {
    expect(specialRange(parseIp('::ffff:169.254.169.254')!)).toBe('link-local (IPv4-mapped)');
    expect(specialRange(parseIp('fe80::1%eth0')!)).toBe('link-local');
    expect(specialRange(parseIp('2606:4700:4700::1111')!)).toBeNull();
    expect(parseIp('not-an-ip')).toBeNull();
  });
});
