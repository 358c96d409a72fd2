import { DataSource } from 'typeorm';
import type { PublicationDetail, PublicationDiff, PublicationSummary } from '@careerscope/shared';
import { MIGRATIONS } from '@careerscope/migrations';
import { signedInAgent, startTestApp, TestApp } from './support/test-app';

/** What publications occupy on disk: their rows and the records they share, with indexes and TOAST. */
const STORAGE = `SELECT pg_total_relation_size('publications') + pg_total_relation_size('publication_records') AS bytes`;

describe('publication storage at catalogue scale', () => {
  let testApp: TestApp;
  let db: DataSource;
  let admin: Awaited<ReturnType<typeof signedInAgent>>;

  const publish = async (note: string): Promise<PublicationSummary> =>
    (await admin.agent.post('/api/publications').set(admin.csrf).send({ note }).expect(201)).body;
  const detail = async (number: number): Promise<PublicationDetail> =>
    (await admin.agent.get(`/api/publications/${number}`).expect(200)).body;
  const diff = async (from: number, to: number): Promise<PublicationDiff> =>
    (await admin.agent.get(`/api/publications/${from}/diff/${to}`).expect(200)).body;
  const storage = async () => Number((await db.query(STORAGE))[0].bytes);

  /** One figure of the working copy: the newest national median wage of registered nurses. */
  const changeOneFigure = () =>
    db.query(
      `UPDATE wage_statistics SET median_annual = median_annual + 1
       WHERE id = (SELECT id FROM wage_statistics WHERE soc_code = '29-1141' AND area_type = 'national'
                   ORDER BY period_year DESC LIMIT 1)`,
    );

  beforeAll(async () => {
    // The whole catalogue from reference-data/, with every school IPEDS lists for its careers,
    // published as publication 1 by the seed.
    testApp = await startTestApp({ SEED_CATALOGUE: 'true', SEED_SCHOOLS: 'false' });
    db = testApp.app.get(DataSource);
    admin = await signedInAgent(testApp);
  }, 600_000);

  afterAll(() => testApp?.close());

  it('stores only the changed records of a publication that changes one figure, and reads every publication back whole', async () => {
    const first = await detail(1);
    expect(first.counts.occupations).toBeGreaterThan(50);
    // What one more full copy of the snapshot occupies once stored (compressed as PostgreSQL stores it):
    // storing a copy per publication would not meet the bound this test holds publishing to.
    await db.query(`CREATE TEMPORARY TABLE full_copy (snapshot jsonb)`);
    await db.query(`INSERT INTO full_copy VALUES ($1::jsonb)`, [JSON.stringify(first.snapshot)]);
    const [{ stored }] = await db.query(`SELECT pg_column_size(snapshot) AS stored FROM full_copy`);
    await db.query(`DROP TABLE full_copy`);
    expect(Number(stored)).toBeGreaterThan(100_000);

    await changeOneFigure();
    const before = await storage();
    const second = await publish('One wage figure');
    const added = (await storage()) - before;
    expect(added).toBeLessThan(100_000);
    const [{ records }] = await db.query(
      `SELECT count(*)::int AS records FROM publication_records WHERE collection = 'occupations'`,
    );
    expect(records).toBe(first.counts.occupations + 1);

    const changed = await diff(1, second.number);
    expect(changed.summary).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(changed.changes).toEqual([
      expect.objectContaining({ collection: 'occupations', key: 'registered-nurses', change: 'changed' }),
    ]);

    const nurses = (snapshot: PublicationDetail['snapshot']) =>
      snapshot.occupations.find((occupation) => occupation.slug === 'registered-nurses');
    const secondDetail = await detail(second.number);
    expect(secondDetail.snapshot.occupations.map((occupation) => occupation.slug)).toEqual(
      first.snapshot.occupations.map((occupation) => occupation.slug),
    );
    expect(nurses(secondDetail.snapshot)).not.toEqual(nurses(first.snapshot));

    // Rolling back stores nothing but a manifest, and gives back publication 1 exactly.
    const beforeRollback = await storage();
    const restored = (
      await admin.agent
        .post('/api/publications/1/restore')
        .set(admin.csrf)
        .send({ note: 'Back to the seed' })
        .expect(201)
    ).body as PublicationSummary;
    expect((await storage()) - beforeRollback).toBeLessThan(100_000);
    expect((await detail(restored.number)).snapshot).toEqual(first.snapshot);
    expect((await diff(1, restored.number)).summary).toEqual({ added: 0, removed: 0, changed: 0 });
    expect((await diff(second.number, restored.number)).summary).toEqual({
      added: 0,
      removed: 0,
      changed: 1,
    });
  }, 120_000);

  it('reassembles whole snapshots when the migration is reverted, and shares records again when it is re-run', async () => {
    const manifests = await db.query(`SELECT number, manifest FROM publications ORDER BY number`);
    const snapshots = await Promise.all(manifests.map(({ number }: { number: number }) => detail(number)));
    const migration = MIGRATIONS.find(
      (candidate) => candidate.name === 'StorePublicationRecordsOnce1796190000000',
    );
    if (!migration) throw new Error('The migration that shares publication records is not listed');
    const instance = new (
      migration as new () => {
        up(runner: unknown): Promise<void>;
        down(runner: unknown): Promise<void>;
      }
    )();
    const runner = db.createQueryRunner();
    try {
      await instance.down(runner);
      const rows = await runner.query(`SELECT number, snapshot FROM publications ORDER BY number`);
      expect(rows.map((row: { snapshot: unknown }) => row.snapshot)).toEqual(
        snapshots.map((publication) => publication.snapshot),
      );
      await instance.up(runner);
      expect(await runner.query(`SELECT number, manifest FROM publications ORDER BY number`)).toEqual(
        manifests,
      );
    } finally {
      await runner.release();
    }
    expect((await diff(1, 2)).summary).toEqual({ added: 0, removed: 0, changed: 1 });
  }, 120_000);
});
