import type { FieldError } from '../common/page.contract.js';
import type { DraftDiff, SnapshotCollection } from '../publications/publications.contract.js';

/**
 * A review of the working copy's pending changes. `pending`: waiting for a reviewer;
 * `changes_requested`: back with the submitter; `approved`: may be published as approved;
 * `voided`: content was saved after the approval, so it no longer covers the working copy;
 * `published`: what it approved went live; `withdrawn`: the submitter (or an admin) took it back.
 */
export const REVIEW_STATUSES = [
  'pending',
  'changes_requested',
  'approved',
  'voided',
  'published',
  'withdrawn',
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Statuses of the one review that may be open at a time. */
export const OPEN_REVIEW_STATUSES: readonly ReviewStatus[] = ['pending', 'changes_requested', 'approved'];

export interface ReviewPerson {
  id: string | null;
  name: string;
}

/** A comment on the whole review, on one record of the diff, or on one field of that record. */
export interface ReviewCommentView {
  id: string;
  author: ReviewPerson | null;
  at: string;
  body: string;
  /** The record's collection and key as the diff names them; null for a comment on the whole review. */
  collection: SnapshotCollection | null;
  recordKey: string | null;
  recordLabel: string | null;
  /** The field's path and label in the diff; null for a comment on the whole record. */
  fieldPath: string | null;
  fieldLabel: string | null;
}

/** One review in `GET /api/reviews` (newest first). */
export interface ReviewSummary {
  id: string;
  status: ReviewStatus;
  note: string;
  submittedBy: ReviewPerson | null;
  submittedAt: string;
  /** Who approved or asked for changes last, with their note. */
  decidedBy: ReviewPerson | null;
  decidedAt: string | null;
  decisionNote: string | null;
  /** Why an approval was voided. */
  voidReason: string | null;
  /** The publication that took what it approved live. */
  publicationNumber: number | null;
  commentCount: number;
  /** The signed-in user is the one to act: a reviewer for a pending review, the submitter when changes were asked for. */
  waitsOnMe: boolean;
}

/** `GET /api/reviews/:id`: the review, its comments, and (while it is open) the working copy's diff. */
export interface ReviewDetail extends ReviewSummary {
  comments: ReviewCommentView[];
  /** What publishing the working copy would change now; null once the review is closed. */
  diff: DraftDiff | null;
  /** The signed-in user may approve or ask for changes (a reviewer other than the submitter). */
  canDecide: boolean;
  /** Publishing needs an approved review on this server (`REQUIRE_REVIEW`). */
  reviewRequired: boolean;
}

/** `GET /api/reviews/waiting`: how many reviews wait on the signed-in user (the navigation badge). */
export interface ReviewsWaiting {
  count: number;
  reviewRequired: boolean;
}

/** `POST /api/reviews` and `POST /api/reviews/:id/resubmit`. */
export interface SubmitReviewRequest {
  note: string;
}

/** `POST /api/reviews/:id/comments`. Give `collection` and `recordKey` to comment on a record, plus `fieldPath` for a field. */
export interface ReviewCommentRequest {
  body: string;
  collection?: SnapshotCollection;
  recordKey?: string;
  recordLabel?: string;
  fieldPath?: string;
  fieldLabel?: string;
}

/** `POST /api/reviews/:id/approve` (note optional) and `/request-changes` (note required). */
export interface ReviewDecisionRequest {
  note?: string;
}

/**
 * A publish set for a later time. `scheduled`: waiting; `publishing`: one instance has claimed it;
 * `published`; `failed` (with the reason; nothing was published); `cancelled`.
 */
export const SCHEDULE_STATUSES = ['scheduled', 'publishing', 'published', 'failed', 'cancelled'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

export interface PublicationScheduleView {
  id: string;
  status: ScheduleStatus;
  note: string;
  /** When it goes live (ISO, UTC). */
  dueAt: string;
  createdBy: ReviewPerson | null;
  createdAt: string;
  /** The approved review it publishes, when one was required or open. */
  reviewId: string | null;
  publicationNumber: number | null;
  failureReason: string | null;
  /** The publish checks that failed, as `POST /api/publications` reports them. */
  failureFields: FieldError[];
  finishedAt: string | null;
  version: number;
}

/** `POST /api/publication-schedules`. `dueAt` is an ISO timestamp in the future. */
export interface SchedulePublicationRequest {
  note: string;
  dueAt: string;
}

/** `PATCH /api/publication-schedules/:id` (move) and `POST …/:id/cancel` (dueAt not used). */
export interface MoveScheduleRequest {
  version: number;
  dueAt: string;
}

export interface CancelScheduleRequest {
  version: number;
}

/** The time zone of the agencies' release times (BLS publishes at 10:00 Eastern). */
export const RELEASE_TIME_ZONE = 'America/New_York';
export const DEFAULT_RELEASE_TIME = '10:00';

/** Milliseconds `zone`'s wall clock is ahead of UTC at `instant`. */
function zoneOffsetMs(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock `date` (YYYY-MM-DD) and `time` (HH:MM) in `zone` stand for, e.g. 10:00 in
 * New York on 2026-05-14 → 14:00 UTC (EDT), on 2026-12-14 → 15:00 UTC (EST). Null for a malformed input.
 */
export function zonedTimeToUtc(date: string, time: string, zone: string = RELEASE_TIME_ZONE): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const asUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(asUtc)) return null;
  const first = asUtc - zoneOffsetMs(asUtc, zone);
  // Near a daylight-saving change the offset at the guess may differ from the offset at the answer.
  return new Date(asUtc - zoneOffsetMs(first, zone));
}
