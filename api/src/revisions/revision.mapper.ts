import type { RecordType, RevisionRecord } from '@careerscope/shared';
import { RevisionEntity } from './revision.entity';

/** Fields that change on every save and say nothing about what the editor changed. */
const BOOKKEEPING = new Set(['id', 'version', 'updatedAt', 'createdAt']);

/** Top-level fields whose values differ between two snapshots of a record. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((key) => !BOOKKEEPING.has(key))
    .filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null))
    .sort();
}

export function toRevisionRecord(revision: RevisionEntity): RevisionRecord {
  return {
    id: String(revision.id),
    recordType: revision.entityType as RecordType,
    recordId: revision.entityId,
    version: revision.version,
    action: revision.action,
    user: revision.user ? { id: revision.user.id, name: revision.user.name } : null,
    at: revision.at.toISOString(),
    before: revision.before,
    after: revision.after,
    changedFields: changedFields(revision.before, revision.after),
  };
}
