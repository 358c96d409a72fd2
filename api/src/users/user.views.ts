import type { SessionUser, UserRecord } from '@careerscope/shared';
import { SignInFailureEntity } from './sign-in-failure.entity';
import { UserEntity } from './user.entity';

export function toSessionUser(user: UserEntity, requireAdminTwoFactor = false): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    twoFactorEnabled: user.totpEnabled,
    twoFactorRequired: requireAdminTwoFactor && user.role === 'admin' && !user.totpEnabled,
  };
}

const FAILURES_FORGOTTEN_AFTER_MS = 24 * 60 * 60 * 1000;

/** `failures`: the sign-in failures of the user's email address (SignInFailuresService), if any. */
export function toUserRecord(user: UserEntity, failures?: SignInFailureEntity): UserRecord {
  const now = Date.now();
  const current = failures && now - failures.lastFailedAt.getTime() < FAILURES_FORGOTTEN_AFTER_MS;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    version: user.version,
    twoFactorEnabled: user.totpEnabled,
    failedSignIns: current ? failures.failures : 0,
    lockedUntil:
      current && failures.retryAt && failures.retryAt.getTime() > now ? failures.retryAt.toISOString() : null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
