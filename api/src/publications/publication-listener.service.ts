import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CurrentPublicationService } from './current-publication.service';
import { PUBLICATION_CHANNEL } from './publications.service';

const RECONNECT_MS = 1000;

/**
 * With several API processes on one database, each keeps a dedicated connection LISTENing for
 * publishes made by the others, and drops its cached publication when one arrives. After a lost
 * connection it reconnects and drops the cache anyway, in case a notification was missed.
 */
@Injectable()
export class PublicationListenerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PublicationListener');
  private client: Client | null = null;
  private stopping = false;
  private retry: NodeJS.Timeout | null = null;
  private connected: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: CurrentPublicationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  /** Resolves once the LISTEN is in place (for tests and start-up ordering). */
  ready(): Promise<void> {
    return this.connected ?? Promise.resolve();
  }

  private connect(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new Client({ connectionString: options.url, application_name: 'careerscope-listener' });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel !== PUBLICATION_CHANNEL) return;
      const number = Number(message.payload);
      this.publications.invalidate(Number.isInteger(number) ? number : undefined);
    });
    const lost = (error?: Error) => {
      if (this.stopping || this.client !== client) return;
      this.logger.warn(`Lost the notification connection${error ? ` (${error.message})` : ''}; reconnecting`);
      this.client = null;
      client.removeAllListeners('end');
      void client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    this.connected = client
      .connect()
      .then(() => client.query(`LISTEN ${PUBLICATION_CHANNEL}`))
      .then(() => {
        // Anything published while we were not listening is picked up on the next read.
        this.publications.invalidate();
      })
      .catch((error: Error) => lost(error));
    return this.connected;
  }

  private scheduleReconnect(): void {
    if (this.stopping || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, RECONNECT_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }
}
