import { randomBytes } from 'node:crypto';
import {
  BadRequestException,
  ConflictException,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { AUTH_ERROR_CODES, Page, Role, SessionUser, UserRecord, UserSortField } from '@careerscope/shared';
import { AuditActor, AuditService } from '../audit/audit.service';
import type { CreateUserDto, ResetPasswordDto, UpdateUserDto, UserListQueryDto } from './dto/user.dto';
import { SessionsService } from '../sessions/sessions.service';
import { passwordProblem } from './password-policy';
import { SignInFailureEntity } from './sign-in-failure.entity';
import { SignInFailuresService } from './sign-in-failures.service';
import { UserEntity } from './user.entity';

/** argon2id with the OWASP-recommended minimum cost. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function toSessionUser(user: UserEntity, requireAdminTwoFactor = false): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    twoFactorEnabled: user.totpEnabled,
    twoFactorRequired: requireAdminTwoFactor && user.role === 'admin' && !user.totpEnabled,
  };
}

const FAILURES_FORGOTTEN_AFTER_MS = 24 * 60 * 60 * 1000;

/** `failures`: the sign-in failures of the user's email address (SignInFailuresService), if any. */
export function toUserRecord(user: UserEntity, failures?: SignInFailureEntity): UserRecord {
  const now = Date.now();
  const current = failures && now - failures.lastFailedAt.getTime() < FAILURES_FORGOTTEN_AFTER_MS;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    version: user.version,
    twoFactorEnabled: user.totpEnabled,
    failedSignIns: current ? failures.failures : 0,
    lockedUntil:
      current && failures.retryAt && failures.retryAt.getTime() > now ? failures.retryAt.toISOString() : null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

/** Who changed something and from where, for the audit log. */
export interface ChangeContext {
  actor: AuditActor;
  ip: string | null;
}

const SORT_COLUMNS: Record<UserSortField, string> = {
  email: 'user.email',
  name: 'user.name',
  role: 'user.role',
  status: 'user.status',
  createdAt: 'user.createdAt',
  lastSignInAt: 'user.lastSignInAt',
};

// Changes to accounts take this transaction-scoped lock, so two admins demoting each other at the
// same moment cannot both pass the last-admin check.
const USERS_LOCK = 72_100_002;

@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly signInFailures: SignInFailuresService,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(UserEntity);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repository.findOneBy({ email: email.trim().toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.repository.findOneBy({ id });
  }

  async list(query: UserListQueryDto): Promise<Page<UserRecord>> {
    const builder = this.repository.createQueryBuilder('user');
    if (query.role) builder.andWhere('user.role = :role', { role: query.role });
    if (query.status) builder.andWhere('user.status = :status', { status: query.status });
    if (query.q) {
      builder.andWhere('(user.email ILIKE :q OR user.name ILIKE :q)', {
        q: `%${query.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`,
      });
    }
    const descending = query.sort?.startsWith('-') ?? false;
    const field = (query.sort?.replace(/^-/, '') || 'email') as UserSortField;
    builder
      .orderBy(SORT_COLUMNS[field], descending ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('user.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    const [rows, total] = await builder.getManyAndCount();
    const items = await this.toRecords(this.dataSource.manager, rows);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<UserRecord> {
    const [record] = await this.toRecords(this.dataSource.manager, [
      await this.require(this.dataSource.manager, id),
    ]);
    return record;
  }

  private async toRecords(manager: EntityManager, users: UserEntity[]): Promise<UserRecord[]> {
    const failures = await this.signInFailures.stateOf(
      users.map((user) => user.email),
      manager,
    );
    return users.map((user) => toUserRecord(user, failures.get(user.email)));
  }

  async create(input: CreateUserDto, context: ChangeContext | null = null): Promise<UserRecord> {
    const email = input.email.trim().toLowerCase();
    const problem = passwordProblem(input.password, email);
    if (problem) throw fieldError('password', problem);
    const passwordHash = await argon2.hash(input.password, ARGON2_OPTIONS);
    return this.dataSource.transaction(async (manager) => {
      await this.ensureEmailFree(manager, email, null);
      const saved = await manager.save(
        manager.create(UserEntity, {
          email,
          name: input.name.trim(),
          role: input.role,
          passwordHash,
          status: 'active',
        }),
      );
      if (context) {
        await this.audit.record(
          {
            type: 'user.created',
            actor: context.actor,
            ip: context.ip,
            subjectType: 'user',
            subjectId: saved.id,
            details: { email, role: saved.role },
          },
          manager,
        );
      }
      return toUserRecord(saved);
    });
  }

  /**
   * Name, email, role and status; refused (409) on a stale version or when no active admin would remain.
   * A new role or disabling the user ends their sessions: they sign in again with what they may now do.
   */
  async update(id: string, input: UpdateUserDto, context: ChangeContext): Promise<UserRecord> {
    return this.change(id, input.version, context, async (manager, user) => {
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      const next = {
        email: input.email?.trim().toLowerCase(),
        name: input.name?.trim(),
        role: input.role,
        status: input.status,
      };
      if (next.email !== undefined && next.email !== user.email) {
        await this.ensureEmailFree(manager, next.email, user.id);
      }
      await this.ensureAdminRemains(manager, user, {
        role: next.role ?? user.role,
        status: next.status ?? user.status,
      });
      for (const key of ['email', 'name', 'role', 'status'] as const) {
        const value = next[key];
        if (value !== undefined && value !== user[key]) {
          changes[key] = { before: user[key], after: value };
          Object.assign(user, { [key]: value });
        }
      }
      if (changes.role || (changes.status && user.status !== 'active')) {
        await this.sessions.revokeAllOf(user.id, manager);
      }
      return { type: 'user.updated', details: { changes }, changed: Object.keys(changes).length > 0 };
    });
  }

  /** An admin sets a new password: the wait after failed sign-ins is lifted and every session of the user ends. */
  async resetPassword(id: string, input: ResetPasswordDto, context: ChangeContext): Promise<UserRecord> {
    const passwordHash = await argon2.hash(input.password, ARGON2_OPTIONS);
    return this.change(id, input.version, context, async (manager, user) => {
      const problem = passwordProblem(input.password, user.email);
      if (problem) throw fieldError('password', problem);
      user.passwordHash = passwordHash;
      await this.sessions.revokeAllOf(user.id, manager);
      await this.signInFailures.forget(user.email, manager);
      return { type: 'user.password_reset', details: {}, changed: true };
    });
  }

  /** Lifts the wait after failed sign-ins: the user's next attempt is checked at once. */
  async unlock(id: string, version: number, context: ChangeContext): Promise<UserRecord> {
    return this.change(id, version, context, async (manager, user) => {
      await this.signInFailures.forget(user.email, manager);
      return { type: 'user.unlocked', details: {}, changed: true };
    });
  }

  /** For a user who lost their authenticator: the next sign-in needs only the password. */
  async resetTwoFactor(id: string, version: number, context: ChangeContext): Promise<UserRecord> {
    return this.change(id, version, context, async (manager, user) => {
      user.totpSecret = null;
      user.totpEnabled = false;
      user.totpLastStep = null;
      await this.sessions.revokeAllOf(user.id, manager);
      return { type: 'user.two_factor_reset', details: {}, changed: true };
    });
  }

  async remove(id: string, version: number, context: ChangeContext): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [USERS_LOCK]);
      const user = await this.require(manager, id, true);
      if (user.version !== version) throw staleVersion(user);
      await this.ensureAdminRemains(manager, user, { role: 'editor', status: 'disabled' });
      await manager.delete(UserEntity, { id: user.id });
      await this.audit.record(
        {
          type: 'user.deleted',
          actor: context.actor,
          ip: context.ip,
          subjectType: 'user',
          subjectId: user.id,
          details: { email: user.email, role: user.role },
        },
        manager,
      );
    });
  }

  /** Your own password: the current one must match; every other session ends, `sessionId` stays. */
  async changeOwnPassword(
    userId: string,
    sessionId: string,
    currentPassword: string,
    newPassword: string,
    ip: string | null,
  ): Promise<UserEntity> {
    const user = await this.require(this.dataSource.manager, userId);
    if (!(await argon2.verify(user.passwordHash, currentPassword))) {
      throw fieldError('currentPassword', 'The current password is not correct');
    }
    const problem = passwordProblem(newPassword, user.email);
    if (problem) throw fieldError('newPassword', problem);
    if (newPassword === currentPassword) {
      throw fieldError('newPassword', 'Choose a password different from the current one');
    }
    user.passwordHash = await argon2.hash(newPassword, ARGON2_OPTIONS);
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
    const user = await this.require(this.dataSource.manager, userId);
    if (user.totpEnabled) {
      throw new ConflictException(
        'Two-factor sign-in is already on; switch it off first to set up a new app',
      );
    }
    user.totpSecret = sealedSecret;
    return this.repository.save(user);
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

  /**
   * The first admin: from ADMIN_EMAIL / ADMIN_PASSWORD, or, on a fresh database without them, a
   * generated password printed once so a newcomer can sign in.
   */
  async ensureFirstAdmin(email: string | null, password: string | null): Promise<void> {
    if ((await this.repository.count()) > 0) return;
    const generated = password === null;
    const adminEmail = (email ?? 'admin@careerscope.local').trim().toLowerCase();
    const adminPassword = password ?? randomBytes(15).toString('base64url');
    const problem = passwordProblem(adminPassword, adminEmail);
    if (problem) {
      this.logger.warn(
        `ADMIN_PASSWORD does not meet the password policy (${problem}); change it after signing in`,
      );
    }
    await this.repository.save(
      this.repository.create({
        email: adminEmail,
        name: 'Administrator',
        role: 'admin' as Role,
        passwordHash: await argon2.hash(adminPassword, ARGON2_OPTIONS),
        status: 'active',
      }),
    );
    if (generated) {
      this.logger.warn(
        `Created the first admin. Sign in at /admin with ${adminEmail} and the password ${adminPassword} ` +
          '(shown only this once; change it after signing in, or set ADMIN_EMAIL and ADMIN_PASSWORD).',
      );
    } else {
      this.logger.log(`Created the first admin ${adminEmail} from ADMIN_EMAIL / ADMIN_PASSWORD`);
    }
  }

  /** Loads, checks the version, applies the change, saves and records it, in one transaction. */
  private change(
    id: string,
    version: number,
    context: ChangeContext,
    apply: (
      manager: EntityManager,
      user: UserEntity,
    ) => Promise<{
      type: 'user.updated' | 'user.password_reset' | 'user.unlocked' | 'user.two_factor_reset';
      details: Record<string, unknown>;
      changed: boolean;
    }>,
  ): Promise<UserRecord> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [USERS_LOCK]);
      const user = await this.require(manager, id, true);
      if (user.version !== version) throw staleVersion(user);
      const outcome = await apply(manager, user);
      if (!outcome.changed) return (await this.toRecords(manager, [user]))[0];
      const saved = await manager.save(user);
      await this.audit.record(
        {
          type: outcome.type,
          actor: context.actor,
          ip: context.ip,
          subjectType: 'user',
          subjectId: user.id,
          details: { email: user.email, ...outcome.details },
        },
        manager,
      );
      return (await this.toRecords(manager, [saved]))[0];
    });
  }

  private async require(manager: EntityManager, id: string, lock = false): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!user) throw new NotFoundException('There is no such user');
    return user;
  }

  private async ensureEmailFree(
    manager: EntityManager,
    email: string,
    exceptId: string | null,
  ): Promise<void> {
    const other = await manager.findOneBy(UserEntity, { email });
    if (other && other.id !== exceptId) {
      throw new ConflictException({
        message: 'Another account already uses this email',
        fields: [{ field: 'email', message: 'Another account already uses this email' }],
        code: 'conflict',
      });
    }
  }

  /** The last active admin cannot be demoted, disabled or deleted: someone must be able to manage users. */
  private async ensureAdminRemains(
    manager: EntityManager,
    user: UserEntity,
    after: { role: Role; status: UserEntity['status'] },
  ): Promise<void> {
    const wasActiveAdmin = user.role === 'admin' && user.status === 'active';
    const staysActiveAdmin = after.role === 'admin' && after.status === 'active';
    if (!wasActiveAdmin || staysActiveAdmin) return;
    const others = await manager
      .createQueryBuilder(UserEntity, 'user')
      .where("user.role = 'admin' AND user.status = 'active' AND user.id <> :id", { id: user.id })
      .getCount();
    if (others === 0) {
      throw new ConflictException({
        message: 'This is the last active admin: make another user an admin first',
        code: AUTH_ERROR_CODES.lastAdmin,
      });
    }
  }
}

function staleVersion(user: UserEntity): ConflictException {
  return new ConflictException({
    message: `Someone else changed this user (now version ${user.version}); review their change and try again`,
    current: toUserRecord(user),
  });
}

function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ message, fields: [{ field, message }] });
}
