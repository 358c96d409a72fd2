import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import * as QRCode from 'qrcode';
import type { SessionUser, TotpSetupResponse } from '@careerscope/shared';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UserEntity } from '../users/user.entity';
import { AccountService } from '../users/account.service';
import { verifyPassword } from '../users/passwords';
import { toSessionUser } from '../users/user.views';
import { UsersService } from '../users/users.service';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp';
import { isSealedTotpSecret, openTotpSecret, sealTotpSecret } from './totp-secret-cipher';

const TOTP_ISSUER = 'Careerscope';

/** Two-step sign-in: setting it up, checking codes, switching it off; secrets stay encrypted at rest. */
@Injectable()
export class TotpService implements OnApplicationBootstrap {
  private readonly logger = new Logger('TOTP');

  constructor(
    private readonly users: UsersService,
    private readonly account: AccountService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Secrets saved before they were encrypted are encrypted once, at start-up. */
  async onApplicationBootstrap(): Promise<void> {
    const sealed = await this.account.sealClearTotpSecrets(
      (userId, secret) => sealTotpSecret(this.config.totpEncryptionKey, userId, secret),
      isSealedTotpSecret,
    );
    if (sealed > 0) this.logger.log(`Encrypted ${sealed} two-factor secret(s) stored in clear`);
  }

  /** A new secret, not in force until a code confirms it. */
  async startSetup(user: SessionUser): Promise<TotpSetupResponse> {
    const secret = generateTotpSecret();
    await this.account.setPendingTotpSecret(
      user.id,
      sealTotpSecret(this.config.totpEncryptionKey, user.id, secret),
    );
    const uri = otpauthUri(secret, user.email, TOTP_ISSUER);
    // Drawn here so the secret never goes to a third-party QR service and the admin needs no QR library.
    const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return {
      secret,
      otpauthUri: uri,
      qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    };
  }

  async confirm(userId: string, code: string, ip: string | null): Promise<SessionUser> {
    const user = await this.users.findById(userId);
    if (!user) throw new BadRequestException('There is no such user');
    if (user.totpEnabled) throw new ConflictException('Two-factor sign-in is already on');
    if (!user.totpSecret) {
      throw new BadRequestException('Start with POST /api/auth/totp/setup to get a secret');
    }
    const step = verifyTotp(this.secretOf(user), code);
    if (step === null) {
      const message = 'That code is not correct; check the time on your phone and enter the current code';
      throw new BadRequestException({ message, fields: [{ field: 'code', message }] });
    }
    const saved = await this.account.setTotpEnabled(user, true, step, ip);
    return toSessionUser(saved, this.config.requireAdminTwoFactor);
  }

  async disable(userId: string, password: string, ip: string | null): Promise<SessionUser> {
    const user = await this.users.findById(userId);
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      const message = 'The password is not correct';
      throw new BadRequestException({ message, fields: [{ field: 'password', message }] });
    }
    if (user.role === 'admin' && this.config.requireAdminTwoFactor) {
      throw new ConflictException('Admins must keep two-factor sign-in on (REQUIRE_ADMIN_2FA)');
    }
    const saved = await this.account.setTotpEnabled(user, false, null, ip);
    return toSessionUser(saved, this.config.requireAdminTwoFactor);
  }

  /** The time step of a valid code at sign-in; null for a wrong code or one already used. */
  checkSignInCode(user: UserEntity, code: string): number | null {
    if (!user.totpSecret) return null;
    const step = verifyTotp(this.secretOf(user), code);
    if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) return null;
    return step;
  }

  private secretOf(user: UserEntity): string {
    return openTotpSecret(this.config.totpEncryptionKey, user.id, user.totpSecret ?? '');
  }
}
