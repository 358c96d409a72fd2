import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How often finished counters are deleted. */
const SWEEP_INTERVAL_MS = 5 * 60 * 1000;

/**
 * @nestjs/throttler's counters in PostgreSQL instead of each process's memory, so that every instance
 * behind a load balancer counts against the same limit. One statement per hit: an upsert that starts a
 * new window when the last one has ended, counts the hit, and blocks the key once it passes the limit.
 */
@Injectable()
export class PostgresThrottlerStorage
  implements ThrottlerStorage, OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger('Throttler');
  private sweep?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `ttl` and `blockDuration` in milliseconds; the answer's times in seconds, as the guard expects. */
  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<ThrottlerStorageRecord> {
    // In ON CONFLICT … DO UPDATE, `c` is the row as it was: every CASE sees the same old values.
    const blocked = 'c.blocked_until > now()';
    const fresh = 'c.expires_at <= now()';
    const hits = `CASE WHEN ${blocked} THEN c.hits WHEN ${fresh} THEN 1 ELSE c.hits + 1 END`;
    const [row] = (await this.dataSource.query(
      `INSERT INTO throttler_counters AS c (key, hits, expires_at, blocked_until)
       VALUES ($1, 1, now() + make_interval(secs => $2 / 1000.0),
               CASE WHEN 1 > $3 THEN now() + make_interval(secs => $4 / 1000.0) END)
       ON CONFLICT (key) DO UPDATE SET
         hits = ${hits},
         expires_at = CASE WHEN NOT ${blocked} AND ${fresh}
           THEN now() + make_interval(secs => $2 / 1000.0) ELSE c.expires_at END,
         blocked_until = CASE WHEN ${blocked} THEN c.blocked_until
           WHEN ${hits} > $3 THEN now() + make_interval(secs => $4 / 1000.0) END
       RETURNING hits,
         GREATEST(0, CEIL(EXTRACT(EPOCH FROM (expires_at - now()))))::integer AS time_to_expire,
         COALESCE(blocked_until > now(), false) AS is_blocked,
         GREATEST(0, CEIL(EXTRACT(EPOCH FROM (blocked_until - now()))))::integer AS time_to_block_expire`,
      [key, ttl, limit, blockDuration],
    )) as Array<{
      hits: number;
      time_to_expire: number;
      is_blocked: boolean;
      time_to_block_expire: number | null;
    }>;
    return {
      totalHits: row.hits,
      timeToExpire: row.time_to_expire,
      isBlocked: row.is_blocked,
      timeToBlockExpire: row.time_to_block_expire ?? 0,
    };
  }

  onApplicationBootstrap(): void {
    this.sweep = setInterval(() => void this.deleteFinished(), SWEEP_INTERVAL_MS);
    this.sweep.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
  }

  /** Counters whose window and block have both ended count nothing any more. */
  async deleteFinished(): Promise<void> {
    try {
      await this.dataSource.query(
        `DELETE FROM throttler_counters
         WHERE expires_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
      );
    } catch (error) {
      this.logger.warn(`Could not delete finished rate-limit counters: ${String(error)}`);
    }
  }
}
