import type { EntityManager } from 'typeorm';
import type { ProgramRecord } from '@careerscope/shared';
import { assertRowsObeyRules } from './row-rules';

/** What a completions refresh reads of a stored program: the columns it compares and rewrites. */
export type StoredProgram = Pick<
  ProgramRecord,
  | 'id'
  | 'version'
  | 'schoolId'
  | 'occupationId'
  | 'name'
  | 'credentialLevel'
  | 'minMonths'
  | 'maxMonths'
  | 'cipCode'
  | 'awardLevel'
  | 'completions'
  | 'completionsYear'
  | 'completionsSourceId'
  | 'vanishedIn'
  | 'handEdited'
>;

/** The columns a refresh may rewrite: property, column and SQL type. */
const REFRESHED = [
  ['name', 'name', 'varchar(200)'],
  ['credentialLevel', 'credential_level', 'varchar(20)'],
  ['minMonths', 'min_months', 'integer'],
  ['maxMonths', 'max_months', 'integer'],
  ['cipCode', 'cip_code', 'varchar(7)'],
  ['awardLevel', 'award_level', 'smallint'],
  ['completions', 'completions', 'integer'],
  ['completionsYear', 'completions_year', 'integer'],
  ['completionsSourceId', 'completions_source_id', 'uuid'],
  ['vanishedIn', 'vanished_in', 'integer'],
  ['handEdited', 'hand_edited', 'text[]'],
] as const satisfies ReadonlyArray<readonly [keyof StoredProgram, string, string]>;

/** The further columns a created program sets: property, column and SQL type. */
const CREATED = [
  ['schoolId', 'school_id', 'uuid'],
  ['occupationId', 'occupation_id', 'uuid'],
  ['delivery', 'delivery', 'varchar(10)'],
  ['accreditationBodyId', 'accreditation_body_id', 'uuid'],
  ['url', 'url', 'varchar(500)'],
  ...REFRESHED,
] as const satisfies ReadonlyArray<readonly [keyof NewProgram, string, string]>;

/** What creating a program writes: every column but those PostgreSQL fills (id, version, dates). */
export type NewProgram = Omit<StoredProgram, 'id' | 'version'> &
  Pick<ProgramRecord, 'delivery' | 'accreditationBodyId' | 'url'>;

/** How a refusal names a program: its name, CIP code and award level. */
const programName = (program: { name: string; cipCode: string | null; awardLevel: number | null }) =>
  `${program.name} (CIP ${program.cipCode ?? '–'}, award level ${program.awardLevel ?? '–'})`;

/** Rows per statement: each statement's document stays around a megabyte. */
const ROWS_PER_STATEMENT = 5000;

const SELECT_COLUMNS = `p.id, p.version, p.school_id AS "schoolId", p.occupation_id AS "occupationId", ${REFRESHED.map(
  ([property, column]) => `p.${column} AS "${property}"`,
).join(', ')}`;

/**
 * Makes other writers of programs wait until the caller's transaction ends: one table lock instead of
 * a row lock on every program a refresh reads. Readers (the portal, a publish) go on.
 */
export async function lockPrograms(manager: EntityManager): Promise<void> {
  await manager.query('LOCK TABLE programs IN EXCLUSIVE MODE');
}

/** The programs of IPEDS listings, as plain rows (no entity hydration: a national refresh reads tens of thousands). */
export async function readListedPrograms(manager: EntityManager): Promise<StoredProgram[]> {
  return (await manager.query(
    `SELECT ${SELECT_COLUMNS} FROM programs p
      WHERE p.school_id IN (SELECT id FROM schools WHERE ipeds_unit_id IS NOT NULL)`,
  )) as StoredProgram[];
}

/**
 * The program as its revision records it (the shape of toProgramRecord, which a test holds it to),
 * built by PostgreSQL from a row of the programs table.
 */
function recordSql(row: string): string {
  const timestamp = (column: string) =>
    `to_char(${row}.${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return `jsonb_build_object(
    'id', ${row}.id, 'version', ${row}.version,
    'createdAt', ${timestamp('created_at')}, 'updatedAt', ${timestamp('updated_at')},
    'schoolId', ${row}.school_id, 'occupationId', ${row}.occupation_id, 'name', ${row}.name,
    'credentialLevel', ${row}.credential_level, 'delivery', ${row}.delivery,
    'minMonths', ${row}.min_months, 'maxMonths', ${row}.max_months,
    'accreditationBodyId', ${row}.accreditation_body_id, 'url', ${row}.url,
    'cipCode', ${row}.cip_code, 'awardLevel', ${row}.award_level, 'completions', ${row}.completions,
    'completionsYear', ${row}.completions_year, 'completionsSourceId', ${row}.completions_source_id,
    'vanishedIn', ${row}.vanished_in, 'handEdited', to_jsonb(coalesce(${row}.hand_edited, '{}')))`;
}

/**
 * Rewrites stored programs with their refreshed columns, each at its next version and with its
 * revision (the record before and after), in a few set-based statements: the rows travel as one JSON
 * document per batch and PostgreSQL writes both the programs and their history from it. Runs inside
 * the caller's transaction, which must hold the programs locked (lockPrograms).
 */
export async function refreshPrograms(
  manager: EntityManager,
  userId: string | null,
  programs: Array<Pick<StoredProgram, 'id'> & Omit<StoredProgram, 'version' | 'schoolId' | 'occupationId'>>,
): Promise<number> {
  const types = REFRESHED.map(([, column, type]) => `${column} ${type}`).join(', ');
  const sets = REFRESHED.map(([, column]) => `${column} = input.${column}`).join(', ');
  const sql = `WITH input AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS input(id uuid, ${types})
    ), before AS (
      SELECT p.id, ${recordSql('p')} AS record FROM programs p JOIN input ON input.id = p.id
    ), written AS (
      UPDATE programs p SET ${sets}, version = p.version + 1, updated_at = now()
        FROM input WHERE p.id = input.id
      RETURNING p.*
    ), recorded AS (
      INSERT INTO revisions (entity_type, entity_id, version, action, user_id, before, after)
      SELECT 'program', written.id, written.version, 'update', $2::uuid, before.record, ${recordSql('written')}
        FROM written JOIN before ON before.id = written.id
      RETURNING 1
    )
    SELECT count(*)::int AS count FROM recorded`;
  return writeInBatches(manager, sql, userId, programs, 'refreshed', (program) => {
    const row: Record<string, unknown> = { id: program.id };
    for (const [property, column] of REFRESHED) row[column] = program[property];
    return row;
  });
}

/**
 * Creates programs, each at version 1 and with its revision (action `create`, the record as stored),
 * in a few set-based statements like refreshPrograms: PostgreSQL gives each its id and dates and
 * writes its history from the inserted row. Runs inside the caller's transaction, which must hold the
 * programs locked (lockPrograms).
 */
export async function createPrograms(
  manager: EntityManager,
  userId: string | null,
  programs: NewProgram[],
): Promise<number> {
  const columns = CREATED.map(([, column]) => column).join(', ');
  const types = CREATED.map(([, column, type]) => `${column} ${type}`).join(', ');
  const sql = `WITH input AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS input(${types})
    ), written AS (
      INSERT INTO programs (${columns}, version) SELECT ${columns}, 1 FROM input
      RETURNING *
    ), recorded AS (
      INSERT INTO revisions (entity_type, entity_id, version, action, user_id, before, after)
      SELECT 'program', written.id, written.version, 'create', $2::uuid, NULL, ${recordSql('written')}
        FROM written
      RETURNING 1
    )
    SELECT count(*)::int AS count FROM recorded`;
  return writeInBatches(manager, sql, userId, programs, 'created', (program) => {
    const row: Record<string, unknown> = {};
    for (const [property, column] of CREATED) row[column] = program[property];
    return row;
  });
}

/**
 * Holds the programs to the rules of their record, then runs `sql` once per batch of them (the batch
 * as a JSON document in $1, the user in $2), and checks it wrote each program with its revision.
 */
async function writeInBatches<P extends { name: string; cipCode: string | null; awardLevel: number | null }>(
  manager: EntityManager,
  sql: string,
  userId: string | null,
  programs: P[],
  done: 'created' | 'refreshed',
  rowOf: (program: P) => Record<string, unknown>,
): Promise<number> {
  assertRowsObeyRules('program', programs, programName);
  let written = 0;
  for (let start = 0; start < programs.length; start += ROWS_PER_STATEMENT) {
    const document = programs.slice(start, start + ROWS_PER_STATEMENT).map(rowOf);
    const [{ count }] = (await manager.query(sql, [JSON.stringify(document), userId])) as Array<{
      count: number;
    }>;
    if (count !== document.length) throw new Error(`Programs: ${count} ${done} of ${document.length}`);
    written += count;
  }
  return written;
}
