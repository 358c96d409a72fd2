import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  WEBHOOK_DELIVERY_HEADER,
  WEBHOOK_EVENT_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from '@careerscope/shared';
import { openTotpSecret } from '../auth/totp-secret-cipher';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { signWebhook } from './webhook-signature';

/** Deliveries one instance claims per round; a full round is followed by another at once. */
const BATCH = 10;
/** The longest wait between two attempts, however many failed. */
const MAX_RETRY_DELAY_MS = 6 * 60 * 60_000;
/** Errors are kept short in the log. */
const MAX_ERROR_LENGTH = 500;

interface ClaimedDelivery {
  id: string;
  endpoint_id: string;
  event: string;
  body: string;
  attempts: number;
  max_attempts: number;
  url: string;
  sealed_secret: string;
}

interface AttemptResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** The delay before attempt `attempt + 1`: the base, doubled for each attempt already failed. */
export function retryDelayMs(baseMs: number, attempt: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS);
}

/**
 * Sends queued webhook deliveries. Every instance polls the queue table; a round claims due rows with
 * `FOR UPDATE SKIP LOCKED` and marks them as being delivered until the request's time-out has passed,
 * so two instances never send the same attempt, and a delivery whose instance died is taken up again.
 * A failed attempt is retried after a delay that doubles each time, up to the delivery's attempts.
 */
@Injectable()
export class WebhookDispatcherService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.round;
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.round = this.deliverDue()
        .catch((error: Error) => {
          this.logger.error(`Webhook round failed: ${error.message}`);
          return 0;
        })
        .then((claimed) => {
          this.round = null;
          this.schedule(claimed >= BATCH ? 0 : this.config.webhookPollMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** One round: claims the due deliveries and makes one attempt at each. Returns how many it claimed. */
  async deliverDue(): Promise<number> {
    // A delivery whose instance stopped mid-attempt after its last allowed attempt has failed.
    await this.dataSource.query(
      `UPDATE webhook_deliveries
       SET status = 'failed', locked_until = NULL, next_attempt_at = NULL,
           last_error = coalesce(last_error, 'The instance sending it stopped before an answer arrived')
       WHERE status = 'delivering' AND locked_until < now() AND attempts >= max_attempts`,
    );
    const [claimed] = (await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM webhook_deliveries
         WHERE (status = 'pending' AND next_attempt_at <= now())
            OR (status = 'delivering' AND locked_until < now() AND attempts < max_attempts)
         ORDER BY next_attempt_at NULLS FIRST, created_at
         LIMIT $1
         FOR UPDATE SKIP LOCKED
       )
       UPDATE webhook_deliveries delivery
       SET status = 'delivering', attempts = delivery.attempts + 1,
           locked_until = now() + make_interval(secs => $2::double precision / 1000)
       FROM due, webhook_endpoints endpoint
       WHERE delivery.id = due.id AND endpoint.id = delivery.endpoint_id
       RETURNING delivery.id, delivery.endpoint_id, delivery.event, delivery.body, delivery.attempts,
                 delivery.max_attempts, endpoint.url, endpoint.sealed_secret`,
      [BATCH, this.config.webhookTimeoutMs * 2 + 5_000],
    )) as [ClaimedDelivery[], number];
    await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    return claimed.length;
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const result = await this.send(delivery);
    const delivered = result.error === null;
    const failed = !delivered && delivery.attempts >= delivery.max_attempts;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO webhook_attempts (delivery_id, attempt, status_code, error, duration_ms)
         VALUES ($1, $2, $3, $4, $5)`,
        [delivery.id, delivery.attempts, result.statusCode, result.error, result.durationMs],
      );
      await manager.query(
        `UPDATE webhook_deliveries
         SET status = $2::varchar, locked_until = NULL, last_status_code = $3, last_error = $4,
             delivered_at = CASE WHEN $2::varchar = 'delivered' THEN now() ELSE NULL END,
             next_attempt_at = CASE WHEN $2::varchar = 'pending'
               THEN now() + make_interval(secs => $5::double precision / 1000) ELSE NULL END
         WHERE id = $1`,
        [
          delivery.id,
          delivered ? 'delivered' : failed ? 'failed' : 'pending',
          result.statusCode,
          result.error,
          retryDelayMs(this.config.webhookRetryBaseMs, delivery.attempts),
        ],
      );
    });
    if (failed) {
      this.logger.warn(
        `Webhook delivery ${delivery.id} to ${delivery.url} failed after ${delivery.attempts} attempts: ${result.error}`,
      );
    }
  }

  private async send(delivery: ClaimedDelivery): Promise<AttemptResult> {
    const started = performance.now();
    const took = () => Math.round(performance.now() - started);
    let secret: string;
    try {
      secret = openTotpSecret(this.config.totpEncryptionKey, delivery.endpoint_id, delivery.sealed_secret);
    } catch {
      return { statusCode: null, error: 'The signing secret cannot be read with this key', durationMs: 0 };
    }
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.webhookTimeoutMs),
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Careerscope-Webhooks/1',
          [WEBHOOK_EVENT_HEADER]: delivery.event,
          [WEBHOOK_DELIVERY_HEADER]: delivery.id,
          [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
          [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secret, timestamp, delivery.body),
        },
        body: delivery.body,
      });
      // The answer's body is not needed; dropping it frees the connection.
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 300) {
        return { statusCode: response.status, error: null, durationMs: took() };
      }
      const error =
        response.status >= 300 && response.status < 400
          ? `The receiver answered ${response.status} (redirects are not followed)`
          : `The receiver answered ${response.status}`;
      return { statusCode: response.status, error, durationMs: took() };
    } catch (error) {
      return {
        statusCode: null,
        error: describeFailure(error, this.config.webhookTimeoutMs),
        durationMs: took(),
      };
    }
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `No answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error ? (error.cause as { message?: string } | undefined) : undefined;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `The request failed: ${message}`.slice(0, MAX_ERROR_LENGTH);
}
