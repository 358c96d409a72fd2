import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Everything the app reads from its environment, validated once at start-up. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Null: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  publicUrl: string;
  /** Where server-side rendering reaches this app's API. */
  internalApiUrl: string;
  allowedHosts: string[];
  trustProxy: boolean;
  seedOnStart: boolean;
  /** With the seed, import the healthcare catalogue from the public files in reference-data/. */
  seedCatalogue: boolean;
  /** With the catalogue, list every school of its careers from the IPEDS files in reference-data/. */
  seedSchools: boolean;
  corsOrigins: string[];
  jwtSecret: string;
  sessionHours: number;
  adminEmail: string | null;
  adminPassword: string | null;
  requireAdminTwoFactor: boolean;
  /** Sign-in attempts allowed per client address in `loginRateWindowSeconds` (then 429). */
  loginRateLimit: number;
  loginRateWindowSeconds: number;
  /**
   * Failed sign-ins for one email address before each further attempt must wait (then 429 with
   * Retry-After): the first wait, doubling with every further failure up to the longest.
   */
  signInFreeFailures: number;
  signInDelaySeconds: number;
  signInMaxDelayMinutes: number;
  /** 32-byte AES-256-GCM key that encrypts TOTP secrets and webhook signing secrets at rest. */
  totpEncryptionKey: Buffer;
  /** Webhook deliveries: attempts before a delivery fails, and the first retry's delay (doubling after). */
  webhookMaxAttempts: number;
  webhookRetryBaseMs: number;
  /** How often each instance looks for due deliveries, and how long a receiver may take to answer. */
  webhookPollMs: number;
  webhookTimeoutMs: number;
  /** Publishing needs an approved review of the pending changes (else 409). */
  requireReview: boolean;
  /** How often each instance looks for a scheduled publish that is due; 0: never (this instance). */
  schedulePollMs: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** A bad value stops the app with a message that names the variable. */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(
      name,
      `must start with ${protocols.map((protocol) => `${protocol}//`).join(' or ')}`,
    );
  }
  return raw.replace(/\/+$/, '');
}

function list(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * In development secrets are generated once and kept beside the embedded database, so sessions and
 * second factors survive a restart without anyone having to invent a secret.
 */
function developmentSecret(dataDir: string, name: string, generate: () => string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = generate();
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** 32 bytes, written as 64 hex digits or in base64. */
function encryptionKey(raw: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(raw)) return Buffer.from(raw, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(raw)) {
    const key = Buffer.from(raw.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (key.length === 32) return key;
  }
  return null;
}

const RENAMED: Record<string, string> = {
  LOCKOUT_THRESHOLD: 'SIGN_IN_FREE_FAILURES',
  LOCKOUT_MINUTES: 'SIGN_IN_MAX_DELAY_MINUTES',
};

export function loadConfig(env: Env = process.env, repoRoot = resolve(__dirname, '../../..')): AppConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', 'must be development, production or test');
  }
  const port = integer(env, 'PORT', 3000, 1, 65535);
  const host = env.HOST || '127.0.0.1';
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const dataDir = resolve(repoRoot, env.DATA_DIR || 'data');
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const internalApiUrl = url(env, 'INTERNAL_API_URL', ['http:', 'https:']) ?? `http://127.0.0.1:${port}`;
  const allowedHosts = [
    ...new Set(['localhost', '127.0.0.1', new URL(publicUrl).hostname, ...list(env, 'ALLOWED_HOSTS')]),
  ];
  const adminEmail = env.ADMIN_EMAIL?.trim().toLowerCase() || null;
  if (adminEmail !== null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL', 'must be an email address');
  }
  const adminPassword = env.ADMIN_PASSWORD || null;
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new ConfigError(
      adminEmail === null ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD',
      'must be set together with the other',
    );
  }
  let jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret === '') {
    if (nodeEnv === 'production') {
      throw new ConfigError('JWT_SECRET', 'must be set in production (at least 32 characters)');
    }
    jwtSecret = developmentSecret(dataDir, 'session-secret', () => randomBytes(48).toString('base64url'));
  } else if (jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  }
  let totpKeyText = env.TOTP_ENCRYPTION_KEY ?? '';
  if (totpKeyText === '') {
    if (nodeEnv === 'production') {
      throw new ConfigError(
        'TOTP_ENCRYPTION_KEY',
        'must be set in production (32 random bytes as 64 hex digits, e.g. `openssl rand -hex 32`)',
      );
    }
    totpKeyText = developmentSecret(dataDir, 'totp-key', () => randomBytes(32).toString('hex'));
  }
  const totpEncryptionKey = encryptionKey(totpKeyText);
  if (totpEncryptionKey === null) {
    throw new ConfigError(
      'TOTP_ENCRYPTION_KEY',
      'must be 32 bytes written as 64 hex digits or in base64 (e.g. `openssl rand -hex 32`)',
    );
  }
  // A renamed variable that is still set would otherwise be ignored without a word.
  for (const [old, current] of Object.entries(RENAMED)) {
    if (env[old] !== undefined && env[old] !== '') {
      throw new ConfigError(old, `is no longer read: sign-ins are slowed down, not locked; use ${current}`);
    }
  }
  return {
    nodeEnv,
    port,
    host,
    databaseUrl,
    dataDir,
    publicUrl,
    internalApiUrl,
    allowedHosts,
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    seedOnStart: boolean(env, 'SEED_ON_START', true),
    seedCatalogue: boolean(env, 'SEED_CATALOGUE', true),
    seedSchools: boolean(env, 'SEED_SCHOOLS', true),
    corsOrigins: list(env, 'CORS_ORIGINS'),
    jwtSecret,
    sessionHours: integer(env, 'SESSION_HOURS', 8, 1, 24 * 30),
    adminEmail,
    adminPassword,
    requireAdminTwoFactor: boolean(env, 'REQUIRE_ADMIN_2FA', false),
    loginRateLimit: integer(env, 'LOGIN_RATE_LIMIT', 10, 1, 100_000),
    loginRateWindowSeconds: integer(env, 'LOGIN_RATE_WINDOW_SECONDS', 60, 1, 86_400),
    signInFreeFailures: integer(env, 'SIGN_IN_FREE_FAILURES', 5, 1, 1000),
    signInDelaySeconds: integer(env, 'SIGN_IN_DELAY_SECONDS', 30, 1, 3600),
    signInMaxDelayMinutes: integer(env, 'SIGN_IN_MAX_DELAY_MINUTES', 15, 1, 24 * 60),
    totpEncryptionKey,
    webhookMaxAttempts: integer(env, 'WEBHOOK_MAX_ATTEMPTS', 8, 1, 50),
    webhookRetryBaseMs: integer(env, 'WEBHOOK_RETRY_BASE_MS', 30_000, 1, 86_400_000),
    webhookPollMs: integer(env, 'WEBHOOK_POLL_MS', 2_000, 10, 600_000),
    webhookTimeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
    requireReview: boolean(env, 'REQUIRE_REVIEW', false),
    schedulePollMs: integer(env, 'SCHEDULE_POLL_MS', 15_000, 0, 3_600_000),
  };
}
