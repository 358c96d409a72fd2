import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import {
  editorialSession,
  Client,
  createRecord,
  FixtureContext,
  resource,
  RESOURCES,
} from './support/editorial-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** Row count and checksum of every table, to prove a batch of requests changed nothing. */
async function fingerprint(databaseUrl: string): Promise<Record<string, string>> {
  const client = new PgClient({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      // The audit log records attempts, sessions when they were last used and the rate limits what
      // they counted, by design; everything else must stay as it was.
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'audit%'
          AND table_name NOT IN ('sessions', 'throttler_counters')
        ORDER BY table_name`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const row = await client.query<{ count: string; checksum: string | null }>(
        `SELECT count(*)::text AS count, md5(string_agg(t::text, '|' ORDER BY t::text)) AS checksum FROM ${name} t`,
      );
      result[name] = `${row.rows[0].count}:${row.rows[0].checksum}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

/** Runs tasks with at most `limit` at a time. */
async function inBatches<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let nextIndex = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (nextIndex < tasks.length) {
        const index = nextIndex++;
        results[index] = await tasks[index]();
      }
    }),
  );
  return results;
}

const HUGE = 'x'.repeat(300_001);
const SQL = ["'; DROP TABLE sources; --", "1' OR '1'='1", 'a; SELECT pg_sleep(5)'];
const SCRIPT = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];
const BAD_UUIDS = ['not-a-uuid', '00000000-0000-0000-0000-00000000000g', "' OR 1=1 --", '123'];

/** Values that are invalid for a field whose valid value is `value` (whatever the field is). */
function invalidValues(field: string, value: unknown, strict: boolean): unknown[] {
  const values: unknown[] = [{ nested: true }];
  const isId = field.endsWith('Id');
  const isIdList = field.endsWith('Ids');
  if (typeof value === 'string') {
    values.push(123, true, [value], HUGE);
    if (strict) values.push(...SQL, ...SCRIPT, ' ', 'UPPER CASE');
    if (isId) values.push(...BAD_UUIDS, randomUUID());
  } else if (typeof value === 'number') {
    values.push(String(value), 'NaN', 'Infinity', 0.123, 1e12, -1e12, [value]);
  } else if (Array.isArray(value)) {
    values.push('x', [123], [null], [HUGE], Array(150).fill('a'));
    if (isIdList) values.push([randomUUID()], BAD_UUIDS, [value[0], value[0]], Array(150).fill(randomUUID()));
  } else if (value === null) {
    values.push(123, HUGE, []);
  } else if (typeof value === 'object') {
    values.push('x', [value], { p90Annual: 'bad' }, { unknownField: '#' });
  }
  return values;
}

const NUL = 'a\u0000b';

/** The create DTO's text fields, from the OpenAPI document: strings and lists of strings. */
function textFields(document: OpenApiDocument, path: string): Map<string, 'string' | 'list'> {
  const schemaRef = (document.paths[`/api/${path}`]?.post?.requestBody?.content?.['application/json']?.schema
    ?.$ref ?? '') as string;
  const schema = document.components.schemas[schemaRef.replace('#/components/schemas/', '')];
  const fields = new Map<string, 'string' | 'list'>();
  for (const [name, property] of Object.entries(schema?.properties ?? {})) {
    if (property.type === 'string') fields.set(name, 'string');
    if (property.type === 'array' && property.items?.type === 'string') fields.set(name, 'list');
  }
  return fields;
}

interface OpenApiSchema {
  type?: string;
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
}

interface OpenApiDocument {
  paths: Record<
    string,
    { post?: { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } } }
  >;
  components: { schemas: Record<string, OpenApiSchema> };
}

/** `value` with a NUL in its text: each string of an array, each text value of an object. */
function withNul(value: unknown, kind: 'string' | 'list'): unknown {
  if (Array.isArray(value) && value.length > 0)
    return value.map((item) => (typeof item === 'string' ? `${item}\u0000` : item));
  if (kind === 'list') return [NUL];
  if (typeof value === 'string' && value.length > 0) return `${value.slice(0, 1)}\u0000${value.slice(1)}`;
  return NUL;
}

interface Attempt {
  method: 'post' | 'patch' | 'delete';
  path: string;
  body?: unknown;
  raw?: string;
}

describe('editorial robustness', () => {
  let testApp: TestApp;
  let editor: Client;
  let admin: Client;
  let context: FixtureContext;

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ editor, admin, context } = await editorialSession(testApp));
  }, 60_000);

  afterAll(() => testApp.close());

  it('lets exactly one of 50 concurrent saves from the same version win, and stores the winner', async () => {
    const wage = await createRecord(
      context,
      'wage-statistics',
      await resource('wage-statistics').build(context, 'race'),
    );
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        editor.agent
          .patch(`/api/wage-statistics/${wage.id}`)
          .set(editor.csrf)
          .send({ version: wage.version, employment: 5000 + index, areaName: `Winner ${index}` }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    const winner = responses.find((response) => response.status === 200)!.body;
    const stored = await editor.agent.get(`/api/wage-statistics/${wage.id}`).expect(200);
    expect(stored.body).toEqual(winner);
    expect(stored.body.version).toBe(wage.version + 1);
    for (const loser of responses.filter((response) => response.status === 409)) {
      expect(loser.body.current).toEqual(winner);
    }
    const history = await editor.agent.get(`/api/wage-statistics/${wage.id}/revisions`).expect(200);
    expect(history.body.total).toBe(2);
  }, 60_000);

  it('refuses a NUL character in any text field of any record and in any list search with 400, naming the field', async () => {
    const document = (await admin.agent.get('/api/docs-json').expect(200)).body as OpenApiDocument;
    const attempts: (Attempt & { field: string })[] = [];
    const lists: string[] = [];
    for (const spec of RESOURCES) {
      const valid = await spec.build(context, 'nul');
      const existing = await createRecord(context, spec.path, await spec.build(context, 'nul-target'));
      const base = `/api/${spec.path}`;
      const fields = textFields(document, spec.path);
      expect({ path: spec.path, textFields: fields.size }).not.toEqual({ path: spec.path, textFields: 0 });
      for (const [field, value] of Object.entries(valid)) {
        if (typeof value === 'string') fields.set(field, fields.get(field) ?? 'string');
      }
      for (const [field, kind] of fields) {
        const bad = withNul(valid[field], kind);
        attempts.push(
          { field, method: 'post', path: base, body: { ...valid, [field]: bad } },
          {
            field,
            method: 'patch',
            path: `${base}/${existing.id}`,
            body: { version: existing.version, [field]: bad },
          },
        );
      }
      lists.push(base);
    }
    expect(attempts.length).toBeGreaterThan(100);
    const before = await fingerprint(testApp.databaseUrl);
    const results = await inBatches(
      attempts.map((attempt) => async () => {
        const response = await admin.agent[attempt.method](attempt.path)
          .set(admin.csrf)
          .send(attempt.body as object);
        return { attempt, status: response.status, body: response.body };
      }),
      8,
    );
    const searches = await inBatches(
      lists.map((path) => async () => ({ path, response: await admin.agent.get(path).query({ q: NUL }) })),
      8,
    );
    const refusedForNul = (
      status: number,
      body: { fields?: { field: string; message: string }[] },
      field: string,
    ) =>
      status === 400 &&
      (body.fields ?? []).some((error) => error.field.split('.')[0] === field && /NUL/.test(error.message));
    expect(
      results
        .filter((result) => !refusedForNul(result.status, result.body, result.attempt.field))
        .map((result) => ({
          status: result.status,
          method: result.attempt.method,
          path: result.attempt.path,
          field: result.attempt.field,
          answer: JSON.stringify(result.body).slice(0, 160),
        })),
    ).toEqual([]);
    expect(
      searches
        .filter(({ response }) => !refusedForNul(response.status, response.body, 'q'))
        .map(({ path, response }) => ({ path, status: response.status, answer: response.body })),
    ).toEqual([]);
    expect(await fingerprint(testApp.databaseUrl)).toEqual(before);
  }, 300_000);

  it('answers at least 1,000 malformed writes with a 4xx and leaves the database unchanged', async () => {
    const attempts: Attempt[] = [];
    for (const spec of RESOURCES) {
      const valid = await spec.build(context, 'fuzz');
      const existing = await createRecord(context, spec.path, await spec.build(context, 'fuzz-target'));
      const base = `/api/${spec.path}`;
      for (const [field, value] of Object.entries(valid)) {
        const strict = spec.strict.includes(field);
        for (const bad of invalidValues(field, value, strict)) {
          attempts.push({ method: 'post', path: base, body: { ...valid, [field]: bad } });
          attempts.push({
            method: 'patch',
            path: `${base}/${existing.id}`,
            body: { version: existing.version, [field]: bad },
          });
        }
        if (value !== null && !Array.isArray(value)) {
          const { [field]: _omitted, ...missing } = valid;
          const response = await admin.agent.post(base).set(admin.csrf).send(missing);
          // Only fields a create cannot do without make a malformed payload when missing.
          if (response.status === 201) {
            await admin.agent
              .delete(`${base}/${response.body.id}`)
              .query({ version: response.body.version })
              .set(admin.csrf)
              .expect(200);
          } else {
            attempts.push({ method: 'post', path: base, body: missing });
          }
        }
      }
      attempts.push(
        { method: 'post', path: base, body: { ...valid, extra: 1 } },
        { method: 'post', path: base, body: { ...valid, id: randomUUID() } },
        { method: 'post', path: base, body: { ...valid, version: 7 } },
        { method: 'post', path: base, body: [valid] },
        { method: 'post', path: base, raw: '{"broken": ' },
        { method: 'post', path: base, raw: JSON.stringify(valid).replace(/}$/, ',"n":1e999}') },
        { method: 'patch', path: `${base}/${existing.id}`, body: { ...spec.change } },
        { method: 'patch', path: `${base}/${existing.id}`, body: { version: 'x', ...spec.change } },
        { method: 'patch', path: `${base}/${existing.id}`, body: { version: -1, ...spec.change } },
        {
          method: 'patch',
          path: `${base}/${existing.id}`,
          body: { version: existing.version + 1, ...spec.change },
        },
        {
          method: 'patch',
          path: `${base}/${existing.id}`,
          body: { version: existing.version, createdAt: 'x' },
        },
        { method: 'patch', path: `${base}/not-a-uuid`, body: { version: 1, ...spec.change } },
        { method: 'patch', path: `${base}/${randomUUID()}`, body: { version: 1, ...spec.change } },
        { method: 'delete', path: `${base}/${existing.id}?version=abc` },
        { method: 'delete', path: `${base}/${existing.id}?version=-1` },
        { method: 'delete', path: `${base}/${existing.id}` },
        { method: 'delete', path: `${base}/${existing.id}?version=${existing.version + 5}` },
        { method: 'delete', path: `${base}/${existing.id}?version=1&version=2` },
        { method: 'delete', path: `${base}/${encodeURIComponent(SQL[0])}?version=1` },
        { method: 'post', path: `${base}/${existing.id}/revisions/abc/restore`, body: { version: 1 } },
        { method: 'post', path: `${base}/${existing.id}/revisions/1/restore`, body: { version: 'one' } },
        { method: 'post', path: `${base}/${existing.id}/revisions/999999999/restore`, body: { version: 1 } },
      );
    }
    expect(attempts.length).toBeGreaterThanOrEqual(1000);
    const started = Date.now();
    const before = await fingerprint(testApp.databaseUrl);
    const results = await inBatches(
      attempts.map((attempt) => async () => {
        let request = admin.agent[attempt.method](attempt.path).set(admin.csrf);
        if (attempt.raw !== undefined) {
          request = request.set('Content-Type', 'application/json').send(attempt.raw);
        } else if (attempt.body !== undefined) {
          request = request.send(attempt.body as object);
        }
        const response = await request;
        return { attempt, status: response.status, body: response.body };
      }),
      8,
    );
    const unexpected = results.filter((result) => result.status < 400 || result.status >= 500);
    expect(
      unexpected.map((result) => ({
        status: result.status,
        method: result.attempt.method,
        path: result.attempt.path,
        body: JSON.stringify(result.attempt.body ?? result.attempt.raw).slice(0, 200),
        answer: JSON.stringify(result.body).slice(0, 120),
      })),
    ).toEqual([]);
    for (const result of results.filter((item) => item.status === 400)) {
      expect(result.body).toMatchObject({
        statusCode: 400,
        error: expect.any(String),
        message: expect.any(String),
      });
    }
    expect(await fingerprint(testApp.databaseUrl)).toEqual(before);
    process.stdout.write(`${attempts.length} malformed writes in ${Date.now() - started} ms\n`);
  }, 300_000);
});
