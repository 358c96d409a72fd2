import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config';

describe('loadConfig: sign-in and two-factor settings', () => {
  const base = () => ({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'careerscope-config-')),
    JWT_SECRET: 'x'.repeat(32),
  });

  it('generates the TOTP key once in DATA_DIR outside production, and keeps it', () => {
    const env = base();
    const first = loadConfig(env);
    expect(first.totpEncryptionKey).toHaveLength(32);
    expect(readFileSync(join(env.DATA_DIR, 'totp-key'), 'utf8').trim()).toBe(
      first.totpEncryptionKey.toString('hex'),
    );
    expect(loadConfig(env).totpEncryptionKey.equals(first.totpEncryptionKey)).toBe(true);
  });

  it('requires TOTP_ENCRYPTION_KEY in production and accepts 64 hex digits or base64', () => {
    expect(() => loadConfig({ ...base(), NODE_ENV: 'production' })).toThrow(
      /TOTP_ENCRYPTION_KEY must be set in production/,
    );
    const key = randomBytes(32);
    for (const written of [key.toString('hex'), key.toString('base64'), key.toString('base64url')]) {
      const config = loadConfig({ ...base(), NODE_ENV: 'production', TOTP_ENCRYPTION_KEY: written });
      expect(config.totpEncryptionKey.equals(key)).toBe(true);
    }
  });

  it.each(['too-short', 'g'.repeat(64), randomBytes(16).toString('hex'), randomBytes(33).toString('base64')])(
    'refuses the TOTP key %s, naming the variable',
    (value) => {
      expect(() => loadConfig({ ...base(), TOTP_ENCRYPTION_KEY: value })).toThrow(
        /Configuration error: TOTP_ENCRYPTION_KEY must be 32 bytes/,
      );
    },
  );

  it('reads the sign-in slow-down settings, and refuses the old lockout variables by name', () => {
    expect(loadConfig(base())).toMatchObject({
      signInFreeFailures: 5,
      signInDelaySeconds: 30,
      signInMaxDelayMinutes: 15,
    });
    expect(
      loadConfig({
        ...base(),
        SIGN_IN_FREE_FAILURES: '3',
        SIGN_IN_DELAY_SECONDS: '2',
        SIGN_IN_MAX_DELAY_MINUTES: '60',
      }),
    ).toMatchObject({ signInFreeFailures: 3, signInDelaySeconds: 2, signInMaxDelayMinutes: 60 });
    expect(() => loadConfig({ ...base(), SIGN_IN_DELAY_SECONDS: '0' })).toThrow(/SIGN_IN_DELAY_SECONDS/);
    expect(() => loadConfig({ ...base(), LOCKOUT_THRESHOLD: '5' })).toThrow(
      /LOCKOUT_THRESHOLD is no longer read.*SIGN_IN_FREE_FAILURES/,
    );
    expect(() => loadConfig({ ...base(), LOCKOUT_MINUTES: '15' })).toThrow(/use SIGN_IN_MAX_DELAY_MINUTES/);
  });
});
