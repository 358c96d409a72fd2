import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { CookieOptions, Request, Response } from 'express';
import { DEVICE_COOKIE, SESSION_COOKIE, SessionUser, TotpSetupResponse } from '@careerscope/shared';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { Public } from '../common/public.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccountService } from '../users/account.service';
import { toSessionUser } from '../users/user.views';
import { Access } from './access.decorator';
import { AuthService, DEVICE_COOKIE_DAYS } from './auth.service';
import { CurrentSessionId, CurrentUser } from './current-user.decorator';
import { ChangePasswordDto, TotpConfirmDto, TotpDisableDto } from './dto/account.dto';
import { LoginDto } from './dto/login.dto';
import { LocalAuthGuard } from './guards';
import { TotpService } from './totp.service';
import { AllowPendingTwoFactor } from './two-factor.decorator';

@ApiTags('auth')
@AllowPendingTwoFactor()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
    private readonly totp: TotpService,
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

  private setSessionCookie(response: Response, token: string): void {
    response.cookie(SESSION_COOKIE, token, { ...this.cookieOptions(), maxAge: this.auth.sessionMaxAgeMs });
  }

  @Public()
  // Throttling runs before the password check, per client address (LOGIN_RATE_LIMIT per LOGIN_RATE_WINDOW_SECONDS).
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in; sets the httpOnly session cookie (anyone)',
    description:
      'Needs the X-XSRF-TOKEN header like every state-changing request. With a second factor, send `totp` too: without it (or with a wrong code) the answer is 401 `totp_required` with a field error on `totp`.',
  })
  @ApiOkResponse({ description: 'The signed-in user; Set-Cookie carries the session' })
  @ApiUnauthorizedResponse({
    description:
      '`unauthorized`: email or password is incorrect (the same answer for an unknown email); `totp_required`',
    type: ApiErrorDto,
  })
  @ApiForbiddenResponse({ description: 'Missing or wrong X-XSRF-TOKEN', type: ApiErrorDto })
  @ApiTooManyRequestsResponse({
    description:
      'Too many sign-in attempts from this address, or too many failures for this email address (known or not: ' +
      'SIGN_IN_FREE_FAILURES, then a wait that doubles with each failure). `Retry-After` gives the seconds to wait.',
    type: ApiErrorDto,
  })
  async login(
    @Body() _credentials: LoginDto,
    @Req() request: Request & { user: SessionUser },
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionUser> {
    this.setSessionCookie(response, await this.auth.openSession(request.user));
    response.cookie(DEVICE_COOKIE, this.auth.deviceToken(request.user.email), {
      ...this.cookieOptions(),
      maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60 * 1000,
    });
    return request.user;
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out: ends the session on the server and clears the cookie (anyone)',
    description: 'A copy of the old cookie no longer works.',
  })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiForbiddenResponse({ description: 'Missing or wrong X-XSRF-TOKEN', type: ApiErrorDto })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.signOut(request);
    response.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  @Get('me')
  @Access()
  @ApiOperation({ summary: 'The signed-in user (editor, admin)' })
  me(@CurrentUser() user: SessionUser): SessionUser {
    return user;
  }

  @Post('password')
  @HttpCode(200)
  @Access()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Change your own password (editor, admin)',
    description: 'Needs the current password. Every other session of the account ends; this one goes on.',
  })
  @ApiBadRequestResponse({
    description:
      'Wrong current password (field `currentPassword`) or a new password that breaks the policy (field `newPassword`)',
    type: ApiErrorDto,
  })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto })
  async changePassword(
    @Body() body: ChangePasswordDto,
    @CurrentUser() user: SessionUser,
    @CurrentSessionId() sessionId: string,
    @Req() request: Request,
  ): Promise<SessionUser> {
    const saved = await this.account.changeOwnPassword(
      user.id,
      sessionId,
      body.currentPassword,
      body.newPassword,
      request.ip ?? null,
    );
    return toSessionUser(saved, this.config.requireAdminTwoFactor);
  }

  @Post('totp/setup')
  @HttpCode(200)
  @Access()
  @ApiOperation({
    summary: 'Start setting up two-factor sign-in: a new secret, its otpauth URI and QR code (editor, admin)',
    description:
      'Not in force until confirmed with a code at `POST /api/auth/totp/confirm`. `qrCodeDataUrl` is the otpauth URI as an SVG QR code (`data:image/svg+xml;base64,…`) for an `<img>`.',
  })
  @ApiOkResponse({ description: '`{ secret, otpauthUri, qrCodeDataUrl }`' })
  @ApiConflictResponse({ description: 'Two-factor sign-in is already on', type: ApiErrorDto })
  setupTotp(@CurrentUser() user: SessionUser): Promise<TotpSetupResponse> {
    return this.totp.startSetup(user);
  }

  @Post('totp/confirm')
  @HttpCode(200)
  @Access()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Confirm the set-up with a code from the app; sign-in then needs a code (editor, admin)',
  })
  @ApiBadRequestResponse({
    description: 'No set-up started, or the code is wrong (field `code`)',
    type: ApiErrorDto,
  })
  @ApiConflictResponse({ description: 'Two-factor sign-in is already on', type: ApiErrorDto })
  confirmTotp(
    @Body() body: TotpConfirmDto,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
  ): Promise<SessionUser> {
    return this.totp.confirm(user.id, body.code, request.ip ?? null);
  }

  @Post('totp/disable')
  @HttpCode(200)
  @Access()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Switch two-factor sign-in off; needs the password (editor, admin)' })
  @ApiBadRequestResponse({ description: 'Wrong password (field `password`)', type: ApiErrorDto })
  @ApiConflictResponse({
    description: 'Admins must keep it on while REQUIRE_ADMIN_2FA=true',
    type: ApiErrorDto,
  })
  disableTotp(
    @Body() body: TotpDisableDto,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
  ): Promise<SessionUser> {
    return this.totp.disable(user.id, body.password, request.ip ?? null);
  }
}
