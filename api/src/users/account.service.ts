import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SessionsService } from '../sessions/sessions.service';
import { passwordProblem } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import { UserEntity } from './user.entity';
import { fieldError, USERS_LOCK } from './user.errors';

/** What users do to their own account: their password, their second factor, their sign-ins. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  /** Your own password: the current one must match; every other session ends, `sessionId` stays. */
  async changeOwnPassword(
    userId: string,
    sessionId: string,
    currentPassword: string,
    newPassword: string,
    ip: string | null,
  ): Promise<UserEntity> {
    const user = await this.require(userId);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw fieldError('currentPassword', 'The current password is not correct');
    }
    const problem = passwordProblem(newPassword, user.email);
    if (problem) throw fieldError('newPassword', problem);
    if (newPassword === currentPassword) {
      throw fieldError('newPassword', 'Choose a password different from the current one');
    }
    user.passwordHash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(user);
      await this.sessions.revokeAllOf(user.id, manager, sessionId);
      await this.audit.record(
        {
          type: 'auth.password_changed',
          actor: { id: user.id, email: user.email },
          ip,
          subjectType: 'user',
          subjectId: user.id,
        },
        manager,
      );
      return saved;
    });
  }

  /** Saves an (encrypted) TOTP secret not yet in force (enrollment, before the first code confirms it). */
  async setPendingTotpSecret(userId: string, sealedSecret: string): Promise<UserEntity> {
    const user = await this.require(userId);
    if (user.totpEnabled) {
      throw new ConflictException(
        'Two-factor sign-in is already on; switch it off first to set up a new app',
      );
    }
    user.totpSecret = sealedSecret;
    return this.dataSource.getRepository(UserEntity).save(user);
  }

  /**
   * Encrypts the TOTP secrets still stored in clear; answers how many. Run at start-up, under the
   * accounts lock so that two instances starting together do not encrypt a secret twice.
   */
  async sealClearTotpSecrets(
    seal: (userId: string, secret: string) => string,
    isSealed: (stored: string) => boolean,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [USERS_LOCK]);
      const rows = (await manager.query(
        'SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL',
      )) as Array<{ id: string; totp_secret: string }>;
      const clear = rows.filter((row) => !isSealed(row.totp_secret));
      for (const row of clear) {
        await manager.query('UPDATE users SET totp_secret = $2 WHERE id = $1', [
          row.id,
          seal(row.id, row.totp_secret),
        ]);
      }
      return clear.length;
    });
  }

  async setTotpEnabled(
    user: UserEntity,
    enabled: boolean,
    step: number | null,
    ip: string | null,
  ): Promise<UserEntity> {
    user.totpEnabled = enabled;
    user.totpLastStep = step;
    if (!enabled) user.totpSecret = null;
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(user);
      await this.audit.record(
        {
          type: enabled ? 'auth.two_factor_enabled' : 'auth.two_factor_disabled',
          actor: { id: user.id, email: user.email },
          ip,
          subjectType: 'user',
          subjectId: user.id,
        },
        manager,
      );
      return saved;
    });
  }

  async recordSignIn(userId: string, totpStep: number | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE users SET last_sign_in_at = now(), totp_last_step = COALESCE($2, totp_last_step)
       WHERE id = $1`,
      [userId, totpStep],
    );
  }

  private async require(id: string): Promise<UserEntity> {
    const user = await this.dataSource.manager.findOneBy(UserEntity, { id });
    if (!user) throw new NotFoundException('There is no such user');
    return user;
  }
}
