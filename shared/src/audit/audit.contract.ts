import type { ListQuery } from '../common/page.contract.js';

/** What the audit log records. */
export const AUDIT_EVENT_TYPES = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.locked',
  'auth.password_changed',
  'auth.two_factor_enabled',
  'auth.two_factor_disabled',
  'user.created',
  'user.updated',
  'user.deleted',
  'user.password_reset',
  'user.unlocked',
  'user.two_factor_reset',
  'publication.published',
  'publication.restored',
  'content.imported',
  'import.uploaded',
  'import.applied',
  'import.discarded',
  'catalogue.scope_changed',
  'webhook.endpoint_created',
  'webhook.endpoint_deleted',
  'webhook.delivery_replayed',
  'review.submitted',
  'review.commented',
  'review.approved',
  'review.changes_requested',
  'review.resubmitted',
  'review.withdrawn',
  'review.voided',
  'schedule.created',
  'schedule.moved',
  'schedule.cancelled',
  'schedule.published',
  'schedule.failed',
  'ipeds.directory_loaded',
  'record.created',
  'record.updated',
  'record.deleted',
  'record.restored',
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

/** One entry of `GET /api/audit-events` (admins only), newest first. */
export interface AuditEventView {
  id: string;
  type: AuditEventType;
  at: string;
  /**
   * Who did it; null for anonymous attempts and for system actions (seed, CLI). `name` is the
   * user's name now, or null once the account is deleted (the email is kept from the time).
   */
  actor: { id: string | null; email: string; name: string | null } | null;
  /** What it concerned: `user` + id, `publication` + number, `import` + id … */
  subjectType: string | null;
  subjectId: string | null;
  /** Client address as the app saw it (behind a proxy: with TRUST_PROXY=true). */
  ip: string | null;
  /** Event-specific details, e.g. `{ email }` of a failed sign-in, `{ changes }` of a user update. */
  details: Record<string, unknown>;
  /** The event as one sentence for people ("Ana Lopez saved Registered Nurses: median wage, annual"). */
  sentence: string;
}

/** `GET /api/audit-events` filters; `from`/`to` are ISO timestamps or dates (inclusive from, exclusive to). */
export interface AuditEventQuery extends Omit<ListQuery, 'sort' | 'q'> {
  type?: AuditEventType;
  /** A group of event types: `AUDIT_CATEGORIES` ("content" = every record save). */
  category?: AuditCategory;
  /** Events done by, or concerning, this user. */
  userId?: string;
  /** Events done by this user. */
  actorId?: string;
  /** What the event concerned: a record type (`occupation`, `wageStatistic` …), `user`, `import`, `publication`. */
  subjectType?: string;
  from?: string;
  to?: string;
}

/** Groups of event types people filter by. */
export const AUDIT_CATEGORIES = [
  'content',
  'imports',
  'publishing',
  'reviews',
  'accounts',
  'sign-in',
] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];
