import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { WebhookDeliveryStatus, WebhookEvent } from '@careerscope/shared';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/**
 * One event to deliver to one endpoint: the queue every instance polls. A due row is claimed with
 * `FOR UPDATE SKIP LOCKED`, so however many instances poll, each attempt is made once.
 */
@Entity('webhook_deliveries')
@Index('IDX_webhook_deliveries_due', ['status', 'nextAttemptAt'])
@Index('IDX_webhook_deliveries_endpoint', ['endpointId', 'createdAt'])
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  endpointId: string;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: WebhookEndpointEntity;

  @Column({ type: 'character varying', length: 64 })
  event: WebhookEvent;

  @Column({ type: 'integer' })
  publicationNumber: number;

  /** The JSON body exactly as it is signed and sent, on every attempt. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'character varying', length: 16, default: 'pending' })
  status: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'integer' })
  maxAttempts: number;

  /** When a pending delivery is due. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** A delivery being sent is held until then; after it (the instance died) it is claimed again. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  replayOfId: string | null;

  @Column({ type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
