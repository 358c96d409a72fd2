import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  ChangeSummary,
  CreatedWebhookEndpoint,
  Page,
  PublicationPublishedPayload,
  WebhookAttemptView,
  WebhookDeliveryDetail,
  WebhookDeliveryStatus,
  WebhookDeliveryView,
  WebhookEndpointView,
} from '@careerscope/shared';
import { AuditService } from '../audit/audit.service';
import { sealTotpSecret } from '../auth/totp-secret-cipher';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { PublicationEntity } from '../publications/publication.entity';
import type { ChangeContext } from '../users/users.service';
import type { CreateWebhookEndpointDto, WebhookDeliveryQueryDto } from './dto/webhook.dto';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { generateWebhookSecret } from './webhook-signature';

interface EndpointRow {
  id: string;
  url: string;
  description: string;
  created_at: Date;
  created_by_name: string | null;
  last_status: WebhookDeliveryStatus | null;
  last_at: Date | null;
}

/** Endpoints admins register, the deliveries each publication queues for them, and their log. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async listEndpoints(): Promise<WebhookEndpointView[]> {
    const rows = (await this.dataSource.query(
      `SELECT endpoint.id, endpoint.url, endpoint.description, endpoint.created_at,
              creator.name AS created_by_name, last.status AS last_status, last.created_at AS last_at
       FROM webhook_endpoints endpoint
       LEFT JOIN users creator ON creator.id = endpoint.created_by_id
       LEFT JOIN LATERAL (
         SELECT status, created_at FROM webhook_deliveries
         WHERE endpoint_id = endpoint.id ORDER BY created_at DESC LIMIT 1
       ) last ON TRUE
       ORDER BY endpoint.created_at, endpoint.id`,
    )) as EndpointRow[];
    return rows.map(toEndpointView);
  }

  /** Registers an endpoint with a new signing secret, which this answer shows once. */
  async createEndpoint(
    body: CreateWebhookEndpointDto,
    context: ChangeContext,
  ): Promise<CreatedWebhookEndpoint> {
    const id = randomUUID();
    const secret = generateWebhookSecret();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(WebhookEndpointEntity, {
        id,
        url: body.url,
        description: body.description ?? '',
        sealedSecret: sealTotpSecret(this.config.totpEncryptionKey, id, secret),
        createdById: context.actor?.id ?? null,
      });
      await this.audit.record(
        {
          type: 'webhook.endpoint_created',
          actor: context.actor,
          ip: context.ip ?? null,
          subjectType: 'webhook_endpoint',
          subjectId: id,
          details: { url: body.url },
        },
        manager,
      );
    });
    const created = (await this.listEndpoints()).find((endpoint) => endpoint.id === id);
    if (!created) throw new NotFoundException('The endpoint was deleted while it was being created');
    return { ...created, secret };
  }

  /** Removes an endpoint with its delivery log; nothing more is sent to it. */
  async deleteEndpoint(id: string, context: ChangeContext): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const endpoint = await manager.findOneBy(WebhookEndpointEntity, { id });
      if (!endpoint) throw new NotFoundException('There is no such webhook endpoint');
      await manager.delete(WebhookEndpointEntity, { id });
      await this.audit.record(
        {
          type: 'webhook.endpoint_deleted',
          actor: context.actor,
          ip: context.ip ?? null,
          subjectType: 'webhook_endpoint',
          subjectId: id,
          details: { url: endpoint.url },
        },
        manager,
      );
    });
  }

  /**
   * Queues `publication.published` for every endpoint, in the publish transaction: a publication that
   * does not commit sends nothing, and one that does is delivered even if this instance stops now.
   */
  async enqueuePublication(
    manager: EntityManager,
    publication: PublicationEntity,
    summary: ChangeSummary,
  ): Promise<void> {
    const endpoints = await manager.find(WebhookEndpointEntity, { select: { id: true } });
    if (endpoints.length === 0) return;
    const payload: PublicationPublishedPayload = {
      event: 'publication.published',
      publication: {
        number: publication.number,
        publishedAt: publication.publishedAt.toISOString(),
        note: publication.note,
        restoredFromNumber: publication.restoredFromNumber,
      },
      summary,
      changesUrl: `${this.config.publicUrl.replace(/\/+$/, '')}/changes`,
    };
    const body = JSON.stringify(payload);
    await manager.insert(
      WebhookDeliveryEntity,
      endpoints.map((endpoint) => ({
        endpointId: endpoint.id,
        event: payload.event,
        publicationNumber: publication.number,
        body,
        status: 'pending' as const,
        maxAttempts: this.config.webhookMaxAttempts,
        nextAttemptAt: () => 'now()',
      })),
    );
  }

  async listDeliveries(query: WebhookDeliveryQueryDto): Promise<Page<WebhookDeliveryView>> {
    const builder = this.deliveryQuery();
    if (query.endpointId)
      builder.andWhere('delivery.endpointId = :endpointId', { endpointId: query.endpointId });
    if (query.status) builder.andWhere('delivery.status = :status', { status: query.status });
    const [rows, total] = await builder
      .orderBy('delivery.createdAt', 'DESC')
      .addOrderBy('delivery.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toDeliveryView), total, page: query.page, pageSize: query.pageSize };
  }

  async getDelivery(id: string): Promise<WebhookDeliveryDetail> {
    const delivery = await this.deliveryQuery().where('delivery.id = :id', { id }).getOne();
    if (!delivery) throw new NotFoundException('There is no such webhook delivery');
    const attempts = await this.dataSource.getRepository(WebhookAttemptEntity).find({
      where: { deliveryId: id },
      order: { attempt: 'ASC', at: 'ASC' },
    });
    return { ...toDeliveryView(delivery), body: delivery.body, attemptLog: attempts.map(toAttemptView) };
  }

  /** Sends a delivery's body again as a new delivery (its own id, attempts and log). */
  async replay(id: string, context: ChangeContext): Promise<WebhookDeliveryDetail> {
    const replayId = await this.dataSource.transaction(async (manager) => {
      const original = await manager.findOneBy(WebhookDeliveryEntity, { id });
      if (!original) throw new NotFoundException('There is no such webhook delivery');
      const newId = randomUUID();
      await manager.insert(WebhookDeliveryEntity, {
        id: newId,
        endpointId: original.endpointId,
        event: original.event,
        publicationNumber: original.publicationNumber,
        body: original.body,
        status: 'pending',
        maxAttempts: this.config.webhookMaxAttempts,
        nextAttemptAt: () => 'now()',
        replayOfId: original.id,
      });
      await this.audit.record(
        {
          type: 'webhook.delivery_replayed',
          actor: context.actor,
          ip: context.ip ?? null,
          subjectType: 'webhook_delivery',
          subjectId: newId,
          details: { replayOf: original.id, publicationNumber: original.publicationNumber },
        },
        manager,
      );
      return newId;
    });
    return this.getDelivery(replayId);
  }

  private deliveryQuery() {
    return this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('delivery')
      .innerJoin('delivery.endpoint', 'endpoint')
      .addSelect(['endpoint.id', 'endpoint.url']);
  }
}

function toEndpointView(row: EndpointRow): WebhookEndpointView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    createdAt: new Date(row.created_at).toISOString(),
    createdByName: row.created_by_name,
    lastDelivery:
      row.last_status && row.last_at
        ? { status: row.last_status, at: new Date(row.last_at).toISOString() }
        : null,
  };
}

function toDeliveryView(delivery: WebhookDeliveryEntity): WebhookDeliveryView {
  return {
    id: delivery.id,
    endpointId: delivery.endpointId,
    endpointUrl: delivery.endpoint?.url ?? '',
    event: delivery.event,
    publicationNumber: delivery.publicationNumber,
    status: delivery.status,
    attempts: delivery.attempts,
    maxAttempts: delivery.maxAttempts,
    nextAttemptAt: delivery.status === 'pending' ? (delivery.nextAttemptAt?.toISOString() ?? null) : null,
    createdAt: delivery.createdAt.toISOString(),
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    replayOfId: delivery.replayOfId,
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
  };
}

function toAttemptView(attempt: WebhookAttemptEntity): WebhookAttemptView {
  return {
    attempt: attempt.attempt,
    at: attempt.at.toISOString(),
    statusCode: attempt.statusCode,
    error: attempt.error,
    durationMs: attempt.durationMs,
  };
}
