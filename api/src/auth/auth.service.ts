import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { AUTH_ERROR_CODES, SESSION_COOKIE, SessionUser } from '@careerscope/shared';
import { AuditService } from '../audit/audit.service';
import { TooManyRequestsException } from '../common/errors/too-many-requests.exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SessionsService } from '../sessions/sessions.service';
import { SignInFailuresService } from '../users/sign-in-failures.service';
import { AccountService } from '../users/account.service';
import { hashPassword, verifyPassword } from '../users/passwords';
import { toSessionUser } from '../users/user.views';
import { UsersService } from '../users/users.service';
import { TotpService } from './totp.service';

export interface SessionClaims {
  sub: string;
  role: string;
  /** The server-side session this token stands for; it ends when the session is revoked. */
  sid: string;
}

export interface SignInAttempt {
  email: string;
  password: string;
  totp?: string;
  ip: string | null;
  /** The browser's device cookie, if it has one. */
  deviceToken?: string;
}

/** What a device cookie's token says: this browser signed in as `email` before. */
interface DeviceClaims {
  typ: 'device';
  email: string;
  did: string;
}

/** The signed-in user and the session they are using. */
export interface SignedIn {
  user: SessionUser;
  sessionId: string;
}

export const DEVICE_COOKIE_DAYS = 365;
const WRONG_CREDENTIALS = 'Email or password is incorrect';
const SESSION_ENDED = 'Your session has ended; please sign in again';

/** Answered alike for every email address, known or not, once it has failed too often. */
function signInDelayed(seconds: number): TooManyRequestsException {
  return new TooManyRequestsException(
    `Too many attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    seconds,
  );
}

@Injectable()
export class AuthService {
  // Verifying against a real hash when the email is unknown keeps both answers equally slow.
  private readonly dummyHash = hashPassword('not-a-real-password');

  constructor(
    private readonly users: UsersService,
    private readonly account: AccountService,
    private readonly sessions: SessionsService,
    private readonly failures: SignInFailuresService,
    private readonly totp: TotpService,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks a sign-in: the wait after repeated failures, the password, then the second factor. An
   * unknown email, a wrong password and a disabled account get the same 401 after the same argon2
   * work, and the same 429 once the address has failed too often.
   */
  async signIn(attempt: SignInAttempt): Promise<SessionUser> {
    const email = attempt.email.trim().toLowerCase().slice(0, 254);
    // A browser that signed in as this email before counts its failures apart: others guessing at
    // the email cannot make its owner wait.
    const device = await this.deviceOf(attempt.deviceToken, email);
    const counter = device ? `${email}#${device}` : email;
    const admission = await this.failures.admit(counter);
    if (!admission.admitted) throw signInDelayed(admission.retryAfterSeconds);

    const user = await this.users.findByEmail(email);
    const valid = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), attempt.password);
    const failed = async (reason: string) => {
      await this.audit.record({
        type: 'auth.sign_in_failed',
        ip: attempt.ip,
        subjectType: user ? 'user' : null,
        subjectId: user?.id ?? null,
        details: { email, reason },
      });
      // Recorded once, when the waits begin.
      if (admission.failures === this.config.signInFreeFailures && admission.retryAt) {
        await this.audit.record({
          type: 'auth.locked',
          ip: attempt.ip,
          subjectType: user ? 'user' : null,
          subjectId: user?.id ?? null,
          details: { email, retryAt: admission.retryAt.toISOString() },
        });
      }
    };

    if (!user || user.status !== 'active') {
      await failed(user ? 'disabled' : 'unknown_email');
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    if (!valid) {
      await failed('wrong_password');
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }

    let step: number | null = null;
    if (user.totpEnabled && user.totpSecret) {
      // Asking for the code counts as an attempt too, so that it cannot be used to reset the count.
      if (!attempt.totp) {
        throw totpRequired('Enter the six-digit code from your authenticator app');
      }
      step = this.totp.checkSignInCode(user, attempt.totp);
      if (step === null) {
        await failed('wrong_totp');
        throw totpRequired('That code is not correct; enter the current code from your app');
      }
    }

    await this.failures.succeeded(counter);
    await this.account.recordSignIn(user.id, step);
    await this.audit.record({
      type: 'auth.sign_in',
      actor: { id: user.id, email: user.email },
      ip: attempt.ip,
      subjectType: 'user',
      subjectId: user.id,
      details: { twoFactor: step !== null },
    });
    return toSessionUser(user, this.config.requireAdminTwoFactor);
  }

  /** A token for the device cookie: this browser has signed in as `email`. */
  deviceToken(email: string): string {
    const claims: DeviceClaims = { typ: 'device', email: email.trim().toLowerCase(), did: randomUUID() };
    return this.jwt.sign(claims, { expiresIn: `${DEVICE_COOKIE_DAYS}d` });
  }

  private async deviceOf(token: string | undefined, email: string): Promise<string | null> {
    if (!token) return null;
    try {
      const claims = await this.jwt.verifyAsync<Partial<DeviceClaims>>(token, { algorithms: ['HS256'] });
      return claims.typ === 'device' && claims.email === email && typeof claims.did === 'string'
        ? claims.did
        : null;
    } catch {
      return null;
    }
  }

  /** Opens a server-side session for a user who just signed in; answers the token for the cookie. */
  async openSession(user: SessionUser): Promise<string> {
    const expiresAt = new Date(Date.now() + this.sessionMaxAgeMs);
    const session = await this.sessions.open(user.id, expiresAt);
    const claims: SessionClaims = { sub: user.id, role: user.role, sid: session.id };
    return this.jwt.sign(claims, { expiresIn: `${this.config.sessionHours}h` });
  }

  /** The user of a valid token whose session is still open on the server, re-read on every request. */
  async signedInFor(claims: Partial<SessionClaims>): Promise<SignedIn> {
    // Tokens from before server-side sessions carry no `sid`: they end here.
    if (typeof claims.sid !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sid)) {
      throw new UnauthorizedException(SESSION_ENDED);
    }
    const user = await this.sessions.activeUser(claims.sid);
    if (!user || user.id !== claims.sub || user.status !== 'active') {
      throw new UnauthorizedException(SESSION_ENDED);
    }
    return { user: toSessionUser(user, this.config.requireAdminTwoFactor), sessionId: claims.sid };
  }

  /**
   * Sign-out: the session of the cookie's token ends on the server, whatever the cookie does next,
   * and the audit log records who signed out (a token whose session had already ended records nothing).
   */
  async signOut(request: Request): Promise<void> {
    const claims = await this.claimsFrom(request);
    if (!claims || typeof claims.sid !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sid)) return;
    const userId = await this.sessions.revoke(claims.sid);
    if (userId === null) return;
    await this.audit.record({
      type: 'auth.sign_out',
      actor: { id: userId },
      ip: request.ip ?? null,
      subjectType: 'user',
      subjectId: userId,
    });
  }

  /** For routes open to everyone that do more for a signed-in user (public preview): null when not signed in. */
  async userFromRequest(request: Request): Promise<SessionUser | null> {
    const claims = await this.claimsFrom(request);
    if (!claims) return null;
    try {
      return (await this.signedInFor(claims)).user;
    } catch {
      return null;
    }
  }

  private async claimsFrom(request: Request): Promise<Partial<SessionClaims> | null> {
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token === '') return null;
    try {
      return await this.jwt.verifyAsync<SessionClaims>(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
  }

  get sessionMaxAgeMs(): number {
    return this.config.sessionHours * 60 * 60 * 1000;
  }
}

function totpRequired(message: string): UnauthorizedException {
  return new UnauthorizedException({
    message,
    code: AUTH_ERROR_CODES.totpRequired,
    fields: [{ field: 'totp', message }],
  });
}
