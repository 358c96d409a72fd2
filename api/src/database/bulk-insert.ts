import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Rows per statement. The rows travel as one JSON parameter, so the count is bounded by memory, not by
 * PostgreSQL's 65,535 parameters; a few thousand rows keep each statement's document a few MB.
 */
const ROWS_PER_STATEMENT = 2000;

export interface BulkInsertOptions {
  /** Property names of the natural key: the rows are upserted on it (ON CONFLICT … DO UPDATE). */
  conflictPaths?: string[];
  /** Property names to read back, in the order of the rows given. */
  returning?: string[];
  /** Sets the update-date column to the transaction's time on insert and on update. */
  touchUpdateDate?: boolean;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inserts (or upserts) many rows of an entity's table in a few statements: the rows are sent as a
 * single JSON document and unpacked by `jsonb_to_recordset` into the columns' own types, so building
 * the statement costs the same for ten rows as for ten thousand. Values go through the columns'
 * transformers; columns a row lacks are left to their defaults (rows are grouped by the properties
 * they set). Runs inside the caller's transaction; answers the `returning` columns of every row, in
 * the order of `rows`.
 */
export async function bulkInsert<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: Array<Partial<E>>,
  options: BulkInsertOptions = {},
): Promise<Array<Record<string, unknown>>> {
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const columnOf = (property: string): ColumnMetadata => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    return column;
  };
  const conflict = (options.conflictPaths ?? []).map(columnOf);
  const returning = (options.returning ?? []).map(columnOf);
  const updateDate = options.touchUpdateDate ? metadata.updateDateColumn : undefined;
  const table = metadata.schema
    ? `${quote(metadata.schema)}.${quote(metadata.tableName)}`
    : quote(metadata.tableName);

  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const key = Object.keys(row)
      .filter((property) => row[property] !== undefined)
      .sort()
      .join('\u0000');
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });

  const answers: Array<Record<string, unknown>> = new Array(rows.length);
  for (const [key, indexes] of groups) {
    const columns = key === '' ? [] : key.split('\u0000').map(columnOf);
    const written = columns.filter((column) => column !== updateDate);
    const names = written.map((column) => quote(column.databaseName));
    const types = written.map((column) => `${quote(column.databaseName)} ${sqlType(column)}`);
    const targets = [...names, ...(updateDate ? [quote(updateDate.databaseName)] : [])];
    const values = [...names.map((name) => `r.${name}`), ...(updateDate ? ['now()'] : [])];
    const conflictClause =
      conflict.length === 0
        ? ''
        : ` ON CONFLICT (${conflict.map((column) => quote(column.databaseName)).join(', ')}) DO UPDATE SET ${targets
            .filter((name) => !conflict.some((column) => quote(column.databaseName) === name))
            .map((name) => `${name} = EXCLUDED.${name}`)
            .join(', ')}`;
    // An upsert's answers are matched to its rows by their key; a plain insert's by their order.
    const answered = [...new Set([...returning, ...(returning.length > 0 ? conflict : [])])];
    const returningClause =
      answered.length === 0
        ? ''
        : ` RETURNING ${answered.map((column) => quote(column.databaseName)).join(', ')}`;
    // WITH ORDINALITY numbers the rows so the answers can be put back in the order given.
    const sql =
      names.length === 0
        ? null
        : `INSERT INTO ${table} (${targets.join(', ')}) SELECT ${values.join(', ')} FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (${types.join(', ')})) WITH ORDINALITY AS r(${names.join(', ')}, "__n") ORDER BY r."__n"${conflictClause}${returningClause}`;
    if (!sql) throw new Error(`${metadata.name}: a row sets no column`);
    for (let start = 0; start < indexes.length; start += ROWS_PER_STATEMENT) {
      const chunk = indexes.slice(start, start + ROWS_PER_STATEMENT);
      const document: Array<Record<string, unknown>> = chunk.map((index) => {
        const row = rows[index];
        return Object.fromEntries(
          written.map((column) => [column.databaseName, toDocumentValue(driver, column, row)]),
        );
      });
      const result = (await manager.query(sql, [JSON.stringify(document)])) as Array<Record<string, unknown>>;
      if (returning.length === 0) continue;
      if (result.length !== chunk.length) {
        throw new Error(`${metadata.name}: ${result.length} rows answered for ${chunk.length} written`);
      }
      const keyOf = (values: (column: ColumnMetadata) => unknown) =>
        conflict.map((column) => String(values(column))).join('\u0000');
      const positions = new Map(
        conflict.length === 0
          ? []
          : document.map((row, position) => [keyOf((column) => row[column.databaseName]), position]),
      );
      result.forEach((answer, order) => {
        const position =
          conflict.length === 0 ? order : positions.get(keyOf((column) => answer[column.databaseName]));
        if (position === undefined) throw new Error(`${metadata.name}: an answer matches no row written`);
        answers[chunk[position]] = Object.fromEntries(
          returning.map((column) => [column.propertyName, answer[column.databaseName]]),
        );
      });
    }
  }
  return answers;
}

/** A value as the JSON document carries it: transformed like typeorm would, JSON columns left nested. */
function toDocumentValue(
  driver: EntityManager['connection']['driver'],
  column: ColumnMetadata,
  row: ObjectLiteral,
): unknown {
  const value = column.getEntityValue(row);
  if (column.type === 'json' || column.type === 'jsonb') {
    const transformers = [column.transformer ?? []].flat();
    return transformers.reduce((current, transformer) => transformer.to(current), value) ?? null;
  }
  return driver.preparePersistentValue(value, column) ?? null;
}

/** The column's type as SQL (`varchar(7)`, `numeric(6,1)`, `text array`). */
function sqlType(column: ColumnMetadata): string {
  if (typeof column.type !== 'string' || column.type === 'enum' || column.type.startsWith('simple-')) {
    throw new Error(`bulkInsert does not write ${column.entityMetadata.name}.${column.propertyName}'s type`);
  }
  let type = column.type;
  if (column.length) type += `(${column.length})`;
  else if (column.precision != null && column.scale != null) type += `(${column.precision},${column.scale})`;
  return column.isArray ? `${type} array` : type;
}
