import { RECORD_TYPE_LABELS, isRecordType } from '../editorial/editorial.contract.js';
import { IMPORT_KIND_LABELS, IMPORT_KINDS, type ImportKind } from '../imports/imports.contract.js';
import type { AuditCategory, AuditEventType } from './audit.contract.js';

/** What a sentence is made of: the stored event, with the people it names resolved to names. */
export interface AuditSentenceInput {
  type: AuditEventType;
  /** The actor's name, else the email kept from the time; null for anonymous or system events. */
  actor: string | null;
  subjectType: string | null;
  subjectId: string | null;
  /** The subject's name when it is a user who still exists. */
  subjectName?: string | null;
  details: Record<string, unknown>;
}

/** What each event type is called in a filter ("Saved a record"). */
export const AUDIT_EVENT_LABELS: Record<AuditEventType, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Failed sign-in',
  'auth.sign_out': 'Signed out',
  'auth.locked': 'Sign-ins slowed down',
  'auth.password_changed': 'Changed own password',
  'auth.two_factor_enabled': 'Turned on two-step sign-in',
  'auth.two_factor_disabled': 'Turned off two-step sign-in',
  'user.created': 'Added a user',
  'user.updated': 'Changed a user',
  'user.deleted': 'Deleted a user',
  'user.password_reset': "Reset a user's password",
  'user.unlocked': 'Unlocked a user',
  'user.two_factor_reset': "Reset a user's two-step sign-in",
  'publication.published': 'Published',
  'publication.restored': 'Rolled back the public site',
  'content.imported': 'Imported a content file',
  'import.uploaded': 'Uploaded a file',
  'import.applied': 'Applied an import',
  'import.discarded': 'Discarded an import',
  'catalogue.scope_changed': "Changed the catalogue's scope",
  'ipeds.directory_loaded': 'Loaded the IPEDS directory',
  'record.created': 'Created a record',
  'record.updated': 'Saved a record',
  'record.deleted': 'Deleted a record',
  'record.restored': 'Restored a record',
  'review.submitted': 'Submitted changes for review',
  'review.commented': 'Commented on a review',
  'review.approved': 'Approved a review',
  'review.changes_requested': 'Asked for changes',
  'review.resubmitted': 'Handed a review back',
  'review.withdrawn': 'Withdrew a review',
  'review.voided': 'Approval voided by a later save',
  'schedule.created': 'Scheduled a publish',
  'schedule.moved': 'Moved a scheduled publish',
  'schedule.cancelled': 'Cancelled a scheduled publish',
  'schedule.published': 'Scheduled publish went live',
  'schedule.failed': 'Scheduled publish failed',
  'webhook.endpoint_created': 'Added a webhook',
  'webhook.endpoint_deleted': 'Removed a webhook',
  'webhook.delivery_replayed': 'Replayed a webhook delivery',
};

export const AUDIT_CATEGORY_LABELS: Record<AuditCategory, string> = {
  content: 'Content saves',
  imports: 'Imports',
  publishing: 'Publishing',
  reviews: 'Reviews and schedules',
  accounts: 'Accounts',
  'sign-in': 'Sign-in',
};

/** The event types of each category. */
export function auditCategoryTypes(category: AuditCategory): AuditEventType[] {
  const prefixes: Record<AuditCategory, string[]> = {
    content: ['record.', 'content.'],
    imports: ['import.', 'ipeds.', 'catalogue.'],
    publishing: ['publication.', 'webhook.'],
    reviews: ['review.', 'schedule.'],
    accounts: ['user.', 'auth.password_changed', 'auth.two_factor_'],
    'sign-in': ['auth.sign_in', 'auth.sign_out', 'auth.locked'],
  };
  return (Object.keys(AUDIT_EVENT_LABELS) as AuditEventType[]).filter((type) =>
    prefixes[category].some((prefix) => type.startsWith(prefix)),
  );
}

const SIGN_IN_FAILURES: Record<string, string> = {
  unknown_email: 'no account has this email',
  wrong_password: 'wrong password',
  disabled: 'the account is disabled',
  wrong_totp: 'wrong code from the authenticator app',
};

const PERCENTILE = /^p(\d\d)(Annual|Hourly)$/;

/** A field name as people read it: `medianAnnual` → "median wage, annual", `p25Hourly` → "25th percentile, hourly". */
export function fieldLabel(field: string): string {
  const percentile = PERCENTILE.exec(field);
  if (percentile) return `${percentile[1]}th percentile, ${percentile[2].toLowerCase()}`;
  const wage = /^(mean|median)(Annual|Hourly)$/.exec(field);
  if (wage) return `${wage[1]} wage, ${wage[2].toLowerCase()}`;
  const words = field
    .replace(/Id$/, '')
    .replace(/Ids$/, 's')
    .replace(/Markdown$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.replace(/\bsoc\b/g, 'SOC').replace(/\burl\b/g, 'URL');
}

/** "a, b and c"; more than `max` items end with "and N more". */
export function listOf(items: readonly string[], max = 4): string {
  if (items.length === 0) return '';
  const shown = items.length > max ? [...items.slice(0, max - 1), `${items.length - max + 1} more`] : items;
  if (shown.length === 1) return shown[0];
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

function kindOf(details: Record<string, unknown>): string | null {
  const kind = details['kind'];
  return typeof kind === 'string' && (IMPORT_KINDS as readonly string[]).includes(kind)
    ? IMPORT_KIND_LABELS[kind as ImportKind]
    : null;
}

/** "national_M2025_dl.xlsx (OEWS wages)". */
function fileOf(details: Record<string, unknown>): string {
  const name = text(details['fileName']) ?? 'a file';
  const kind = kindOf(details);
  return kind ? `${name} (${kind})` : name;
}

function recordOf(event: AuditSentenceInput, withType: boolean): string {
  const title = text(event.details['title']);
  const type =
    event.subjectType && isRecordType(event.subjectType)
      ? RECORD_TYPE_LABELS[event.subjectType].one
      : 'record';
  if (!title) return `a ${type}`;
  return withType ? `${type} ${title}` : title;
}

/** "December 3, 2026, 10:00 AM Eastern" from an ISO time in the details, else null. */
function whenOf(value: unknown): string | null {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return null;
  return `${new Date(value).toLocaleString('en-US', {
    timeZone: 'America/New_York',
    dateStyle: 'long',
    timeStyle: 'short',
  })} Eastern`;
}

/**
 * One audit event as a sentence: "Ana Lopez saved Registered Nurses: median wage, annual",
 * "Ben uploaded national_M2025_dl.xlsx (OEWS wages)". Names people, never ids or hashes; the
 * details stay available beside it.
 */
export function auditSentence(event: AuditSentenceInput): string {
  const who = event.actor ?? 'The system';
  const details = event.details;
  const subject = event.subjectName ?? text(details['email']) ?? 'a user';
  switch (event.type) {
    case 'auth.sign_in':
      return `${who} signed in`;
    case 'auth.sign_out':
      return `${who} signed out`;
    case 'auth.sign_in_failed': {
      const reason = SIGN_IN_FAILURES[String(details['reason'])];
      return `A sign-in as ${text(details['email']) ?? 'an unknown account'} failed${reason ? `: ${reason}` : ''}`;
    }
    case 'auth.locked':
      return `Sign-ins as ${text(details['email']) ?? 'an account'} were slowed down after repeated failures`;
    case 'auth.password_changed':
      return `${who} changed their password`;
    case 'auth.two_factor_enabled':
      return `${who} turned on two-step sign-in`;
    case 'auth.two_factor_disabled':
      return `${who} turned off two-step sign-in`;
    case 'user.created':
      return `${who} added ${subject}${text(details['role']) ? ` as ${String(details['role'])}` : ''}`;
    case 'user.updated': {
      const changes = details['changes'];
      const fields =
        changes && typeof changes === 'object' ? Object.keys(changes).map((field) => fieldLabel(field)) : [];
      return `${who} changed ${subject}${fields.length > 0 ? `: ${listOf(fields)}` : ''}`;
    }
    case 'user.deleted':
      return `${who} deleted the account of ${subject}`;
    case 'user.password_reset':
      return `${who} set a new password for ${subject}`;
    case 'user.unlocked':
      return `${who} unlocked ${subject}`;
    case 'user.two_factor_reset':
      return `${who} reset two-step sign-in for ${subject}`;
    case 'publication.published': {
      const note = text(details['note']);
      return `${who} published publication ${event.subjectId ?? ''}${note ? `: “${note}”` : ''}`;
    }
    case 'publication.restored':
      return `${who} put publication ${String(details['restoredFromNumber'] ?? '?')} back on the public site (as publication ${event.subjectId ?? '?'})`;
    case 'content.imported': {
      const records = typeof details['records'] === 'number' ? ` (${details['records']} records)` : '';
      return `${who} imported the content file ${text(details['fileName']) ?? 'a content file'}${records}`;
    }
    case 'import.uploaded':
      return `${who} uploaded ${fileOf(details)}`;
    case 'import.applied': {
      const written = typeof details['written'] === 'number' ? (details['written'] as number) : null;
      const figures = written === null ? '' : `: ${written} ${written === 1 ? 'row' : 'rows'} written`;
      return `${who} applied ${fileOf(details)}${figures}`;
    }
    case 'import.discarded':
      return `${who} discarded ${fileOf(details)}`;
    case 'catalogue.scope_changed':
      return `${who} changed which occupations the catalogue covers`;
    case 'ipeds.directory_loaded':
      return `${who} loaded the IPEDS directory ${text(details['fileName']) ?? ''}`.trimEnd();
    case 'record.created':
      return `${who} created ${recordOf(event, true)}`;
    case 'record.updated': {
      const fields = Array.isArray(details['fields'])
        ? (details['fields'] as unknown[]).map((field) => fieldLabel(String(field)))
        : [];
      return `${who} saved ${recordOf(event, false)}${fields.length > 0 ? `: ${listOf(fields)}` : ''}`;
    }
    case 'record.deleted':
      return `${who} deleted ${recordOf(event, true)}`;
    case 'record.restored': {
      const version = details['restoredVersion'];
      return `${who} restored ${recordOf(event, false)}${typeof version === 'number' ? ` to version ${version}` : ''}`;
    }
    case 'review.submitted': {
      const note = text(details['note']);
      return `${who} submitted the pending changes for review${note ? `: “${note}”` : ''}`;
    }
    case 'review.commented': {
      const field = text(details['field']);
      return `${who} commented on a review${field ? ` (${field})` : ''}`;
    }
    case 'review.approved':
      return `${who} approved the pending changes`;
    case 'review.changes_requested': {
      const note = text(details['note']);
      return `${who} asked for changes${note ? `: “${note}”` : ''}`;
    }
    case 'review.resubmitted':
      return `${who} handed the changes back for review`;
    case 'review.withdrawn':
      return `${who} withdrew a review`;
    case 'review.voided':
      return `An approval was voided because ${event.actor ?? 'someone'} saved changes after it`;
    case 'schedule.created': {
      const when = whenOf(details['dueAt']);
      return `${who} scheduled a publish${when ? ` for ${when}` : ''}`;
    }
    case 'schedule.moved': {
      const when = whenOf(details['to']);
      return `${who} moved a scheduled publish${when ? ` to ${when}` : ''}`;
    }
    case 'schedule.cancelled':
      return `${who} cancelled a scheduled publish`;
    case 'schedule.published': {
      const number = details['publicationNumber'];
      return `A scheduled publish went live${typeof number === 'number' ? ` as publication ${number}` : ''}`;
    }
    case 'schedule.failed': {
      const reason = text(details['reason']);
      return `A scheduled publish failed and published nothing${reason ? `: ${reason}` : ''}`;
    }
    case 'webhook.endpoint_created':
      return `${who} added the webhook ${text(details['url']) ?? ''}`.trimEnd();
    case 'webhook.endpoint_deleted':
      return `${who} removed the webhook ${text(details['url']) ?? ''}`.trimEnd();
    case 'webhook.delivery_replayed':
      return `${who} replayed a webhook delivery`;
  }
}
