import { DataSource } from 'typeorm';
import { RECORD_PATHS, RECORD_TYPES, RecordType } from '@careerscope/shared';
import { ContentBundleService } from '../src/content/content-bundle.service';
import {
  Client,
  createRecord,
  editorialSession,
  FixtureContext,
  RESOURCES,
} from './support/editorial-fixtures';
import { signedInAgent, startTestApp, TestApp } from './support/test-app';

type Values = Record<string, unknown>;
type Records = Map<RecordType, Values[]>;

/** Every record of every editable type, read through the editorial API. */
async function readAll(client: Client): Promise<Records> {
  const all: Records = new Map();
  for (const type of RECORD_TYPES) {
    const items: Values[] = [];
    for (let page = 1; ; page++) {
      const response = await client.agent
        .get(`/api/${RECORD_PATHS[type]}`)
        .query({ page, pageSize: 100 })
        .expect(200);
      items.push(...(response.body.items as Values[]));
      if (items.length >= response.body.total) break;
    }
    all.set(type, items);
  }
  return all;
}

/** Lists whose order is the record's own (comparison columns); other lists of references are sets. */
const ORDERED_LISTS = new Set(['comparison.occupationIds']);
/** Record types ordered among their parent's children by `position`. */
const POSITIONED = new Set<RecordType>([
  'occupationSection',
  'occupationCertification',
  'educationPath',
  'workSetting',
  'comparisonRow',
]);
/** The field naming the record a positioned child belongs to. */
const PARENT_FIELDS = ['occupationId', 'comparisonId', 'schoolId'];

/**
 * Records without anything one database assigns: ids, versions and timestamps are dropped, a
 * reference becomes the record it names (itself in this form), and a `position` its rank among the
 * parent's children of the same type. Two databases holding the same content give equal forms.
 */
function canonicalForms(all: Records): Map<RecordType, string[]> {
  const byId = new Map<string, { type: RecordType; record: Values }>();
  for (const [type, records] of all)
    for (const record of records) byId.set(record.id as string, { type, record });
  const memo = new Map<string, unknown>();

  const rank = (type: RecordType, record: Values): number => {
    const parent = PARENT_FIELDS.find((field) => typeof record[field] === 'string');
    const siblings = (all.get(type) ?? [])
      .filter((other) => parent === undefined || other[parent] === record[parent])
      .map((other) => other.position as number)
      .sort((a, b) => a - b);
    return siblings.indexOf(record.position as number);
  };

  const form = (type: RecordType, record: Values, seen: Set<string>): unknown => {
    const id = record.id as string;
    if (memo.has(id)) return memo.get(id);
    const inner = new Set(seen).add(id);
    const value = (field: string, item: unknown): unknown => {
      if (typeof item === 'string' && byId.has(item)) {
        const target = byId.get(item)!;
        // A reference back up the chain names its target by type only.
        return inner.has(item) ? `<${target.type}>` : form(target.type, target.record, inner);
      }
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        // A list's summary of a related record (a program's school) is compared without its id.
        const { id: _id, ...rest } = item as Values;
        return rest;
      }
      if (Array.isArray(item)) {
        const items = item.map((element) => value(field, element));
        return ORDERED_LISTS.has(`${type}.${field}`)
          ? items
          : items.map((element) => JSON.stringify(element)).sort();
      }
      return item;
    };
    const result: Values = { type };
    for (const [field, item] of Object.entries(record).sort(([a], [b]) => a.localeCompare(b))) {
      if (['id', 'version', 'createdAt', 'updatedAt'].includes(field)) continue;
      result[field] = field === 'position' ? rank(type, record) : value(field, item);
    }
    memo.set(id, result);
    return result;
  };

  return new Map(
    [...all].map(([type, records]) => [
      type,
      records.map((record) => JSON.stringify(form(type, record, new Set()))).sort(),
    ]),
  );
}

describe('content export and import: every record type survives the round trip', () => {
  let original: TestApp;
  let copy: TestApp;
  let context: FixtureContext;
  let before: Map<RecordType, string[]>;
  let after: Map<RecordType, string[]>;
  let copyAdmin: Client;
  const created = new Map<RecordType, string>();

  beforeAll(async () => {
    original = await startTestApp();
    ({ context } = await editorialSession(original));
    // One new record of every type on top of the seed, so no type is left empty.
    for (const type of RECORD_TYPES) {
      const spec = RESOURCES.find((candidate) => candidate.recordType === type);
      if (!spec) continue;
      // Last among its siblings: a bundle keeps the order of children, not their position numbers.
      const body = {
        ...(await spec.build(context, 'round-trip')),
        ...(POSITIONED.has(type) ? { position: 90 } : {}),
      };
      const record = await createRecord(context, spec.path, body);
      created.set(type, record.id);
      if (type === 'employmentProjection') {
        // The same projection for a state: only its area tells the two apart.
        await createRecord(context, spec.path, {
          ...body,
          areaCode: 'TX',
          areaName: 'Texas',
          averageAnnualOpenings: 120,
        });
      }
    }
    // What an IPEDS import writes beside the fields an admin edits.
    const [school] = await original.app
      .get(DataSource)
      .query(`SELECT id FROM schools WHERE ipeds_unit_id IS NOT NULL ORDER BY slug LIMIT 1`);
    await original.app.get(DataSource).query(
      `UPDATE schools SET zip = '80204', latitude = 39.73, longitude = -104.99, sector = 4, directory_year = 2023,
              tuition_in_state = 4200, prices_year = 2022, prices_source_id = source_id, hand_edited = '{name}'
        WHERE id = $1`,
      [school.id],
    );
    await original.app.get(DataSource).query(
      `UPDATE programs SET cip_code = '51.0801', award_level = 21, completions = 26, completions_year = 2023,
              completions_source_id = (SELECT source_id FROM schools WHERE id = $1), vanished_in = 2024,
              hand_edited = '{delivery}'
        WHERE id = (SELECT id FROM programs WHERE school_id = $1 LIMIT 1)`,
      [school.id],
    );
    const bundle = await original.app.get(ContentBundleService).exportBundle();
    before = canonicalForms(await readAll(context.admin));
    copy = await startTestApp({ SEED_ON_START: 'false' });
    // Through JSON, as the file on disk carries it.
    await copy.app
      .get(ContentBundleService)
      .importBundle(JSON.parse(JSON.stringify(bundle)), { fileName: 'round-trip.json' });
    copyAdmin = await signedInAgent(copy);
    after = canonicalForms(await readAll(copyAdmin));
  }, 120_000);

  afterAll(async () => {
    await copy?.close();
    await original?.close();
  });

  it('writes every imported record through its editorial create: a revision each, one audit entry', async () => {
    const revised: { type: string; records: number }[] = await copy.app.get(DataSource).query(
      `SELECT entity_type AS type, count(DISTINCT entity_id)::int AS records
         FROM revisions WHERE action = 'create' AND version = 1 GROUP BY entity_type`,
    );
    const byType = new Map(revised.map((row) => [row.type, row.records]));
    let total = 0;
    for (const type of RECORD_TYPES) {
      expect([type, byType.get(type)]).toEqual([type, after.get(type)?.length]);
      total += after.get(type)?.length ?? 0;
    }
    const events = await copyAdmin.agent
      .get('/api/audit-events')
      .query({ type: 'content.imported' })
      .expect(200);
    expect(events.body.items).toHaveLength(1);
    expect(events.body.items[0].details).toMatchObject({ fileName: 'round-trip.json', records: total });
    expect(events.body.items[0].sentence).toBe(
      `The system imported the content file round-trip.json (${total} records)`,
    );
    // The records themselves get no audit entry of their own: the import is one act.
    const saves = await copyAdmin.agent.get('/api/audit-events').query({ category: 'content' }).expect(200);
    expect(saves.body.total).toBe(1);
  });

  it.each(RECORD_TYPES.map((type) => [type]))('%s: created, exported, imported and equal', (type) => {
    expect(created.has(type)).toBe(true);
    expect(before.get(type)?.length).toBeGreaterThan(0);
    expect(after.get(type)).toEqual(before.get(type));
  });
});
