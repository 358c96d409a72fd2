import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import type { SessionUser } from '@careerscope/shared';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ARGON2_OPTIONS, toSessionUser, UsersService } from '../users/users.service';

export interface SessionClaims {
  sub: string;
  role: string;
}

@Injectable()
export class AuthService {
  // Verifying against a real hash when the email is unknown keeps both answers equally slow.
  private readonly dummyHash = argon2.hash('not-a-real-password', ARGON2_OPTIONS);

  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The user, when the email and password match an active account; otherwise null. */
  async verify(email: string, password: string): Promise<SessionUser | null> {
    const user = await this.users.findByEmail(email);
    const valid = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !valid || user.status !== 'active') return null;
    return toSessionUser(user);
  }

  sign(user: SessionUser): string {
    const claims: SessionClaims = { sub: user.id, role: user.role };
    return this.jwt.sign(claims, { expiresIn: `${this.config.sessionHours}h` });
  }

  get sessionMaxAgeMs(): number {
    return this.config.sessionHours * 60 * 60 * 1000;
  }
}
