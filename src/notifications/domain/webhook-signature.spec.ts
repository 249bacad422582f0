import { createHmac } from 'node:crypto';
import { generateSecret, sign, verify, webhookHeaders } from './webhook-signature';

describe('webhook signature (Standard Webhooks)', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';

  it('matches the specification example', () => {
    expect(sign(secret, id, timestamp, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('is HMAC-SHA256 over id.timestamp.body keyed with the decoded secret', () => {
    const own = generateSecret();
    const key = Buffer.from(own.slice('whsec_'.length), 'base64');
    expect(key).toHaveLength(32);
    const expected = createHmac('sha256', key).update(`abc.${timestamp}.{"a":1}`).digest('base64');
    expect(sign(own, 'abc', timestamp, '{"a":1}')).toBe(`v1,${expected}`);
  });

  describe('verify', () => {
    const at = new Date(timestamp * 1000);
    const headers = webhookHeaders(secret, id, at, body);

    it('accepts an untouched message', () => {
      expect(headers['webhook-timestamp']).toBe(String(timestamp));
      expect(verify(secret, headers, body, at)).toBe(true);
    });

    it('accepts when any of several listed signatures matches', () => {
      const rotated = { ...headers, 'webhook-signature': `v1,bm9wZQ== ${headers['webhook-signature']}` };
      expect(verify(secret, rotated, body, at)).toBe(true);
    });

    it('rejects a tampered body, a wrong secret, a changed id and a stale timestamp', () => {
      expect(verify(secret, headers, body.replace('2432', '2433'), at)).toBe(false);
      expect(verify(generateSecret(), headers, body, at)).toBe(false);
      expect(verify(secret, { ...headers, 'webhook-id': 'msg_other' }, body, at)).toBe(false);
      expect(verify(secret, headers, body, new Date(at.getTime() + 301_000))).toBe(false);
    });

    it('rejects missing headers', () => {
      expect(verify(secret, { ...headers, 'webhook-signature': undefined }, body, at)).toBe(false);
      expect(verify(secret, { ...headers, 'webhook-timestamp': 'soon' }, body, at)).toBe(false);
    });
  });
});
