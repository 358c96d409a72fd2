import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import type { Request } from 'express';
import { AUTH_ERROR_CODES, SESSION_COOKIE, SessionUser } from '@careerscope/shared';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UserEntity } from '../users/user.entity';
import { ARGON2_OPTIONS, toSessionUser, UsersService } from '../users/users.service';
import { verifyTotp } from './totp';

export interface SessionClaims {
  sub: string;
  role: string;
  /** The user's session version when signed: a password change or reset raises it, ending this session. */
  sv?: number;
}

export interface SignInAttempt {
  email: string;
  password: string;
  totp?: string;
  ip: string | null;
}

const WRONG_CREDENTIALS = 'Email or password is incorrect';

@Injectable()
export class AuthService {
  // Verifying against a real hash when the email is unknown keeps both answers equally slow.
  private readonly dummyHash = argon2.hash('not-a-real-password', ARGON2_OPTIONS);

  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks a sign-in: password, lockout, then the second factor. An unknown email, a wrong password
   * and a disabled account get the same 401 after the same argon2 work; a locked account gets 423.
   */
  async signIn(attempt: SignInAttempt): Promise<SessionUser> {
    const email = attempt.email.trim().toLowerCase();
    const user = await this.users.findByEmail(email);
    const valid = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), attempt.password);
    const failed = (reason: string) =>
      this.audit.record({
        type: 'auth.sign_in_failed',
        ip: attempt.ip,
        subjectType: user ? 'user' : null,
        subjectId: user?.id ?? null,
        details: { email: email.slice(0, 254), reason },
      });

    if (!user || user.status !== 'active') {
      await failed(user ? 'disabled' : 'unknown_email');
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      await failed('locked');
      throw this.locked(user.lockedUntil);
    }
    if (!valid) {
      await failed('wrong_password');
      await this.countFailure(user, attempt.ip);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }

    let step: number | null = null;
    if (user.totpEnabled && user.totpSecret) {
      if (!attempt.totp) {
        throw totpRequired('Enter the six-digit code from your authenticator app');
      }
      step = verifyTotp(user.totpSecret, attempt.totp);
      if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) {
        await failed('wrong_totp');
        await this.countFailure(user, attempt.ip);
        throw totpRequired('That code is not correct; enter the current code from your app');
      }
    }

    await this.users.recordSignIn(user.id, step);
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

  /** Counts a failure; the one that locks the account is answered 423 at once. */
  private async countFailure(user: UserEntity, ip: string | null): Promise<void> {
    const { lockedUntil, justLocked } = await this.users.recordFailedSignIn(user.id);
    if (justLocked && lockedUntil) {
      await this.audit.record({
        type: 'auth.locked',
        ip,
        subjectType: 'user',
        subjectId: user.id,
        details: { email: user.email, lockedUntil: lockedUntil.toISOString() },
      });
      throw this.locked(lockedUntil);
    }
  }

  private locked(until: Date): HttpException {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    return new HttpException(
      {
        message:
          `Too many failed sign-ins: this account is locked for ${minutes} more minute${minutes === 1 ? '' : 's'} ` +
          `(until ${until.toISOString()}). Try again later, or ask an admin to unlock it.`,
        code: AUTH_ERROR_CODES.locked,
      },
      HttpStatus.LOCKED,
    );
  }

  sign(user: SessionUser, sessionVersion: number): string {
    const claims: SessionClaims = { sub: user.id, role: user.role, sv: sessionVersion };
    return this.jwt.sign(claims, { expiresIn: `${this.config.sessionHours}h` });
  }

  async signFor(userId: string): Promise<string> {
    const user = await this.users.findById(userId);
    if (!user) throw new UnauthorizedException('Your session has ended; please sign in again');
    return this.sign(toSessionUser(user, this.config.requireAdminTwoFactor), user.sessionVersion);
  }

  /** The user a valid session names, re-read so that a disabled account or a changed password ends it. */
  async userForClaims(claims: SessionClaims): Promise<SessionUser> {
    const user = await this.users.findById(claims.sub);
    if (!user || user.status !== 'active' || (claims.sv ?? 0) !== user.sessionVersion) {
      throw new UnauthorizedException('Your session has ended; please sign in again');
    }
    return toSessionUser(user, this.config.requireAdminTwoFactor);
  }

  /** For routes open to everyone that do more for a signed-in user (public preview): null when not signed in. */
  async userFromRequest(request: Request): Promise<SessionUser | null> {
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token === '') return null;
    try {
      const claims = await this.jwt.verifyAsync<SessionClaims>(token, { algorithms: ['HS256'] });
      return await this.userForClaims(claims);
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
