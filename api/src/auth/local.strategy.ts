import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { DEVICE_COOKIE, type SessionUser } from '@careerscope/shared';
import { AuthService } from './auth.service';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, email: string, password: string): Promise<SessionUser> {
    const body = request.body as { totp?: unknown } | undefined;
    return this.auth.signIn({
      email,
      password,
      totp: typeof body?.totp === 'string' ? body.totp.trim() : undefined,
      ip: request.ip ?? null,
      deviceToken:
        typeof request.cookies?.[DEVICE_COOKIE] === 'string' ? request.cookies[DEVICE_COOKIE] : undefined,
    });
  }
}
