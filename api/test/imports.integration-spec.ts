import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource, type MigrationInterface } from 'typeorm';
import { MIGRATIONS } from '@careerscope/migrations';
import type {
  ApiErrorBody,
  ImportSummary,
  ImportView,
  Page,
  PublicOccupationResponse,
} from '@careerscope/shared';
import { REFERENCE_DATA_DIR } from '../src/imports/parsing/reference-data';
import { Client, createEditor, EDITOR, limitCatalogueScope } from './support/editorial-fixtures';
import { browserAgent, signedInAgent, startTestApp, TestApp } from './support/test-app';

const bls = (name: string) => readFileSync(join(REFERENCE_DATA_DIR, 'bls', name));

async function upload(client: Client, file: Buffer, name: string, expected = 201): Promise<ImportView> {
  const response = await client.agent
    .post('/api/imports')
    .set(client.csrf)
    .attach('file', file, name)
    .expect(expected);
  return response.body;
}

async function refusedUpload(client: Client, file: Buffer, name: string): Promise<ApiErrorBody> {
  const response = await client.agent
    .post('/api/imports')
    .set(client.csrf)
    .attach('file', file, name)
    .expect(400);
  return response.body;
}

async function decide(client: Client, view: ImportView, decision: 'apply' | 'discard', expected = 200) {
  const response = await client.agent
    .post(`/api/imports/${view.id}/${decision}`)
    .set(client.csrf)
    .send({ version: view.version })
    .expect(expected);
  return response.body;
}

async function wagesFor(client: Client, periodYear: number) {
  const response = await client.agent
    .get('/api/wage-statistics')
    .query({ periodYear, pageSize: 100 })
    .expect(200);
  return response.body.items as Array<{ socCode: string; version: number; medianAnnual: number | null }>;
}

describe('importing BLS releases', () => {
  let testApp: TestApp;
  let editor: Client;

  beforeAll(async () => {
    testApp = await startTestApp();
    await createEditor(testApp.app);
    editor = await signedInAgent(testApp, EDITOR);
    // The yearly update of the occupations already held; the catalogue's new occupations have their own spec.
    await limitCatalogueScope(await signedInAgent(testApp), { majorGroups: [], socCodes: [] });
  });

  afterAll(() => testApp.close());

  it('needs a signed-in editor', async () => {
    const anonymous = await browserAgent(testApp);
    await anonymous.agent
      .post('/api/imports')
      .set(anonymous.csrf)
      .attach('file', Buffer.from('x'), 'a.csv')
      .expect(401);
  });

  it('finds nothing to change in the May 2024 release the seed already holds, and says so', async () => {
    const preview = await upload(editor, bls('national_M2024_dl.xlsx'), 'national_M2024_dl.xlsx');
    expect(preview).toMatchObject({ kind: 'oews', referencePeriod: 'May 2024', status: 'previewed' });
    expect(preview.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 2,
      unmatched: 0,
      suspicious: 0,
      newOccupations: 0,
    });
    expect(preview.sha256).toMatch(/^[0-9a-f]{64}$/);
    const applied = await decide(editor, preview, 'apply');
    expect(applied.status).toBe('applied');
    expect((await wagesFor(editor, 2024)).map((wage) => wage.version)).toEqual([1, 1]);
  });

  it('recognises the same file uploaded again', async () => {
    const again = await upload(editor, bls('national_M2024_dl.xlsx'), 'national_M2024_dl.xlsx');
    expect(again.alreadyAppliedImportId).not.toBeNull();
    expect(again.counts.unchanged).toBe(2);
    await decide(editor, again, 'discard');
  });

  it('adds May 2023 as history, and the portal keeps showing the latest year by default', async () => {
    const preview = await upload(editor, bls('national_M2023_dl.xlsx'), 'national_M2023_dl.xlsx');
    expect(preview.counts).toMatchObject({ new: 2, changed: 0, unchanged: 0 });
    const assistants = preview.rows.find((row) => row.socCode === '31-9092');
    expect(assistants?.figures.find((figure) => figure.field === 'medianAnnual')).toMatchObject({
      current: null,
      incoming: { value: 42000, flag: null },
    });
    await decide(editor, preview, 'apply');
    const stored = await wagesFor(editor, 2023);
    expect(stored.map((wage) => wage.socCode).sort()).toEqual(['29-2072', '31-9092']);

    await editor.agent
      .post('/api/publications')
      .set(editor.csrf)
      .send({ note: 'May 2023 history' })
      .expect(201);
    const occupation: PublicOccupationResponse = (
      await request(testApp.server).get('/api/public/occupations/certified-medical-assistant').expect(200)
    ).body;
    expect(occupation.wages.map((wage) => wage.referencePeriod)).toEqual(['May 2024', 'May 2023']);
    const source = occupation.sources.find((item) => item.id === occupation.wages[1].sourceId);
    expect(source).toMatchObject({ key: 'bls-oews-2023', referencePeriod: 'May 2023' });
    // The release's citation was created by the apply as any new source is: with its revision.
    const revisions = (await editor.agent.get(`/api/sources/${source!.id}/revisions`).expect(200)).body;
    expect(revisions.items).toEqual([expect.objectContaining({ action: 'create', version: 1 })]);
    const comparison = (
      await request(testApp.server).get('/api/public/comparisons/cma-vs-medical-coder').expect(200)
    ).body;
    const pay = comparison.rows.find((row: { key: string }) => row.key === 'pay');
    expect(pay.cells[0].figures[0]).toMatchObject({ label: 'Employed (May 2024)', display: '793,460' });
  });

  it('matches the projections workbook with the seed: 811,000 → 912,200', async () => {
    const preview = await upload(editor, bls('ep_occupation_2024-34.xlsx'), 'ep_occupation_2024-34.xlsx');
    expect(preview).toMatchObject({ kind: 'projections', referencePeriod: '2024–34' });
    expect(preview.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 2,
      unmatched: 0,
      suspicious: 0,
      newOccupations: 0,
    });
    await decide(editor, preview, 'discard');
  });

  it('refuses a file one row of which breaks a rule, naming the row, and stores nothing', async () => {
    const header = 'OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90';
    const csv = [
      header,
      '31-9092,Medical Assistants,detailed,"700,000","40,000","30,000","35,000","39,000","44,000","50,000"',
      // 25th percentile below the 10th: the database refuses it.
      '29-2072,Medical Records Specialists,detailed,"180,000","50,000","35,000","30,000","48,000","60,000","75,000"',
    ].join('\n');
    const before = (await editor.agent.get('/api/imports').expect(200)).body.total;
    const refused = await refusedUpload(editor, Buffer.from(csv), 'national_M2022_dl.csv');
    expect(refused.message).toBe(
      'national_M2022_dl.csv has figures that cannot be stored: Medical Records Specialists, U.S. (row 3): p25Annual must be at least p10Annual (35000)',
    );
    expect(await wagesFor(editor, 2022)).toEqual([]);
    expect((await editor.agent.get('/api/imports').expect(200)).body.total).toBe(before);
  });

  it('refuses a file that is not a BLS release, naming the problem, and stores nothing', async () => {
    const before = (await editor.agent.get('/api/imports').expect(200)).body.total;
    const response = await upload(
      editor,
      Buffer.from('name,city\nSanta Fe College,Gainesville\n'),
      'schools.csv',
      400,
    );
    expect(response).toMatchObject({ error: 'validation_failed' });
    expect(JSON.stringify(response)).toContain('schools.csv is not one of the files Careerscope imports');
    const broken = await refusedUpload(
      editor,
      Buffer.from('OCC_CODE,OCC_TITLE,TOT_EMP,A_MEAN,A_MEDIAN\n31-9092,Medical Assistants,lots,1,1\n'),
      'national_M2021_dl.csv',
    );
    expect(broken.message).toBe('Row 2, column TOT_EMP: "lots" is not a number or a BLS flag (*, **, #)');
    expect((await editor.agent.get('/api/imports').expect(200)).body.total).toBe(before);
  });

  it('refuses to apply an import twice or from a stale version', async () => {
    const preview = await upload(editor, bls('national_M2024_dl.xlsx'), 'national_M2024_dl.xlsx');
    await decide(editor, { ...preview, version: preview.version + 5 }, 'apply', 409);
    await decide(editor, preview, 'discard');
    const response = await decide(editor, { ...preview, version: preview.version + 1 }, 'apply', 409);
    expect(response.message).toContain('already discarded');
  });

  it("places a release from before a SOC revision by the occupation's code periods", async () => {
    const coder = (await editor.agent.get('/api/occupations').query({ q: 'Medical Coder' }).expect(200)).body
      .items[0];
    await editor.agent
      .post('/api/occupation-soc-codes')
      .set(editor.csrf)
      .send({
        occupationId: coder.id,
        socCode: '29-2098',
        fromYear: 2019,
        toYear: 2020,
        note: 'Part of 29-2098 between the 2018 SOC revision and 2021',
      })
      .expect(201);
    const csv = [
      'OCC_CODE,OCC_TITLE,OCC_GROUP,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90',
      '29-2098,"Medical Dosimetrists, Medical Records Specialists, and Health Technologists and Technicians, All Other",detailed,"244,380","48,360","29,000","34,000","44,090","58,000","72,000"',
    ].join('\n');
    const preview = await upload(editor, Buffer.from(csv), 'national_M2019_dl.csv');
    expect(preview.rows.map((row) => [row.occupationSlug, row.socCode, row.status])).toEqual([
      ['medical-coder', '29-2098', 'new'],
    ]);
    expect(preview.unmatched.map((item) => item.slug)).toEqual(['certified-medical-assistant']);
    await decide(editor, preview, 'apply');
    await editor.agent
      .post('/api/publications')
      .set(editor.csrf)
      .send({ note: 'May 2019 history' })
      .expect(201);
    const occupation: PublicOccupationResponse = (
      await request(testApp.server).get('/api/public/occupations/medical-coder').expect(200)
    ).body;
    expect(occupation.wages.map((wage) => `${wage.referencePeriod} ${wage.socCode}`)).toEqual([
      'May 2024 29-2072',
      'May 2023 29-2072',
      'May 2019 29-2098',
    ]);
  });

  it('tells what lags behind the newest release, and when the next ones are due', async () => {
    const before = (await editor.agent.get('/api/freshness').expect(200)).body;
    expect(before.newest).toEqual({
      oews: { periodYear: 2024, referencePeriod: 'May 2024' },
      projections: { baseYear: 2024, targetYear: 2034 },
    });
    expect(before.staleFigures).toEqual([]);
    expect(before.occupationsNotUpdated).toEqual([]);
    expect(before.calendar.map((release: { kind: string }) => release.kind)).toEqual(['oews', 'projections']);

    // A state figure from an older release is the latest of its series: it lags behind May 2024.
    const source = (await editor.agent.get('/api/sources').query({ q: 'bls-oews-2023' }).expect(200)).body
      .items[0];
    const state = await editor.agent
      .post('/api/wage-statistics')
      .set(editor.csrf)
      .send({
        socCode: '31-9092',
        socTitle: 'Medical Assistants',
        areaType: 'state',
        areaCode: 'WI',
        areaName: 'Wisconsin',
        referencePeriod: 'May 2023',
        periodYear: 2023,
        employment: 18000,
        meanAnnual: 44000,
        medianAnnual: 43000,
        sourceId: source.id,
      })
      .expect(201);
    const after = (await editor.agent.get('/api/freshness').expect(200)).body;
    expect(after.staleFigures).toEqual([
      {
        recordType: 'wageStatistic',
        id: state.body.id,
        socCode: '31-9092',
        areaCode: 'WI',
        referencePeriod: 'May 2023',
        newestPeriod: 'May 2024',
      },
    ]);
  });

  it('backfills from an old binary .xls workbook: the preview shows its older reference period', async () => {
    // The May 2023 release saved as BIFF8 (.xls), the format BLS published its workbooks in until 2016.
    const SheetJS = await import('@e965/xlsx');
    const workbook = SheetJS.read(bls('national_M2023_dl.xlsx'), { type: 'buffer' });
    const xls = Buffer.from(SheetJS.write(workbook, { type: 'buffer', bookType: 'xls' }) as Buffer);
    expect(xls.readUInt32BE(0)).toBe(0xd0cf11e0);
    const preview = await upload(editor, xls, 'national_M2023_dl.xls');
    expect(preview).toMatchObject({ kind: 'oews', referencePeriod: 'May 2023', periodYear: 2023 });
    expect(preview.warnings.join(' ')).toContain('older than the May 2024 figures already held');
    // May 2023 was applied from the .xlsx above: the same figures, read from the old format.
    expect(preview.counts).toMatchObject({ new: 0, changed: 0, unchanged: 2 });
    await decide(editor, preview, 'discard');
  });

  it('records applied imports in the audit log', async () => {
    const admin = await signedInAgent(testApp);
    const response = await admin.agent.get('/api/audit-events').query({ type: 'import.applied' }).expect(200);
    expect(response.body.total).toBe(3);
    expect(response.body.items[0].details).toMatchObject({ fileName: 'national_M2019_dl.csv', written: 1 });
    expect(response.body.items[1].details).toMatchObject({ fileName: 'national_M2023_dl.xlsx', written: 2 });
  });

  it('lists imports newest first as summaries, never reading a stored preview', async () => {
    const logQuery = jest.spyOn(testApp.app.get(DataSource).logger, 'logQuery');
    let list: Page<ImportSummary>;
    let queries: string[];
    try {
      list = (await editor.agent.get('/api/imports').query({ pageSize: 100 }).expect(200)).body;
      queries = logQuery.mock.calls.map(([sql]) => sql);
    } finally {
      logQuery.mockRestore();
    }
    expect(queries.some((sql) => /FROM "imports"/.test(sql))).toBe(true);
    // The preview column may be read only for its warnings and how many occupations it creates.
    const readsPreview = queries.filter((sql) => /"preview"(?!\s*->)/.test(sql));
    expect(readsPreview).toEqual([]);

    expect(list.total).toBeGreaterThanOrEqual(5);
    const times = list.items.map((item) => item.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    // Each summary is its import's preview without the rows, and the admin's history columns are all there.
    for (const item of list.items) {
      const {
        rows: _rows,
        rowsTotal: _rowsTotal,
        unmatched: _unmatched,
        newOccupations: _newOccupations,
        newOccupationsTotal: _newOccupationsTotal,
        ...summary
      }: ImportView = (await editor.agent.get(`/api/imports/${item.id}`).expect(200)).body;
      expect(item).toEqual(summary);
    }
    const xls = list.items.find((item) => item.fileName === 'national_M2023_dl.xls')!;
    expect(xls).toMatchObject({ kind: 'oews', referencePeriod: 'May 2023', status: 'discarded' });
    expect(xls.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 2,
      unmatched: 0,
      suspicious: 0,
      newOccupations: 0,
    });
    expect(xls.warnings.join(' ')).toContain('older than the May 2024 figures already held');
    expect(xls.createdBy?.name).toEqual(expect.any(String));
    // The May 2024 file was applied first, then uploaded again: the later uploads point to it.
    const may2024 = list.items.filter((item) => item.fileName === 'national_M2024_dl.xlsx');
    const applied = may2024.at(-1)!;
    expect(applied).toMatchObject({ status: 'applied', alreadyAppliedImportId: null });
    expect(applied.appliedAt).toEqual(expect.any(String));
    expect(may2024.length).toBeGreaterThan(1);
    for (const later of may2024.slice(0, -1)) expect(later.alreadyAppliedImportId).toBe(applied.id);
  });

  it('lists the same summaries after the warnings migration is reverted and run again', async () => {
    const list = async () =>
      (await editor.agent.get('/api/imports').query({ pageSize: 100 }).expect(200))
        .body as Page<ImportSummary>;
    const before = await list();
    expect(before.items.some((item) => item.warnings.length > 0)).toBe(true);
    const found = MIGRATIONS.find((candidate) => candidate.name === 'StoreImportWarnings1796800000000');
    if (!found) throw new Error('The migration StoreImportWarnings1796800000000 is not listed');
    const migration = new (found as new () => MigrationInterface)();
    // The migrations after it are reverted first, in the order a revert takes them.
    const later = MIGRATIONS.slice(MIGRATIONS.indexOf(found) + 1)
      .reverse()
      .map((candidate) => new (candidate as new () => MigrationInterface)());
    const runner = testApp.app.get(DataSource).createQueryRunner();
    try {
      for (const newer of later) await newer.down(runner);
      await migration.down(runner);
      // Reverted, the previews carry the warnings again, as the code before the migration reads them.
      const previews = await runner.query(`SELECT id, preview -> 'warnings' AS warnings FROM imports`);
      const warned = new Map(before.items.map((item) => [item.id, item.warnings]));
      expect(previews.map((row: { id: string; warnings: string[] }) => [row.id, row.warnings])).toEqual(
        previews.map((row: { id: string }) => [row.id, warned.get(row.id)]),
      );
      await migration.up(runner);
      for (const newer of [...later].reverse()) await newer.up(runner);
    } finally {
      await runner.release();
    }
    expect(await list()).toEqual(before);
  });
});
