import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';

/** How stale `last_seen_at` may get before a request refreshes it: one write a minute, not one per request. */
const LAST_SEEN_RESOLUTION_SECONDS = 60;

/**
 * Sessions on the server. The token in the cookie only names a session; whether it is still open is
 * decided here on every request, with one primary-key lookup (joined to its user).
 */
@Injectable()
export class SessionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Opens a session for a user who just signed in; their expired and ended sessions are cleared. */
  async open(userId: string, expiresAt: Date): Promise<SessionEntity> {
    const repository = this.dataSource.getRepository(SessionEntity);
    await repository
      .createQueryBuilder()
      .delete()
      .where('user_id = :userId AND (expires_at < now() OR revoked_at IS NOT NULL)', { userId })
      .execute();
    return repository.save(repository.create({ userId, expiresAt, revokedAt: null }));
  }

  /** The user of an open session, or null when the session has ended, expired or never existed. */
  async activeUser(sessionId: string): Promise<UserEntity | null> {
    const row = await this.dataSource
      .createQueryBuilder(SessionEntity, 'session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.id = :sessionId', { sessionId })
      .andWhere('session.revoked_at IS NULL')
      .andWhere('session.expires_at > now()')
      .getOne();
    if (!row?.user) return null;
    if (Date.now() - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_SECONDS * 1000) {
      await this.dataSource.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [sessionId]);
    }
    return row.user;
  }

  /** Ends one session (sign-out); answers its user's id, or null when it was not open. */
  async revoke(sessionId: string): Promise<string | null> {
    const [rows] = (await this.dataSource.query(
      'UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING user_id',
      [sessionId],
    )) as [Array<{ user_id: string }>, number];
    return rows[0]?.user_id ?? null;
  }

  /**
   * Ends every session of a user, or all but `exceptSessionId` (a password change keeps the session it
   * was made in). Pass the transaction's manager so the sessions end together with the change.
   */
  async revokeAllOf(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
    exceptSessionId: string | null = null,
  ): Promise<void> {
    await manager.query(
      `UPDATE sessions SET revoked_at = now()
       WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [userId, exceptSessionId],
    );
  }
}
