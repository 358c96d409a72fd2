import type { DataSource, EntityManager, EntityMetadata } from 'typeorm';
import type { ApiErrorBody } from '@careerscope/shared';
import { EditableEntity } from '../../database/base.entity';

/** A foreign key into a record type, and what deleting a referenced record means for it. */
export type IncomingReference =
  /** The referring rows must go first: the delete is refused while any exist. */
  | { kind: 'block'; table: string; column: string; report: EntityMetadata; reportColumn: string }
  /** Editable child records the database deletes with their parent (they get their own revisions). */
  | { kind: 'cascade'; child: EntityMetadata; table: string; column: string };

export function isEditable(metadata: EntityMetadata): boolean {
  return typeof metadata.target === 'function' && metadata.target.prototype instanceof EditableEntity;
}

/**
 * Reads the incoming foreign keys of `target` from the entity metadata, so a new relation is covered
 * without touching the delete logic. Rows that are part of the record itself (its own many-to-many
 * lists, non-editable detail rows that cascade) are skipped; editable children that cascade are
 * deleted with it; everything else blocks the delete.
 */
export function incomingReferences(dataSource: DataSource, target: EntityMetadata): IncomingReference[] {
  const references: IncomingReference[] = [];
  for (const metadata of dataSource.entityMetadatas) {
    for (const foreignKey of metadata.foreignKeys) {
      if (foreignKey.referencedEntityMetadata !== target || foreignKey.columns.length !== 1) continue;
      const column = foreignKey.columns[0].databaseName;
      const table = metadata.tablePath;
      if (foreignKey.onDelete === 'SET NULL') continue;
      const other = metadata.foreignKeys.find(
        (key) => key !== foreignKey && key.columns.length === 1 && isEditable(key.referencedEntityMetadata),
      );
      if (metadata.isJunction) {
        const ownList = target.manyToManyRelations.some(
          (relation) => relation.isOwning && relation.junctionEntityMetadata === metadata,
        );
        if (ownList || !other) continue;
        references.push({
          kind: 'block',
          table,
          column,
          report: other.referencedEntityMetadata,
          reportColumn: other.columns[0].databaseName,
        });
      } else if (foreignKey.onDelete === 'CASCADE') {
        if (isEditable(metadata)) references.push({ kind: 'cascade', child: metadata, table, column });
      } else if (isEditable(metadata)) {
        references.push({ kind: 'block', table, column, report: metadata, reportColumn: 'id' });
      } else if (other) {
        references.push({
          kind: 'block',
          table,
          column,
          report: other.referencedEntityMetadata,
          reportColumn: other.columns[0].databaseName,
        });
      }
    }
  }
  return references;
}

export type Dependents = NonNullable<ApiErrorBody['dependents']>;

/** How people name records of one type, by id (records it cannot name are left out). */
export type Describe = (metadata: EntityMetadata, ids: string[]) => Promise<Map<string, string>>;

/**
 * Counts, per referring type, the records that block deleting `ids`, with up to 20 of them named
 * (type, id and label) so the refusal can list and link them.
 */
export async function blockingDependents(
  manager: EntityManager,
  references: IncomingReference[],
  ids: string[],
  typeName: (metadata: EntityMetadata) => string,
  describe: Describe,
): Promise<Dependents> {
  const found: Dependents = [];
  for (const reference of references) {
    if (reference.kind !== 'block') continue;
    const rows: { count: number; ids: string[] | null }[] = await manager.query(
      `SELECT count(DISTINCT "${reference.reportColumn}")::int AS count,
              (array_agg(DISTINCT "${reference.reportColumn}"::text))[1:20] AS ids
         FROM ${quoteTable(reference.table)} WHERE "${reference.column}" = ANY($1::uuid[])`,
      [ids],
    );
    if (rows[0].count > 0) {
      const type = typeName(reference.report);
      const found20 = rows[0].ids ?? [];
      const labels = await describe(reference.report, found20);
      const records = found20.map((id) => ({ type, id, label: labels.get(id) ?? id }));
      const existing = found.find((entry) => entry.type === type);
      if (existing) {
        existing.count += rows[0].count;
        existing.ids = [...new Set([...existing.ids, ...found20])].slice(0, 20);
        existing.records = existing.ids.map(
          (id) => [...existing.records, ...records].find((record) => record.id === id) as (typeof records)[0],
        );
      } else {
        found.push({ type, count: rows[0].count, ids: found20, records });
      }
    }
  }
  return found;
}

function quoteTable(tablePath: string): string {
  return tablePath
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
}

export { quoteTable };
