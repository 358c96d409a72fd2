import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { SESSION_COOKIE, SessionUser } from '@careerscope/shared';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthService, SessionClaims } from './auth.service';

/** The session is a signed JWT in an httpOnly cookie; the account is re-read so a disabled user is out at once. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly auth: AuthService,
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

  validate(claims: SessionClaims): Promise<SessionUser> {
    return this.auth.userForClaims(claims);
  }
}
