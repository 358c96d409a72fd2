import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { AUTH_ERROR_CODES, CSRF_COOKIE, CSRF_HEADER, Role, SessionUser } from '@careerscope/shared';
import { IS_PUBLIC } from '../common/public.decorator';
import { ROLES_KEY } from './roles.decorator';
import { ALLOW_PENDING_TWO_FACTOR } from './two-factor.decorator';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Global: every route needs a valid session unless it is marked @Public(). */
@Injectable()
export class SessionGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    return super.canActivate(context);
  }

  override handleRequest<TUser>(
    error: unknown,
    user: TUser,
    _info: unknown,
    context: ExecutionContext,
  ): TUser {
    if (error || !user) {
      throw error instanceof UnauthorizedException ? error : new UnauthorizedException('Please sign in');
    }
    // An admin who must set up a second factor (REQUIRE_ADMIN_2FA) can only reach /api/auth/* until done.
    if ((user as unknown as SessionUser).twoFactorRequired) {
      const allowed = this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_TWO_FACTOR, [
        context.getHandler(),
        context.getClass(),
      ]);
      if (!allowed) {
        throw new ForbiddenException({
          message: 'Set up two-factor sign-in first: admins must use an authenticator app',
          code: AUTH_ERROR_CODES.twoFactorEnrollmentRequired,
        });
      }
    }
    return user;
  }
}

/** Global: a route marked @Roles(...) is refused (403) to a signed-in user without one of them. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles || roles.length === 0) return true;
    const user = context.switchToHttp().getRequest<Request & { user?: SessionUser }>().user;
    if (!user || !roles.includes(user.role)) {
      throw new ForbiddenException('Your role does not allow this');
    }
    return true;
  }
}

/**
 * Global: a state-changing request must echo the CSRF cookie in the header (double-submit). A page
 * on another site can make the browser send the cookie but cannot read it to set the header.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method)) return true;
    const cookie: unknown = request.cookies?.[CSRF_COOKIE];
    const header = request.header(CSRF_HEADER);
    if (typeof cookie !== 'string' || typeof header !== 'string' || cookie.length === 0) {
      throw new ForbiddenException('Missing CSRF token; reload the page and try again');
    }
    const a = Buffer.from(cookie);
    const b = Buffer.from(header);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      throw new ForbiddenException('Invalid CSRF token; reload the page and try again');
    }
    return true;
  }
}

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {}
