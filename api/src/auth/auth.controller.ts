import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { SESSION_COOKIE, SessionUser } from '@careerscope/shared';
import { Public } from '../common/public.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { LocalAuthGuard } from './guards';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private cookieOptions(): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.publicUrl.startsWith('https://'),
      path: '/',
    };
  }

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; sets the httpOnly session cookie' })
  @ApiUnauthorizedResponse({ description: 'Email or password is incorrect' })
  login(
    @Body() _credentials: LoginDto,
    @Req() request: Request & { user: SessionUser },
    @Res({ passthrough: true }) response: Response,
  ): SessionUser {
    response.cookie(SESSION_COOKIE, this.auth.sign(request.user), {
      ...this.cookieOptions(),
      maxAge: this.auth.sessionMaxAgeMs,
    });
    return request.user;
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out; clears the session cookie' })
  logout(@Res({ passthrough: true }) response: Response): void {
    response.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  me(@Req() request: Request & { user: SessionUser }): SessionUser {
    return request.user;
  }
}
