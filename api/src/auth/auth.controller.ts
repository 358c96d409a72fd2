import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import * as argon2 from 'argon2';
import * as QRCode from 'qrcode';
import type { CookieOptions, Request, Response } from 'express';
import { SESSION_COOKIE, SessionUser, TotpSetupResponse } from '@careerscope/shared';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { Public } from '../common/public.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { toSessionUser, UsersService } from '../users/users.service';
import { Access } from './access.decorator';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { ChangePasswordDto, TotpConfirmDto, TotpDisableDto } from './dto/account.dto';
import { LoginDto } from './dto/login.dto';
import { LocalAuthGuard } from './guards';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp';
import { AllowPendingTwoFactor } from './two-factor.decorator';

const TOTP_ISSUER = 'Careerscope';

@ApiTags('auth')
@AllowPendingTwoFactor()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
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
  @ApiResponse({
    status: 423,
    description: '`locked`: too many failed sign-ins; the message says until when',
    type: ApiErrorDto,
  })
  @ApiTooManyRequestsResponse({
    description: 'Too many sign-in attempts from this address',
    type: ApiErrorDto,
  })
  login(
    @Body() _credentials: LoginDto,
    @Req() request: Request & { user: SessionUser },
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionUser> {
    return this.auth.signFor(request.user.id).then((token) => {
      this.setSessionCookie(response, token);
      return request.user;
    });
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out; clears the session cookie (anyone)' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiForbiddenResponse({ description: 'Missing or wrong X-XSRF-TOKEN', type: ApiErrorDto })
  logout(@Res({ passthrough: true }) response: Response): void {
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
    description:
      'Needs the current password. Every other session of the account ends; this one gets a new cookie.',
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
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionUser> {
    const saved = await this.users.changeOwnPassword(
      user.id,
      body.currentPassword,
      body.newPassword,
      request.ip ?? null,
    );
    const session = toSessionUser(saved, this.config.requireAdminTwoFactor);
    this.setSessionCookie(response, this.auth.sign(session, saved.sessionVersion));
    return session;
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
  async setupTotp(@CurrentUser() user: SessionUser): Promise<TotpSetupResponse> {
    const secret = generateTotpSecret();
    await this.users.setPendingTotpSecret(user.id, secret);
    const uri = otpauthUri(secret, user.email, TOTP_ISSUER);
    // Drawn here so the secret never goes to a third-party QR service and the admin needs no QR library.
    const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return {
      secret,
      otpauthUri: uri,
      qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    };
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
  async confirmTotp(
    @Body() body: TotpConfirmDto,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
  ): Promise<SessionUser> {
    const account = await this.users.findById(user.id);
    if (!account) throw new BadRequestException('There is no such user');
    if (account.totpEnabled) throw new ConflictException('Two-factor sign-in is already on');
    if (!account.totpSecret) {
      throw new BadRequestException('Start with POST /api/auth/totp/setup to get a secret');
    }
    const step = verifyTotp(account.totpSecret, body.code);
    if (step === null) {
      const message = 'That code is not correct; check the time on your phone and enter the current code';
      throw new BadRequestException({ message, fields: [{ field: 'code', message }] });
    }
    const saved = await this.users.setTotpEnabled(account, true, step, request.ip ?? null);
    return toSessionUser(saved, this.config.requireAdminTwoFactor);
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
  async disableTotp(
    @Body() body: TotpDisableDto,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
  ): Promise<SessionUser> {
    const account = await this.users.findById(user.id);
    if (!account || !(await argon2.verify(account.passwordHash, body.password))) {
      const message = 'The password is not correct';
      throw new BadRequestException({ message, fields: [{ field: 'password', message }] });
    }
    if (account.role === 'admin' && this.config.requireAdminTwoFactor) {
      throw new ConflictException('Admins must keep two-factor sign-in on (REQUIRE_ADMIN_2FA)');
    }
    const saved = await this.users.setTotpEnabled(account, false, null, request.ip ?? null);
    return toSessionUser(saved, this.config.requireAdminTwoFactor);
  }
}
