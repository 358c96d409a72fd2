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

  /**
   * As many school listings as IPEDS gives the catalogue (about 4,000), each with a program for one of
   * the catalogue's occupations, written straight into the working copy.
   */
  const addSchools = async (count: number) => {
    await db.query(
      `INSERT INTO schools (version, slug, name, city, state, zip, latitude, longitude, ipeds_unit_id)
       SELECT 1, 'storage-school-' || n, 'Storage Test School ' || n, 'Dallas', 'TX', '75201', 32.78, -96.8, 900000 + n
       FROM generate_series(1, $1::int) AS n`,
      [count],
    );
    await db.query(
      `WITH occupation AS (
         SELECT id, row_number() OVER (ORDER BY slug) - 1 AS i, count(*) OVER () AS total FROM occupations
       )
       INSERT INTO programs (version, school_id, occupation_id, name, delivery, credential_level, completions)
       SELECT 1, school.id, occupation.id, 'Program ' || school.ipeds_unit_id, 'campus', 'certificate', school.ipeds_unit_id % 50
       FROM schools school JOIN occupation ON occupation.i = school.ipeds_unit_id % occupation.total
       WHERE school.slug LIKE 'storage-school-%'`,
    );
  };

  it('stores only the changed records of a publication that changes one figure, however many schools are listed, and reads every publication back whole', async () => {
    const first = await detail(1);
    expect(first.counts.occupations).toBeGreaterThan(50);
    // What one more full copy of the snapshot occupies once stored (compressed as PostgreSQL stores it):
    // storing a copy per publication would not meet the bound this test holds publishing to.
    await db.query(`CREATE TEMPORARY TABLE full_copy (snapshot jsonb)`);
    await db.query(`INSERT INTO full_copy VALUES ($1::jsonb)`, [JSON.stringify(first.snapshot)]);
    const [{ stored }] = await db.query(`SELECT pg_column_size(snapshot) AS stored FROM full_copy`);
    await db.query(`DROP TABLE full_copy`);
    expect(Number(stored)).toBeGreaterThan(100_000);

    await addSchools(4000);
    const withSchools = await publish('Every school');
    expect((await detail(withSchools.number)).counts.schools).toBe(first.counts.schools + 4000);
    const [{ occupationRecords }] = await db.query(
      `SELECT count(*)::int AS "occupationRecords" FROM publication_records WHERE collection = 'occupations'`,
    );

    await changeOneFigure();
    const before = await storage();
    const second = await publish('One wage figure');
    const added = (await storage()) - before;
    expect(added).toBeLessThan(100_000);
    const [{ records }] = await db.query(
      `SELECT count(*)::int AS records FROM publication_records WHERE collection = 'occupations'`,
    );
    expect(records).toBe(occupationRecords + 1);
    // Hashed here as the migrations hash in SQL, so records they stored are shared with new ones.
    const [{ mismatched }] = await db.query(
      `SELECT count(*)::int AS mismatched FROM publication_records
       WHERE hash <> encode(sha256(convert_to(collection || ':' || body::text, 'UTF8')), 'hex')`,
    );
    expect(mismatched).toBe(0);

    const changed = await diff(withSchools.number, second.number);
    expect(changed.summary).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(changed.changes).toEqual([
      expect.objectContaining({ collection: 'occupations', key: 'registered-nurses', change: 'changed' }),
    ]);

    const nurses = (snapshot: PublicationDetail['snapshot']) =>
      snapshot.occupations.find((occupation) => occupation.slug === 'registered-nurses');
    const withSchoolsDetail = await detail(withSchools.number);
    const secondDetail = await detail(second.number);
    expect(secondDetail.snapshot.occupations.map((occupation) => occupation.slug)).toEqual(
      first.snapshot.occupations.map((occupation) => occupation.slug),
    );
    expect(secondDetail.snapshot.schools).toEqual(withSchoolsDetail.snapshot.schools);
    expect(nurses(secondDetail.snapshot)).not.toEqual(nurses(withSchoolsDetail.snapshot));

    // Rolling back stores nothing but a manifest, and gives back publication 1 exactly (an admin
    // restores the schools too).
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
    expect((await diff(second.number, restored.number)).summary).toMatchObject({ added: 0, removed: 4000 });
  }, 300_000);

  it('reassembles whole snapshots when the migrations are reverted, and shares records and chunks again when they are re-run', async () => {
    const manifests = await db.query(`SELECT number, manifest FROM publications ORDER BY number`);
    const snapshots = await Promise.all(manifests.map(({ number }: { number: number }) => detail(number)));
    const migration = (name: string) => {
      const found = MIGRATIONS.find((candidate) => candidate.name === name);
      if (!found) throw new Error(`The migration ${name} is not listed`);
      return new (
        found as new () => {
          up(runner: unknown): Promise<void>;
          down(runner: unknown): Promise<void>;
        }
      )();
    };
    const records = migration('StorePublicationRecordsOnce1796190000000');
    const chunks = migration('ChunkPublicationManifests1796500000000');
    const runner = db.createQueryRunner();
    try {
      await chunks.down(runner);
      await records.down(runner);
      const rows = await runner.query(`SELECT number, snapshot FROM publications ORDER BY number`);
      expect(rows.map((row: { snapshot: unknown }) => row.snapshot)).toEqual(
        snapshots.map((publication) => publication.snapshot),
      );
      await records.up(runner);
      await chunks.up(runner);
      expect(await runner.query(`SELECT number, manifest FROM publications ORDER BY number`)).toEqual(
        manifests,
      );
    } finally {
      await runner.release();
    }
    expect((await diff(2, 3)).summary).toEqual({ added: 0, removed: 0, changed: 1 });
  }, 300_000);
});
