import type { RecordType } from '../editorial/editorial.contract.js';

/** Seconds between two heartbeats of an open editor. */
export const PRESENCE_HEARTBEAT_SECONDS = 20;
/** An editor not heard from for this long has left. */
export const PRESENCE_EXPIRY_SECONDS = 60;

/** Someone else who has a record open in the admin's editor. */
export interface PresenceEditor {
  user: { id: string; name: string };
  /** ISO timestamps: when they opened it, and their last heartbeat. */
  since: string;
  lastSeen: string;
}

/**
 * `PUT /api/presence/:recordType/:recordId` (heartbeat: "I have it open"), `DELETE` the same (left),
 * and `GET` the same: the other people who have it open now, earliest first.
 */
export interface RecordPresence {
  recordType: RecordType;
  recordId: string;
  others: PresenceEditor[];
}
