import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { SESSION_COOKIE, SessionUser } from '@careerscope/shared';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthService, SessionClaims } from './auth.service';
import type { SessionRequest } from './current-user.decorator';

/**
 * The session is a signed JWT in an httpOnly cookie naming a server-side session; the session and the
 * account are re-read on every request, so a sign-out, a disabled user or a new password end it at once.
 */
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
      passReqToCallback: true,
    });
  }

  async validate(request: Request, claims: SessionClaims): Promise<SessionUser> {
    const { user, sessionId } = await this.auth.signedInFor(claims);
    (request as SessionRequest).sessionId = sessionId;
    return user;
  }
}
