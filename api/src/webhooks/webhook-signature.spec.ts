import { createHmac } from 'node:crypto';
import { retryDelayMs } from './webhook-dispatcher.service';
import { generateWebhookSecret, signWebhook } from './webhook-signature';

describe('webhook signatures', () => {
  it('signs the timestamp and the raw body with HMAC-SHA256', () => {
    const secret = generateWebhookSecret();
    const body = '{"event":"publication.published"}';
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');

    expect(signWebhook(secret, '1700000000', body)).toBe(`sha256=${expected}`);
    expect(signWebhook(secret, '1700000001', body)).not.toBe(`sha256=${expected}`);
  });

  it('generates a different, long secret each time', () => {
    const [a, b] = [generateWebhookSecret(), generateWebhookSecret()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });

  it('doubles the delay after each failed attempt, up to six hours', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(30_000, attempt))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(retryDelayMs(30_000, 40)).toBe(6 * 60 * 60_000);
  });
});
