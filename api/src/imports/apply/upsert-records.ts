import type { EntityManager, EntityTarget } from 'typeorm';
import { naturalKeyOf, type RecordType } from '@careerscope/shared';
import type { EditableEntity } from '../../database/base.entity';
import { bulkInsert } from '../../database/bulk-insert';
import type { RevisionEntry, RevisionsService } from '../../revisions/revisions.service';
import { assertRowsObeyRules } from './row-rules';

export interface RecordWrite<E extends EditableEntity> {
  /** The stored record this write replaces, read (and locked) in the same transaction; null to create. */
  existing: E | null;
  /** The columns to write; the natural key included. */
  values: Partial<E>;
}

export interface UpsertOptions<E extends EditableEntity> {
  entity: EntityTarget<E>;
  /** The natural key the table is unique on (property names). */
  conflictPaths: Array<keyof E & string>;
  /** The revision history the records belong to, or null for data-only tables. */
  recordType: RecordType | null;
  toRecord: (entity: E) => object;
  userId: string | null;
}

/**
 * Writes many records in set-based statements (INSERT … ON CONFLICT DO UPDATE, see bulkInsert), each
 * with its next version, and their revisions in bulk: an import of thousands of figures takes a few
 * statements per kind instead of three per figure. Runs inside the caller's transaction.
 */
export async function upsertRecords<E extends EditableEntity>(
  manager: EntityManager,
  revisions: RevisionsService,
  options: UpsertOptions<E>,
  writes: RecordWrite<E>[],
): Promise<E[]> {
  const now = new Date();
  const saved: E[] = [];
  const entries: RevisionEntry[] = [];
  // Two occupations measured by one SOC code share its figures: write each record once.
  const unique = [
    ...new Map(
      writes.map((write) => [
        options.conflictPaths.map((path) => String(write.values[path])).join('\u0000'),
        write,
      ]),
    ).values(),
  ];
  if (options.recordType) {
    // Rows are named by the key people know them by (a school's slug), else by the table's natural key.
    const known = naturalKeyOf(options.recordType);
    assertRowsObeyRules(options.recordType, unique, ({ values }) =>
      known && known in values
        ? String(values[known as keyof E])
        : options.conflictPaths.map((path) => String(values[path])).join(' '),
    );
  }
  const rows = unique.map(
    ({ existing, values }) => ({ ...values, version: existing ? existing.version + 1 : 1 }) as Partial<E>,
  );
  const answers = await bulkInsert(manager, options.entity, rows, {
    conflictPaths: options.conflictPaths,
    returning: ['id'],
    touchUpdateDate: true,
  });
  unique.forEach(({ existing, values }, index) => {
    const after = {
      ...(existing ?? {}),
      ...values,
      id: String(answers[index]?.id ?? existing?.id),
      version: rows[index].version as number,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    } as E;
    saved.push(after);
    if (options.recordType) {
      entries.push({
        recordType: options.recordType,
        recordId: after.id,
        version: after.version,
        action: existing ? 'update' : 'create',
        userId: options.userId,
        before: existing ? options.toRecord(existing) : null,
        after: options.toRecord(after),
      });
    }
  });
  await revisions.writeMany(manager, entries);
  return saved;
}
