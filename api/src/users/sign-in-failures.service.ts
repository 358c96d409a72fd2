import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SignInFailureEntity } from './sign-in-failure.entity';

/** A failure this long after the previous one starts the count again. */
const FORGET_AFTER = `interval '1 day'`;
/** How often counts that no longer matter are deleted (addresses tried once by a stranger pile up). */
const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** Caps the doubling so the arithmetic stays small; the longest wait caps it long before. */
const MAX_DOUBLINGS = 30;

export type SignInAdmission =
  { admitted: true; failures: number; retryAt: Date | null } | { admitted: false; retryAfterSeconds: number };

/**
 * Slows down guessing: after SIGN_IN_FREE_FAILURES failed sign-ins for an email address, each further
 * attempt must wait SIGN_IN_DELAY_SECONDS, doubling with every failure up to SIGN_IN_MAX_DELAY_MINUTES.
 * Keyed by the address typed, whether or not an account has it, so the answers say nothing about which
 * accounts exist; and no address is ever locked, so nobody can keep its owner out for good.
 */
@Injectable()
export class SignInFailuresService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SignIn');
  private sweep?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Admits an attempt, or says how long to wait. `counter` is the email address, or the address and a
   * browser that signed in with it before (`email#device`), whose failures are counted apart. An
   * admitted attempt is counted as a failure at once, in one statement, so parallel attempts cannot all
   * slip through one open slot; `succeeded` clears it.
   */
  async admit(counter: string): Promise<SignInAdmission> {
    const failures = `CASE WHEN f.last_failed_at < now() - ${FORGET_AFTER} THEN 1 ELSE f.failures + 1 END`;
    const rows = (await this.dataSource.query(
      `INSERT INTO sign_in_failures AS f (key, failures, last_failed_at, retry_at)
       VALUES ($1, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $3) END)
       ON CONFLICT (key) DO UPDATE SET
         failures = ${failures},
         last_failed_at = now(),
         retry_at = CASE WHEN ${failures} >= $2
           THEN now() + make_interval(secs => LEAST($4, $3 * power(2, LEAST(${failures} - $2, ${MAX_DOUBLINGS}))))
           END
       WHERE f.retry_at IS NULL OR f.retry_at <= now()
       RETURNING failures, retry_at`,
      [
        counter,
        this.config.signInFreeFailures,
        this.config.signInDelaySeconds,
        this.config.signInMaxDelayMinutes * 60,
      ],
    )) as Array<{ failures: number; retry_at: Date | null }>;
    if (rows.length > 0) return { admitted: true, failures: rows[0].failures, retryAt: rows[0].retry_at };
    const [waiting] = (await this.dataSource.query(
      `SELECT GREATEST(1, CEIL(EXTRACT(EPOCH FROM (retry_at - now()))))::integer AS seconds
       FROM sign_in_failures WHERE key = $1`,
      [counter],
    )) as Array<{ seconds: number | null }>;
    return { admitted: false, retryAfterSeconds: waiting?.seconds ?? 1 };
  }

  onApplicationBootstrap(): void {
    this.sweep = setInterval(() => void this.deleteForgotten(), SWEEP_INTERVAL_MS);
    this.sweep.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
  }

  /** Counts whose last failure is forgotten and whose wait is over. */
  async deleteForgotten(): Promise<void> {
    try {
      await this.dataSource.query(
        `DELETE FROM sign_in_failures
         WHERE last_failed_at < now() - ${FORGET_AFTER} AND (retry_at IS NULL OR retry_at < now())`,
      );
    } catch (error) {
      this.logger.warn(`Could not delete old failed sign-in counts: ${String(error)}`);
    }
  }

  /** A successful sign-in starts its count again. */
  async succeeded(counter: string): Promise<void> {
    await this.dataSource.manager.delete(SignInFailureEntity, { key: counter });
  }

  /** An admin lifts the wait (unlock, password reset), for the address and each of its known browsers. */
  async forget(email: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      "DELETE FROM sign_in_failures WHERE key = $1 OR left(key, length($1) + 1) = $1 || '#'",
      [email],
    );
  }

  /** The failures and current wait of these addresses, for the user list. */
  async stateOf(
    emails: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, SignInFailureEntity>> {
    if (emails.length === 0) return new Map();
    const rows = await manager.findBy(SignInFailureEntity, { key: In(emails) });
    return new Map(rows.map((row) => [row.key, row]));
  }
}
