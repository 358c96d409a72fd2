import { Client as PgClient } from 'pg';
import request from 'supertest';
import type {
  PublicSchoolFiltersView,
  PublicSchoolResponse,
  PublicSchoolsResponse,
  SchoolListItemView,
} from '@careerscope/shared';
import { Client, clients } from './support/editorial-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CMA = 'certified-medical-assistant';

/**
 * Schools around Dallas (ZIP 75201's centroid is downtown Dallas), one in Houston, one online in
 * California, and one in Arlington that IPEDS reports closed.
 */
const SCHOOLS = [
  { slug: 'dallas-health-college', city: 'Dallas', zip: '75204', lat: 32.8029, lon: -96.7887, tuition: 9000 },
  {
    slug: 'fort-worth-medical-institute',
    city: 'Fort Worth',
    zip: '76102',
    lat: 32.7555,
    lon: -97.3308,
    tuition: 14000,
  },
  { slug: 'denton-career-school', city: 'Denton', zip: '76201', lat: 33.2148, lon: -97.1331, tuition: 4000 },
  // No coordinates of its own: it is placed at its ZIP code's centroid (Irving).
  { slug: 'irving-allied-health', city: 'Irving', zip: '75061', lat: null, lon: null, tuition: null },
  {
    slug: 'houston-clinical-academy',
    city: 'Houston',
    zip: '77002',
    lat: 29.7565,
    lon: -95.3651,
    tuition: 6000,
  },
  {
    slug: 'pacific-online-college',
    city: 'San Diego',
    zip: '92101',
    lat: 32.7157,
    lon: -117.1611,
    tuition: 7000,
  },
  {
    slug: 'arlington-closed-institute',
    city: 'Arlington',
    zip: '76010',
    lat: 32.7357,
    lon: -97.1081,
    tuition: 3000,
  },
] as const;

const CLOSED = 'arlington-closed-institute';
/**
 * Closed too, and alone in its state (Oklahoma), with the only program of its career, the only
 * hybrid one and the only bachelor's degree: none of these lists a school unless closed ones are asked for.
 */
const CLOSED_ALONE = { slug: 'tulsa-nursing-academy', state: 'OK', occupation: 'test-closed-school-career' };
/** Its program is no longer in the newest completions file (2024: the 2023–24 awards). */
const VANISHED = 'houston-clinical-academy';

describe('GET /api/public/schools: search near a ZIP code, filters, cost and payback', () => {
  let testApp: TestApp;
  let admin: Client;

  const search = async (query: Record<string, string | number>): Promise<PublicSchoolsResponse> =>
    (await request(testApp.server).get('/api/public/schools').query(query).expect(200)).body;
  const slugs = (items: SchoolListItemView[]) => items.map((item) => item.slug);

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ admin } = await clients(testApp));
    const occupation = (
      await admin.agent.get('/api/occupations').query({ q: 'Certified Medical' }).expect(200)
    ).body.items[0];
    const source = (await admin.agent.get('/api/sources').query({ pageSize: 1 }).expect(200)).body.items[0];
    const accreditor = (await admin.agent.get('/api/accreditation-bodies').query({ pageSize: 1 }).expect(200))
      .body.items[0];

    const db = new PgClient({ connectionString: testApp.databaseUrl });
    await db.connect();
    try {
      for (const [index, school] of SCHOOLS.entries()) {
        const created = await admin.agent
          .post('/api/schools')
          .set(admin.csrf)
          .send({
            slug: school.slug,
            name: school.slug
              .split('-')
              .map((word) => word[0].toUpperCase() + word.slice(1))
              .join(' '),
            city: school.city,
            state: school.slug === 'pacific-online-college' ? 'CA' : 'TX',
            website: null,
            ipedsUnitId: null,
            sourceId: null,
            zip: school.zip,
            latitude: school.lat,
            longitude: school.lon,
          })
          .expect(201);
        const online = school.slug === 'pacific-online-college';
        const program = await admin.agent
          .post('/api/programs')
          .set(admin.csrf)
          .send({
            schoolId: created.body.id,
            occupationId: occupation.id,
            name: 'Medical Assisting',
            credentialLevel: index % 2 === 0 ? 'certificate' : 'associate',
            delivery: online ? 'online' : 'campus',
            minMonths: index % 2 === 0 ? 9 : null,
            maxMonths: index % 2 === 0 ? 12 : null,
            accreditationBodyId: school.slug === 'denton-career-school' ? accreditor.id : null,
            url: null,
            cipCode: '51.0801',
            awardLevel: index % 2 === 0 ? 21 : 3,
          })
          .expect(201);
        // IPEDS-only figures: what the importers write.
        await db.query(
          `UPDATE programs SET completions = $2, completions_year = 2023, completions_source_id = $3 WHERE id = $1`,
          [program.body.id, 10 * (index + 1), source.id],
        );
        if (school.tuition !== null) {
          await db.query(
            `UPDATE schools SET tuition_in_state = $2, tuition_out_of_state = $3, books_and_supplies = 1200,
               prices_year = 2022, prices_source_id = $4 WHERE id = $1`,
            [created.body.id, school.tuition, school.tuition * 2, source.id],
          );
        }
        if (school.slug === CLOSED) {
          await db.query(`UPDATE schools SET closed_on = '2023-06-30' WHERE id = $1`, [created.body.id]);
        }
        if (school.slug === VANISHED) {
          await db.query(`UPDATE programs SET vanished_in = 2024 WHERE id = $1`, [program.body.id]);
        }
      }

      const career = await admin.agent
        .post('/api/occupations')
        .set(admin.csrf)
        .send({
          slug: CLOSED_ALONE.occupation,
          title: 'Closed School Career',
          shortTitle: 'Closed School Career',
          socCode: '31-9092',
          socTitle: 'Medical Assistants',
          summaryMarkdown: 'Taught only at a school that has closed.',
          skills: ['Listening'],
          skillsSourceId: source.id,
        })
        .expect(201);
      const tulsa = await admin.agent
        .post('/api/schools')
        .set(admin.csrf)
        .send({
          slug: CLOSED_ALONE.slug,
          name: 'Tulsa Nursing Academy',
          city: 'Tulsa',
          state: CLOSED_ALONE.state,
          website: null,
          ipedsUnitId: null,
          sourceId: null,
          zip: '74103',
          latitude: 36.154,
          longitude: -95.993,
        })
        .expect(201);
      await admin.agent
        .post('/api/programs')
        .set(admin.csrf)
        .send({
          schoolId: tulsa.body.id,
          occupationId: career.body.id,
          name: 'Clinical Practice',
          credentialLevel: 'bachelor',
          delivery: 'hybrid',
          minMonths: 48,
          maxMonths: 48,
          accreditationBodyId: null,
          url: null,
          cipCode: '51.0801',
          awardLevel: 5,
        })
        .expect(201);
      await db.query(`UPDATE schools SET closed_on = '2022-12-31' WHERE id = $1`, [tulsa.body.id]);
    } finally {
      await db.end();
    }
    await admin.agent.post('/api/publications').set(admin.csrf).send({ note: 'Texas schools' }).expect(201);
  }, 90_000);

  afterAll(() => testApp.close());

  it('lists the schools within a radius of a ZIP code nearest first, with their distances and yearly costs', async () => {
    const found = await search({ occupation: CMA, zip: '75201', radius: 50, sort: 'distance' });
    expect(slugs(found.items)).toEqual([
      'dallas-health-college',
      'irving-allied-health',
      'fort-worth-medical-institute',
      'denton-career-school',
    ]);
    expect(found.total).toBe(4);
    expect(found.origin).toEqual({ zip: '75201', place: 'Dallas, TX', state: 'TX' });
    const distances = found.items.map((item) => item.distanceMiles as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeLessThan(5);
    expect(distances[3]).toBeGreaterThan(25);
    expect(distances[3]).toBeLessThan(40);
    expect(distances[1]).toBeCloseTo(9.6, 0);
    // An in-state visitor pays the in-state tuition plus books and supplies.
    expect(found.items[0].cost).toEqual(
      expect.objectContaining({ tuition: 9000, residency: 'in-state', total: 10_200, year: 2022 }),
    );
    expect(found.items[1].cost).toBeNull();
    expect(found.items[0].awards).toBe(10);

    // Without a radius every school is listed, Houston among them, still nearest first.
    const everywhere = await search({ occupation: CMA, zip: '75201' });
    expect(slugs(everywhere.items).slice(0, 5)).toContain('houston-clinical-academy');
    expect(everywhere.items.find((item) => item.slug === 'pacific-online-college')?.cost?.residency).toBe(
      'out-of-state',
    );
  });

  it('combines the filters and sorts by cost or awards', async () => {
    const near = { occupation: CMA, zip: '75201', radius: 50 };
    expect(slugs((await search({ ...near, credential: 'certificate' })).items)).toEqual([
      'dallas-health-college',
      'denton-career-school',
    ]);
    expect(slugs((await search({ ...near, maxCost: 11_000 })).items)).toEqual([
      'dallas-health-college',
      'denton-career-school',
    ]);
    expect(
      slugs((await search({ ...near, maxCost: 11_000, credential: 'certificate', sort: 'cost' })).items),
    ).toEqual(['denton-career-school', 'dallas-health-college']);
    expect(slugs((await search({ ...near, sort: 'awards' })).items)).toEqual([
      'irving-allied-health',
      'denton-career-school',
      'fort-worth-medical-institute',
      'dallas-health-college',
    ]);
    const accreditor = (await search({ ...near })).items.find((item) => item.slug === 'denton-career-school')!
      .programs[0].accreditationBodySlug as string;
    expect(slugs((await search({ ...near, accreditation: accreditor })).items)).toEqual([
      'denton-career-school',
    ]);
    const byCost = await search({ state: 'TX', occupation: CMA, sort: 'cost' });
    expect(byCost.items.map((item) => item.cost?.total ?? null)).toEqual([5200, 7200, 10_200, 15_200, null]);
    // Online delivery reaches past the radius: online programs are open to every state, and say so.
    const online = await search({ ...near, delivery: 'online' });
    expect(online.items[0].slug).toBe('pacific-online-college');
    expect(online.items[0].distanceMiles).toBeGreaterThan(1000);
    expect(online.items.every((item) => item.onlineElsewhere)).toBe(true);
    expect(online.items.flatMap((item) => item.programs.map((program) => program.delivery))).not.toContain(
      'campus',
    );
    // Without online delivery asked for, the radius holds.
    expect(slugs((await search({ ...near })).items)).not.toContain('pacific-online-college');
    // Paged on the server.
    const page2 = await search({ ...near, pageSize: 3, page: 2 });
    expect(page2.total).toBe(4);
    expect(slugs(page2.items)).toEqual(['denton-career-school']);
  });

  it('leaves closed schools out unless asked for, then lists them last with their closing date', async () => {
    const near = { occupation: CMA, zip: '75201', radius: 50 };
    expect(slugs((await search(near)).items)).not.toContain(CLOSED);
    expect(slugs((await search({ q: 'closed institute' })).items)).toEqual([]);

    const withClosed = await search({ ...near, includeClosed: 'true' });
    expect(withClosed.total).toBe(5);
    // Arlington is nearer Dallas than Denton, yet it comes last: it is closed.
    expect(slugs(withClosed.items).at(-1)).toBe(CLOSED);
    expect(withClosed.items.at(-1)!.closedOn).toBe('2023-06-30');
    expect(withClosed.items.slice(0, -1).every((item) => item.closedOn === null)).toBe(true);
    const byCost = await search({ ...near, includeClosed: '1', sort: 'cost' });
    expect(slugs(byCost.items).at(-1)).toBe(CLOSED);
    expect(slugs((await search({ ...near, includeClosed: 'false' })).items)).not.toContain(CLOSED);

    // Its own page still answers, with the mark's date.
    const page: PublicSchoolResponse = (
      await request(testApp.server).get(`/api/public/schools/${CLOSED}`).expect(200)
    ).body;
    expect(page.closedOn).toBe('2023-06-30');

    // The career's page names and counts open schools only.
    const career = (await request(testApp.server).get(`/api/public/occupations/${CMA}`).expect(200)).body;
    expect(career.schools.map((school: { slug: string }) => school.slug)).not.toContain(CLOSED);
    expect(career.schoolCount).toBe((await search({ occupation: CMA })).total);
  });

  it('offers only filter values that list a school: none of closed schools unless they are asked for', async () => {
    const filters = async (query: Record<string, string> = {}): Promise<PublicSchoolFiltersView> =>
      (await request(testApp.server).get('/api/public/school-filters').query(query).expect(200)).body;
    const values = (options: Array<{ value: string }>) => options.map((option) => option.value);

    const open = await filters();
    expect(values(open.states)).toEqual(expect.arrayContaining(['TX', 'CA']));
    expect(values(open.states)).not.toContain(CLOSED_ALONE.state);
    expect(values(open.occupations)).toContain(CMA);
    expect(values(open.occupations)).not.toContain(CLOSED_ALONE.occupation);
    expect(values(open.deliveryModes)).not.toContain('hybrid');
    expect(values(open.credentialLevels)).not.toContain('bachelor');
    // Every value offered, chosen on its own, lists at least one school.
    const chosen = [
      ...values(open.states).map((state) => ({ state })),
      ...values(open.occupations).map((occupation) => ({ occupation })),
      ...values(open.deliveryModes).map((delivery) => ({ delivery })),
      ...values(open.credentialLevels).map((credential) => ({ credential })),
      ...values(open.accreditationBodies).map((accreditation) => ({ accreditation })),
    ];
    const listingNone: Array<Record<string, string>> = [];
    for (const query of chosen) if ((await search(query)).total === 0) listingNone.push(query);
    expect(listingNone).toEqual([]);

    // With closed schools asked for, the directory lists them, so their values are offered too.
    const all = await filters({ includeClosed: '1' });
    expect(values(all.states)).toContain(CLOSED_ALONE.state);
    expect(values(all.occupations)).toContain(CLOSED_ALONE.occupation);
    expect(values(all.deliveryModes)).toContain('hybrid');
    expect(values(all.credentialLevels)).toContain('bachelor');
    const tulsa = await search({ state: CLOSED_ALONE.state, includeClosed: '1' });
    expect(slugs(tulsa.items)).toEqual([CLOSED_ALONE.slug]);
    expect(values((await filters({ includeClosed: 'false' })).states)).toEqual(values(open.states));
    const refused = await request(testApp.server)
      .get('/api/public/school-filters')
      .query({ includeClosed: 'maybe' })
      .expect(400);
    expect(refused.body.fields).toEqual([
      { field: 'includeClosed', message: 'includeClosed must be 1 or 0' },
    ]);
  });

  it('marks a program the newest completions file no longer reports, and counts no awards for it', async () => {
    const houston = (await search({ occupation: CMA, state: 'TX', q: 'houston' })).items;
    expect(slugs(houston)).toEqual([VANISHED]);
    expect(houston[0].programs[0].vanishedIn).toBe(2024);
    expect(houston[0].awards).toBeNull();
    expect(houston[0].awardsYear).toBeNull();
    const dallas = (await search({ occupation: CMA, q: 'dallas' })).items[0];
    expect(dallas.programs[0].vanishedIn).toBeNull();
    expect(dallas.awards).toBe(10);
    const page: PublicSchoolResponse = (
      await request(testApp.server).get(`/api/public/schools/${VANISHED}`).expect(200)
    ).body;
    expect(page.closedOn).toBeNull();
    expect(page.programs[0].vanishedIn).toBe(2024);
  });

  it('refuses a malformed or unknown ZIP code and a radius without one, naming the field', async () => {
    const refused = async (query: Record<string, string | number>, field: string) => {
      const response = await request(testApp.server).get('/api/public/schools').query(query).expect(400);
      const fields = response.body.fields as Array<{ field: string; message: string }>;
      expect(new Set(fields.map((error) => error.field))).toEqual(new Set([field]));
      return response.body;
    };
    expect((await refused({ zip: '7520' }, 'zip')).fields[0].message).toContain('five-digit');
    expect((await refused({ zip: '00000' }, 'zip')).fields).toEqual([
      { field: 'zip', message: '00000 is not a U.S. ZIP code we can locate' },
    ]);
    await refused({ zip: '75201', radius: 0 }, 'radius');
    await refused({ zip: '75201', radius: 'far' }, 'radius');
    await refused({ zip: '75201', radius: 10_000 }, 'radius');
    await refused({ radius: 50 }, 'radius');
    await refused({ sort: 'distance' }, 'sort');
    await refused({ sort: 'cheapest' }, 'sort');
    await refused({ maxCost: -5 }, 'maxCost');
    await refused({ includeClosed: 'maybe' }, 'includeClosed');
  });

  it("states a program's total cost and payback with every input's source", async () => {
    const school: PublicSchoolResponse = (
      await request(testApp.server)
        .get('/api/public/schools/dallas-health-college')
        .query({ zip: '75201' })
        .expect(200)
    ).body;
    expect(school.distanceMiles).toBeLessThan(5);
    const [payback] = school.paybacks;
    // 12 months (the upper end of 9–12) × (9,000 + 1,200) ÷ 12.
    expect(payback).toEqual(
      expect.objectContaining({ months: 12, monthsBasis: 'program', totalCost: 10_200 }),
    );
    expect(payback.pay).not.toBeNull();
    const pay = payback.pay!;
    expect(payback.paybackYears).toBeCloseTo(10_200 / (pay.median * 0.1), 1);
    const cited = school.sources.map((source) => source.id);
    expect(cited).toEqual(expect.arrayContaining([payback.yearly!.sourceId, pay.sourceId]));

    // The award level's typical length when the program states none; out-of-state tuition from another state.
    const fortWorth: PublicSchoolResponse = (
      await request(testApp.server)
        .get('/api/public/schools/fort-worth-medical-institute')
        .query({ zip: '10001' })
        .expect(200)
    ).body;
    expect(fortWorth.paybacks[0]).toEqual(
      expect.objectContaining({ months: 24, monthsBasis: 'award-level', totalCost: (28_000 + 1200) * 2 }),
    );
    await request(testApp.server)
      .get('/api/public/schools/dallas-health-college')
      .query({ zip: '00000' })
      .expect(400);
  });

  it("lists a school's programs by name, then from the shortest credential to the longest, whatever order they were saved in", async () => {
    const dallas = (await admin.agent.get('/api/schools').query({ q: 'Dallas Health' }).expect(200)).body
      .items[0];
    const [assisting] = (await admin.agent.get('/api/programs').query({ schoolId: dallas.id }).expect(200))
      .body.items;
    for (const [credentialLevel, awardLevel] of [
      ['associate', 3],
      ['certificate', 20],
    ] as const) {
      await admin.agent
        .post('/api/programs')
        .set(admin.csrf)
        .send({
          schoolId: dallas.id,
          occupationId: assisting.occupationId,
          name: 'Medical Assisting',
          credentialLevel,
          delivery: 'campus',
          minMonths: null,
          maxMonths: null,
          accreditationBodyId: null,
          url: null,
          cipCode: '51.0801',
          awardLevel,
        })
        .expect(201);
    }
    await admin.agent.post('/api/publications').set(admin.csrf).send({ note: 'More levels' }).expect(201);
    const school: PublicSchoolResponse = (
      await request(testApp.server).get('/api/public/schools/dallas-health-college').expect(200)
    ).body;
    expect(school.programs.map((program) => program.awardLevel)).toEqual([20, 21, 3]);
  });
});
