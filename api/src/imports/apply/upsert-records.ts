import { randomUUID } from 'node:crypto';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RecordType } from '@careerscope/shared';
import type { EditableEntity } from '../../database/base.entity';
import type { RevisionEntry, RevisionsService } from '../../revisions/revisions.service';

/**
 * Rows per statement: each chunk travels as one JSON parameter, so the bound is the statement's size
 * (a few MB at most), not PostgreSQL's 65,535 parameters.
 */
const CHUNK = 2000;

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
 * Writes many records in set-based statements (INSERT … ON CONFLICT DO UPDATE), each with its next
 * version, and their revisions in bulk: an import of thousands of figures takes a few statements
 * per kind instead of three per figure. Runs inside the caller's transaction.
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
  for (let start = 0; start < unique.length; start += CHUNK) {
    const chunk = unique.slice(start, start + CHUNK);
    const rows = chunk.map(
      ({ existing, values }) =>
        ({ ...values, version: existing ? existing.version + 1 : 1 }) as ObjectLiteral,
    );
    const ids = await upsertChunk(manager, options, rows, now);
    chunk.forEach(({ existing, values }, index) => {
      const id = ids[index] ?? String(existing?.id);
      const after = {
        ...(existing ?? {}),
        ...values,
        id,
        version: rows[index].version as number,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      } as E;
      saved.push(after);
      if (options.recordType) {
        entries.push({
          recordType: options.recordType,
          recordId: id,
          version: after.version,
          action: existing ? 'update' : 'create',
          userId: options.userId,
          before: existing ? options.toRecord(existing) : null,
          after: options.toRecord(after),
        });
      }
    });
  }
  await revisions.writeMany(manager, entries);
  return saved;
}

/** A column's value as `jsonb_populate_recordset` reads it (dates as ISO text, transformers applied). */
function columnValue(column: ColumnMetadata, value: unknown): unknown {
  const stored =
    column.transformer && !Array.isArray(column.transformer) ? column.transformer.to(value) : value;
  return stored instanceof Date ? stored.toISOString() : stored;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The rows keyed by column name, as PostgreSQL's `jsonb_populate_recordset` reads them, and the
 * columns they fill: every column some row gives, the primary key (a new uuid where none is given)
 * and the creation and update times.
 */
function jsonRows(
  metadata: EntityMetadata,
  rows: ObjectLiteral[],
  now: Date,
): { columns: ColumnMetadata[]; json: string } {
  const byName = new Map<string, ColumnMetadata>();
  for (const column of metadata.columns) {
    if (column.isVirtual) continue;
    // A foreign key is both a column property (schoolId) and a relation (school): keep the property.
    const known = byName.get(column.databaseName);
    if (!known || (known.relationMetadata && !column.relationMetadata))
      byName.set(column.databaseName, column);
  }
  const columns = [...byName.values()].filter(
    (column) =>
      column.isCreateDate ||
      column.isUpdateDate ||
      (column.isPrimary && column.generationStrategy === 'uuid') ||
      rows.some((row) => row[column.propertyName] !== undefined),
  );
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const column of columns) {
      let value: unknown = row[column.propertyName];
      if (column.isUpdateDate) value = now;
      else if (column.isCreateDate) value = value ?? now;
      else if (column.isPrimary && column.generationStrategy === 'uuid') value = value ?? randomUUID();
      if (value !== undefined) record[column.databaseName] = columnValue(column, value);
    }
    return record;
  });
  return { columns, json: JSON.stringify(records) };
}

/** Plain rows (staging tables) in one INSERT … SELECT FROM jsonb_populate_recordset per chunk. */
export async function insertRows<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: Array<Partial<E>>,
): Promise<void> {
  const metadata = manager.connection.getMetadata(entity);
  const now = new Date();
  for (let start = 0; start < rows.length; start += CHUNK) {
    const { columns, json } = jsonRows(metadata, rows.slice(start, start + CHUNK), now);
    const names = columns.map((column) => quote(column.databaseName)).join(', ');
    const table = quote(metadata.tableName);
    await manager.query(
      `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`,
      [json],
    );
  }
}

/**
 * One INSERT … SELECT FROM jsonb_populate_recordset(…) ON CONFLICT DO UPDATE for a chunk: the rows
 * travel as a single JSON parameter and PostgreSQL reads them, instead of a statement with a bound
 * parameter per cell built column by column. Returns the rows' ids in the chunk's order.
 */
async function upsertChunk<E extends EditableEntity>(
  manager: EntityManager,
  options: UpsertOptions<E>,
  rows: ObjectLiteral[],
  now: Date,
): Promise<Array<string | undefined>> {
  const metadata = manager.connection.getMetadata(options.entity);
  const { columns, json } = jsonRows(metadata, rows, now);
  const names = columns.map((column) => quote(column.databaseName));
  const conflict = options.conflictPaths.map((path) => {
    const column = metadata.findColumnWithPropertyName(path);
    if (!column) throw new Error(`${metadata.tableName} has no column ${path}`);
    return quote(column.databaseName);
  });
  const updated = columns
    .filter((column) => !column.isPrimary && !column.isCreateDate)
    .filter((column) => !options.conflictPaths.includes(column.propertyName as keyof E & string))
    .map((column) => `${quote(column.databaseName)} = EXCLUDED.${quote(column.databaseName)}`);
  const table = quote(metadata.tableName);
  const primary = quote(metadata.primaryColumns[0].databaseName);
  const returned: Array<Record<string, unknown>> = await manager.query(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${names.join(', ')} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
     ON CONFLICT (${conflict.join(', ')}) DO ${updated.length ? `UPDATE SET ${updated.join(', ')}` : 'NOTHING'}
     RETURNING ${primary} AS id`,
    [json],
  );
  return returned.map((row) => (row.id === undefined ? undefined : String(row.id)));
}
