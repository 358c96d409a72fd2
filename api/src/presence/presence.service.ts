import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PRESENCE_EXPIRY_SECONDS, type RecordPresence, type RecordType } from '@careerscope/shared';

interface PresenceRow {
  user_id: string;
  name: string;
  since: Date;
  last_seen: Date;
}

/**
 * Who has which record open in the admin's editor, kept in PostgreSQL so every instance behind a
 * load balancer sees the same. Time is the database's clock, so instances need not agree on theirs.
 */
@Injectable()
export class PresenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** "I still have it open": starts a new stretch when the last heartbeat has expired. */
  async heartbeat(userId: string, recordType: RecordType, recordId: string): Promise<RecordPresence> {
    await this.dataSource.query(
      `INSERT INTO editor_presence (user_id, record_type, record_id, since, last_seen)
       VALUES ($1, $2, $3, now(), now())
       ON CONFLICT (user_id, record_type, record_id) DO UPDATE SET
         since = CASE WHEN editor_presence.last_seen < now() - make_interval(secs => $4)
                      THEN now() ELSE editor_presence.since END,
         last_seen = now()`,
      [userId, recordType, recordId, PRESENCE_EXPIRY_SECONDS],
    );
    // Sweeps what nobody released (a closed laptop); the index on last_seen keeps this cheap.
    await this.dataSource.query(
      `DELETE FROM editor_presence WHERE last_seen < now() - make_interval(secs => $1)`,
      [PRESENCE_EXPIRY_SECONDS * 10],
    );
    return this.others(userId, recordType, recordId);
  }

  async release(userId: string, recordType: RecordType, recordId: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM editor_presence WHERE user_id = $1 AND record_type = $2 AND record_id = $3`,
      [userId, recordType, recordId],
    );
  }

  /** The other people with this record open now, earliest first. */
  async others(userId: string, recordType: RecordType, recordId: string): Promise<RecordPresence> {
    const rows: PresenceRow[] = await this.dataSource.query(
      `SELECT presence.user_id, users.name, presence.since, presence.last_seen
       FROM editor_presence presence JOIN users ON users.id = presence.user_id
       WHERE presence.record_type = $1 AND presence.record_id = $2 AND presence.user_id <> $3
         AND presence.last_seen >= now() - make_interval(secs => $4)
       ORDER BY presence.since, users.name`,
      [recordType, recordId, userId, PRESENCE_EXPIRY_SECONDS],
    );
    return {
      recordType,
      recordId,
      others: rows.map((row) => ({
        user: { id: row.user_id, name: row.name },
        since: new Date(row.since).toISOString(),
        lastSeen: new Date(row.last_seen).toISOString(),
      })),
    };
  }
}
