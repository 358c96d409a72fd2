import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AUTH_ERROR_CODES, Page, Role, UserRecord, UserSortField } from '@careerscope/shared';
import { AuditActor, AuditService } from '../audit/audit.service';
import { containsPattern } from '../common/sql/like-pattern';
import type { CreateUserDto, ResetPasswordDto, UpdateUserDto, UserListQueryDto } from './dto/user.dto';
import { SessionsService } from '../sessions/sessions.service';
import { passwordProblem } from './password-policy';
import { SignInFailuresService } from './sign-in-failures.service';
import { hashPassword } from './passwords';
import { UserEntity } from './user.entity';
import { fieldError, staleVersion, USERS_LOCK } from './user.errors';
import { toUserRecord } from './user.views';

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

/** Admins manage accounts: list, create, change, reset, unlock, delete. */
@Injectable()
export class UsersService {
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
        q: containsPattern(query.q),
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
    const passwordHash = await hashPassword(input.password);
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
    const passwordHash = await hashPassword(input.password);
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
      if (user.version !== version) throw staleVersion(user, version);
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
      if (user.version !== version) throw staleVersion(user, version);
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
