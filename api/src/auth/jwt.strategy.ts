import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { SESSION_COOKIE, SessionUser } from '@careerscope/shared';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { toSessionUser, UsersService } from '../users/users.service';
import type { SessionClaims } from './auth.service';

/** The session is a signed JWT in an httpOnly cookie; the account is re-read so a disabled user is out at once. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([
        (request: Request) => request?.cookies?.[SESSION_COOKIE] ?? null,
      ]),
      secretOrKey: config.jwtSecret,
      ignoreExpiration: false,
      algorithms: ['HS256'],
    });
  }

  async validate(claims: SessionClaims): Promise<SessionUser> {
    const user = await this.users.findById(claims.sub);
    if (!user || user.status !== 'active') {
      throw new UnauthorizedException('Your session has ended; please sign in again');
    }
    return toSessionUser(user);
  }
}
