import { base32Decode, base32Encode, generateTotpSecret, hotp, otpauthUri, totp, verifyTotp } from './totp';

// RFC 6238 appendix B: the seeds are ASCII strings of these lengths.
const SHA1_KEY = Buffer.from('12345678901234567890');
const SHA256_KEY = Buffer.from('12345678901234567890123456789012');
const SHA512_KEY = Buffer.from('1234567890123456789012345678901234567890123456789012345678901234');

describe('TOTP (RFC 6238) and HOTP (RFC 4226)', () => {
  it('matches the RFC 4226 HOTP test values', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, counter) => hotp(SHA1_KEY, counter))).toEqual(expected);
  });

  it.each([
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ])('matches the RFC 6238 test values at T=%i', (seconds, sha1, sha256, sha512) => {
    expect(totp(SHA1_KEY, seconds * 1000, 8, 'sha1')).toBe(sha1);
    expect(totp(SHA256_KEY, seconds * 1000, 8, 'sha256')).toBe(sha256);
    expect(totp(SHA512_KEY, seconds * 1000, 8, 'sha512')).toBe(sha512);
  });

  it('round-trips base32 (RFC 4648 test vectors)', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Encode(Buffer.from('fooba'))).toBe('MZXW6YTB');
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    expect(base32Encode(SHA1_KEY)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(() => base32Decode('not base32!')).toThrow();
  });

  it('accepts the current code and one step of drift, and says which step matched', () => {
    const secret = generateTotpSecret();
    const key = base32Decode(secret);
    const now = 1_700_000_000_000;
    expect(verifyTotp(secret, totp(key, now), now)).toBe(Math.floor(now / 30_000));
    expect(verifyTotp(secret, totp(key, now - 30_000), now)).toBe(Math.floor(now / 30_000) - 1);
    expect(verifyTotp(secret, totp(key, now + 30_000), now)).toBe(Math.floor(now / 30_000) + 1);
    expect(verifyTotp(secret, totp(key, now - 90_000), now)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', now)).toBeNull();
  });

  it('generates 160-bit secrets and an otpauth URI apps can read', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(otpauthUri('JBSWY3DPEHPK3PXP', 'ada@example.org', 'Careerscope')).toBe(
      'otpauth://totp/Careerscope:ada%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Careerscope&algorithm=SHA1&digits=6&period=30',
    );
  });
});
