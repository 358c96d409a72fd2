import { randomBytes } from 'node:crypto';
import { isSealedTotpSecret, openTotpSecret, sealTotpSecret } from './totp-secret-cipher';
import { generateTotpSecret } from './totp';

describe('TOTP secret encryption', () => {
  const key = randomBytes(32);
  const userId = '3f1c2a4e-0000-4000-8000-000000000001';

  it('round-trips a secret and never stores it in clear', () => {
    const secret = generateTotpSecret();
    const sealed = sealTotpSecret(key, userId, secret);
    expect(sealed).not.toContain(secret);
    expect(isSealedTotpSecret(sealed)).toBe(true);
    expect(isSealedTotpSecret(secret)).toBe(false);
    expect(openTotpSecret(key, userId, sealed)).toBe(secret);
  });

  it('gives a different ciphertext each time (fresh IV)', () => {
    const secret = generateTotpSecret();
    expect(sealTotpSecret(key, userId, secret)).not.toBe(sealTotpSecret(key, userId, secret));
  });

  it('refuses another key, another user, or a changed value', () => {
    const sealed = sealTotpSecret(key, userId, generateTotpSecret());
    expect(() => openTotpSecret(randomBytes(32), userId, sealed)).toThrow();
    expect(() => openTotpSecret(key, '3f1c2a4e-0000-4000-8000-000000000002', sealed)).toThrow();
    const parts = sealed.split(':');
    const flipped = Buffer.from(parts[3], 'base64url');
    flipped[0] ^= 1;
    parts[3] = flipped.toString('base64url');
    expect(() => openTotpSecret(key, userId, parts.join(':'))).toThrow();
    expect(() => openTotpSecret(key, userId, 'JBSWY3DPEHPK3PXP')).toThrow(/Not an encrypted/);
  });
});
