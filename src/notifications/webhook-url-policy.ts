import { isIPv4, isIPv6 } from 'node:net';

/**
 * Where a webhook may be sent. A subscription URL is chosen by an administrator, and the service
 * POSTs to it from inside the operator's network, so without this check any admin could make the
 * service reach loopback services, cloud metadata endpoints or the internal network (SSRF).
 * The URL is checked when it is saved, and the address it resolves to is checked again right
 * before connecting, since DNS may answer differently later.
 */

interface Ip {
  version: 4 | 6;
  bytes: Uint8Array;
}

interface Range {
  version: 4 | 6;
  bytes: Uint8Array;
  prefix: number;
  label: string;
}

function parseV4(text: string): Uint8Array | null {
  if (!isIPv4(text)) return null;
  return Uint8Array.from(text.split('.').map(Number));
}

function parseV6(text: string): Uint8Array | null {
  let s = text.replace(/%.*$/, '');
  if (!isIPv6(s)) return null;
  let v4: Uint8Array | null = null;
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    v4 = parseV4(s.slice(lastColon + 1));
    if (!v4) return null;
    s = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const groups = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = groups(head);
  const right = groups(tail);
  const all = tail === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  const bytes = new Uint8Array(16);
  all.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  if (v4) bytes.set(v4, 12);
  return bytes;
}

export function parseIp(text: string): Ip | null {
  const host = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const v4 = parseV4(host);
  if (v4) return { version: 4, bytes: v4 };
  const v6 = parseV6(host);
  return v6 ? { version: 6, bytes: v6 } : null;
}

function range(cidr: string, label: string): Range {
  const [addr, bits] = cidr.split('/');
  const ip = parseIp(addr);
  const prefix = Number(bits ?? (ip?.version === 4 ? 32 : 128));
  if (!ip || !Number.isInteger(prefix) || prefix < 0 || prefix > ip.bytes.length * 8)
    throw new Error(`"${cidr}" is not an address or CIDR range`);
  return { ...ip, prefix, label };
}

function inRange(ip: Ip, r: Range): boolean {
  if (ip.version !== r.version) return false;
  for (let bit = 0; bit < r.prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    if ((ip.bytes[bit >> 3] & mask) !== (r.bytes[bit >> 3] & mask)) return false;
  }
  return true;
}

const V4_SPECIAL: Range[] = [
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'shared address space (CGNAT)'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'IETF protocol assignments'),
  range('192.0.2.0/24', 'documentation'),
  range('192.88.99.0/24', 'reserved'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'benchmarking'),
  range('198.51.100.0/24', 'documentation'),
  range('203.0.113.0/24', 'documentation'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved or broadcast'),
];

const V6_SPECIAL: Range[] = [
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('64:ff9b:1::/48', 'private'),
  range('100::/64', 'discard-only'),
  range('2001::/23', 'IETF protocol assignments'),
  range('2001:db8::/32', 'documentation'),
  range('fc00::/7', 'private (unique local)'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'private (site-local)'),
  range('ff00::/8', 'multicast'),
];

/** IPv6 forms that carry an IPv4 address, which is what a connection to them finally reaches. */
const V6_EMBEDDING_V4: { range: Range; offset: number; form: string }[] = [
  { range: range('::ffff:0:0/96', ''), offset: 12, form: 'IPv4-mapped' },
  { range: range('::/96', ''), offset: 12, form: 'IPv4-compatible' },
  { range: range('64:ff9b::/96', ''), offset: 12, form: 'NAT64' },
  { range: range('2002::/16', ''), offset: 2, form: '6to4' },
];

function embeddedV4(ip: Ip): { ip: Ip; form: string } | null {
  if (ip.version !== 6) return null;
  for (const e of V6_EMBEDDING_V4) {
    if (inRange(ip, e.range)) return { ip: { version: 4, bytes: ip.bytes.slice(e.offset, e.offset + 4) }, form: e.form };
  }
  return null;
}

/** The special-purpose range an address lies in ("loopback", "private"…), or null for a public address. */
export function specialRange(ip: Ip): string | null {
  const own = (ip.version === 4 ? V4_SPECIAL : V6_SPECIAL).find((r) => inRange(ip, r));
  if (own) return own.label;
  const inner = embeddedV4(ip);
  if (!inner) return null;
  const label = specialRange(inner.ip);
  return label && `${label} (${inner.form})`;
}

export interface AllowList {
  hosts: Set<string>;
  ranges: Range[];
}

/** `WEBHOOK_ALLOWED_HOSTS`: comma-separated host names, addresses and CIDR ranges. Throws on a malformed entry. */
export function parseAllowList(text: string): AllowList {
  const list: AllowList = { hosts: new Set(), ranges: [] };
  for (const raw of text.split(',')) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry.includes('/') || parseIp(entry)) list.ranges.push(range(entry.replace(/^\[|\]$/g, ''), 'allowed'));
    else if (/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(entry))
      list.hosts.add(entry);
    else throw new Error(`"${raw.trim()}" is not a host name, address or CIDR range`);
  }
  return list;
}

/** Host of a URL without IPv6 brackets or a trailing root dot, lower case. */
export function urlHost(url: URL): string {
  return url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

export class WebhookUrlPolicy {
  private readonly allow: AllowList;

  constructor(
    allowedHosts: string,
    private readonly httpsOnly: boolean,
  ) {
    this.allow = parseAllowList(allowedHosts);
  }

  static fromConfig(config: { WEBHOOK_ALLOWED_HOSTS: string; NODE_ENV: string }): WebhookUrlPolicy {
    return new WebhookUrlPolicy(config.WEBHOOK_ALLOWED_HOSTS, config.NODE_ENV === 'production');
  }

  /** Why a subscription URL is refused, or null. Names other than localhost are judged by the address they resolve to, at send time. */
  checkUrl(text: string): string | null {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return 'not a URL';
    }
    if (url.protocol !== 'https:' && (this.httpsOnly || url.protocol !== 'http:')) {
      return this.httpsOnly ? 'webhook URLs must use https' : 'webhook URLs must use http or https';
    }
    const host = urlHost(url);
    if (this.allow.hosts.has(host)) return null;
    if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is a loopback name`;
    return parseIp(host) ? this.checkAddress(host, host) : null;
  }

  /** Why connecting to `address` (which `host` resolved to) is refused, or null. */
  checkAddress(host: string, address: string): string | null {
    if (this.allow.hosts.has(host)) return null;
    const ip = parseIp(address);
    if (!ip) return `${address} is not an IP address`;
    const label = specialRange(ip);
    if (!label) return null;
    const inner = embeddedV4(ip);
    if (this.allow.ranges.some((r) => inRange(ip, r) || (inner !== null && inRange(inner.ip, r)))) return null;
    const via = host === address ? '' : `${host} resolves to `;
    return `${via}${address}, a ${label} address; an operator may allow it in WEBHOOK_ALLOWED_HOSTS`;
  }
}
