import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Request counters of the rate limits, shared by every instance of the app (see PostgresThrottlerStorage). */
@Entity('throttler_counters')
export class ThrottlerCounterEntity {
  /** The throttler's key: a hash of the route, the limit's name and the client address. */
  @PrimaryColumn({ type: 'varchar', length: 128 })
  key: string;

  @Column({ type: 'integer' })
  hits: number;

  /** End of the current window; the next hit after it starts a new count. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;
}
