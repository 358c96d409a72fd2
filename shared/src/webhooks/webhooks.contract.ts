import type { ListQuery } from '../common/page.contract.js';
import type { ChangeSummary } from '../changes/changes.contract.js';

/**
 * Every webhook request carries these headers. The signature is HMAC-SHA256, keyed with the
 * endpoint's secret, over `<timestamp>.<raw body>` (the timestamp header's value, a dot, the body
 * bytes as sent), written `sha256=<hex>`. Binding the timestamp lets a receiver refuse an old request
 * replayed by someone who captured it.
 */
export const WEBHOOK_SIGNATURE_HEADER = 'X-Careerscope-Signature';
/** Unix time in seconds when the request was signed. */
export const WEBHOOK_TIMESTAMP_HEADER = 'X-Careerscope-Timestamp';
/** The delivery's id: the same on every retry of one delivery, new for a replay. */
export const WEBHOOK_DELIVERY_HEADER = 'X-Careerscope-Delivery';
export const WEBHOOK_EVENT_HEADER = 'X-Careerscope-Event';

export const WEBHOOK_EVENTS = ['publication.published'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The JSON body of `publication.published`. */
export interface PublicationPublishedPayload {
  event: 'publication.published';
  publication: {
    number: number;
    publishedAt: string;
    note: string;
    /** The earlier publication this one put back (a rollback), else null. */
    restoredFromNumber: number | null;
  };
  summary: ChangeSummary;
  /** The public page that lists what changed. */
  changesUrl: string;
}

/** `POST /api/webhooks/endpoints` (admin). */
export interface CreateWebhookEndpointRequest {
  /** Where to POST: http:// or https://. */
  url: string;
  /** What the endpoint is for ("CDN purge"). */
  description?: string;
}

export interface WebhookEndpointView {
  id: string;
  url: string;
  description: string;
  createdAt: string;
  createdByName: string | null;
  /** The newest delivery to this endpoint, if any. */
  lastDelivery: { status: WebhookDeliveryStatus; at: string } | null;
}

/** The answer to creating an endpoint: the only time its signing secret is shown. */
export interface CreatedWebhookEndpoint extends WebhookEndpointView {
  secret: string;
}

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivering', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** One delivery of one event to one endpoint, with its retries. */
export interface WebhookDeliveryView {
  id: string;
  endpointId: string;
  endpointUrl: string;
  event: WebhookEvent;
  publicationNumber: number;
  status: WebhookDeliveryStatus;
  /** Attempts made so far, and how many are allowed before the delivery fails. */
  attempts: number;
  maxAttempts: number;
  /** When the next attempt is due (pending only). */
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
  /** Set when an admin replayed an earlier delivery. */
  replayOfId: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
}

/** One try at delivering. */
export interface WebhookAttemptView {
  attempt: number;
  at: string;
  /** The receiver's HTTP status; null when no answer arrived. */
  statusCode: number | null;
  /** Why the attempt failed; null when it succeeded. */
  error: string | null;
  durationMs: number;
}

/** `GET /api/webhooks/deliveries/:id`. */
export interface WebhookDeliveryDetail extends WebhookDeliveryView {
  /** The raw JSON body, exactly as signed and sent. */
  body: string;
  attemptLog: WebhookAttemptView[];
}

/** `GET /api/webhooks/deliveries` filters. */
export interface WebhookDeliveryQuery extends Omit<ListQuery, 'sort' | 'q'> {
  endpointId?: string;
  status?: WebhookDeliveryStatus;
}
