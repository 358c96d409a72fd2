import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { ComparisonView, ContentBundle, PublicOccupationResponse } from '@careerscope/shared';
import { ContentBundleService } from '../src/content/content-bundle.service';
import { SEED_FILE, SeedService } from '../src/content/seed.service';
import { startTestApp, TestApp } from './support/test-app';

/** The cell of one row for one occupation, as the public API serves it. */
function cell(comparison: ComparisonView, rowKey: string, occupationSlug: string) {
  const row = comparison.rows.find((item) => item.key === rowKey);
  if (!row) throw new Error(`No row ${rowKey}`);
  const found = row.cells.find((item) => item.occupationSlug === occupationSlug);
  if (!found) throw new Error(`No cell for ${occupationSlug} in ${rowKey}`);
  return found;
}

function figures(comparison: ComparisonView, rowKey: string, occupationSlug: string): Record<string, string> {
  return Object.fromEntries(
    cell(comparison, rowKey, occupationSlug).figures.map((f) => [f.label, f.display]),
  );
}

function items(comparison: ComparisonView, rowKey: string, occupationSlug: string): string[] {
  return cell(comparison, rowKey, occupationSlug).items.map((item) =>
    item.detail ? `${item.text} (${item.detail})` : item.text,
  );
}

const CMA = 'certified-medical-assistant';
const CODER = 'medical-coder';

describe('the seed article, through the public API', () => {
  let testApp: TestApp;
  let comparison: ComparisonView;

  beforeAll(async () => {
    testApp = await startTestApp();
    const response = await request(testApp.server)
      .get('/api/public/comparisons/cma-vs-medical-coder')
      .expect(200);
    comparison = response.body;
  });

  afterAll(() => testApp.close());

  it('is published as publication 1', async () => {
    const response = await request(testApp.server).get('/api/public/publication').expect(200);
    expect(response.body).toMatchObject({ number: 1, preview: false });
    expect(comparison.publication.number).toBe(1);
  });

  it('has the title, author and occupations in column order', () => {
    expect(comparison.title).toBe('Certified Medical Assistant (CMA) vs. Medical Coder');
    expect(comparison.author).toMatchObject({ name: 'Farheen Gani', jobTitle: 'Writer' });
    expect(comparison.occupationSlugs).toEqual([CMA, CODER]);
  });

  it('has the article table rows in order', () => {
    expect(comparison.rows.map((row) => row.label)).toEqual([
      'Number practicing in the United States',
      'Expected job growth (2024–2034)',
      'Projected number of new positions available by 2034',
      'Pay',
      'Degree requirements',
      'Degrees available',
      'Program details',
      'Program accreditation',
      'Schools that offer in-person programs',
      'Schools that offer online programs',
      'Certification',
      'Licensing',
      'Licensing agency',
      'Certification renewals',
      'Specialization',
      'Practice framework',
      'Skills necessary for success',
      'Common practice settings',
    ]);
    expect([...new Set(comparison.rows.map((row) => row.group))]).toEqual([
      null,
      'Meeting the Requirements',
      'Certification and Licensing',
      'Details About the Job',
    ]);
  });

  it('counts the people practicing from the 2024–34 projections', () => {
    expect(figures(comparison, 'number-practicing', CMA)).toEqual({
      'Medical assistants employed, 2024': '811,000',
    });
    expect(figures(comparison, 'number-practicing', CODER)).toEqual({
      'Medical records specialists employed, 2024': '194,800',
    });
  });

  it('gives growth as BLS words it, against the 3 percent all-occupations baseline', () => {
    expect(figures(comparison, 'job-growth', CMA)).toEqual({
      'Projected growth, 2024–2034': '12%',
      'All occupations, same period': '3%',
    });
    expect(figures(comparison, 'job-growth', CODER)).toEqual({
      'Projected growth, 2024–2034': '7%',
      'All occupations, same period': '3%',
    });
    expect(items(comparison, 'job-growth', CMA)).toEqual(['Much faster than average']);
    expect(items(comparison, 'job-growth', CODER)).toEqual(['Faster than average']);
  });

  it('gives new positions and total jobs by 2034', () => {
    expect(figures(comparison, 'new-positions', CMA)).toEqual({
      'New positions, 2024–2034': '+101,200',
      'Total jobs, 2034': '912,200',
    });
    expect(figures(comparison, 'new-positions', CODER)).toEqual({
      'New positions, 2024–2034': '+13,800',
      'Total jobs, 2034': '208,600',
    });
  });

  it('gives the May 2024 national wage percentiles', () => {
    expect(figures(comparison, 'pay', CMA)).toEqual({
      'Employed (May 2024)': '793,460',
      'Average annual salary': '$44,720',
      '10th percentile': '$35,020',
      '25th percentile': '$37,610',
      '50th percentile (median)': '$44,200',
      '75th percentile': '$48,160',
      '90th percentile': '$57,830',
    });
    expect(figures(comparison, 'pay', CODER)).toEqual({
      'Employed (May 2024)': '187,910',
      'Average annual salary': '$55,970',
      '10th percentile': '$35,780',
      '25th percentile': '$41,600',
      '50th percentile (median)': '$50,250',
      '75th percentile': '$64,070',
      '90th percentile': '$80,950',
    });
  });

  it('cites every figure with a source and reference period', () => {
    const cited = new Map(comparison.sources.map((source) => [source.id, source]));
    for (const row of comparison.rows) {
      for (const item of row.cells) {
        for (const figure of item.figures) {
          expect(cited.has(figure.sourceId)).toBe(true);
        }
        for (const listed of item.items) {
          expect(listed.sourceId === null || cited.has(listed.sourceId)).toBe(true);
        }
      }
    }
    const pay = cell(comparison, 'pay', CMA).figures[0];
    expect(cited.get(pay.sourceId)).toMatchObject({ key: 'bls-oews-2024', referencePeriod: 'May 2024' });
    expect(pay.referencePeriod).toBe('May 2024');
    const practicing = cell(comparison, 'number-practicing', CMA).figures[0];
    expect(cited.get(practicing.sourceId)).toMatchObject({
      key: 'bls-ep-2024-34',
      referencePeriod: '2024–34',
    });
    expect(comparison.sources.map((source) => source.key)).toEqual(
      expect.arrayContaining([
        'bls-oews-2024',
        'bls-ep-2024-34',
        'aama',
        'aapc',
        'ahima',
        'caahep',
        'abhes',
        'cahiim',
        'chea',
        'pmi',
      ]),
    );
  });

  it('gives program durations, renewal rules and accreditation', () => {
    expect(figures(comparison, 'program-details', CODER)).toMatchObject({
      'Certificate or diploma': '4–15 months',
    });
    expect(figures(comparison, 'certification-renewals', CMA)).toEqual({
      'CMA (AAMA): recertify every': '60 months',
      'CMA (AAMA): continuing education': '60 points',
    });
    expect(items(comparison, 'program-accreditation', CMA)).toEqual(
      expect.arrayContaining([
        'Commission on Accreditation of Allied Health Education Programs (CAAHEP) (Recognized by the Council for Higher Education Accreditation (CHEA))',
        'Accrediting Bureau of Health Education Schools (ABHES)',
      ]),
    );
    expect(items(comparison, 'program-accreditation', CODER)).toEqual([
      'Commission on Accreditation for Health Informatics and Information Management Education (CAHIIM)',
    ]);
  });

  it('lists the six campus and four online schools', () => {
    expect(items(comparison, 'campus-schools', CMA)).toEqual([
      'Berks Technical Institute (Wyomissing, PA)',
      'Emily Griffith Technical College (Denver, CO)',
      'Front Range Community College (Westminster, CO)',
    ]);
    expect(items(comparison, 'campus-schools', CODER)).toEqual([
      'Coppin State University (Baltimore, MD)',
      'Lakeshore Technical College (Cleveland, WI)',
      'Santa Fe College (Gainesville, FL)',
    ]);
    expect(items(comparison, 'online-schools', CMA)).toEqual([
      'Herzing University (Madison, WI)',
      'Minnesota State Community and Technical College (Fergus Falls, MN)',
    ]);
    expect(items(comparison, 'online-schools', CODER)).toEqual([
      'Northeast Wisconsin Technical College (Green Bay, WI)',
      'Pima Community College (Tucson, AZ)',
    ]);
  });

  it('names the certifying bodies and whether certification is required', () => {
    expect(items(comparison, 'certification', CMA)).toEqual([
      'American Association of Medical Assistants (AAMA) (Required · CMA (AAMA))',
    ]);
    expect(items(comparison, 'certification', CODER)).toEqual([
      'American Academy of Professional Coders (AAPC) (Optional)',
      'American Health Information Management Association (AHIMA) (Optional)',
      'Practice Management Institute (PMI) (Optional)',
      'Certified Tumor Registrar (CTR) (Required in some roles)',
    ]);
  });

  it('lists skills, specializations and work settings with their shares', () => {
    expect(items(comparison, 'skills', CODER)).toEqual([
      'Integrity',
      'Analytical skills',
      'Attention to detail',
      'Technical skills',
      'Interpersonal skills',
    ]);
    expect(items(comparison, 'specialization', CODER)).toHaveLength(8);
    expect(items(comparison, 'practice-settings', CMA)).toEqual([
      'Offices of physicians (57%)',
      'Hospitals; state, local, and private (17%)',
      'Outpatient care centers (10%)',
      'Offices of chiropractors (7%)',
    ]);
    expect(items(comparison, 'practice-settings', CODER)).toEqual([
      'Hospitals; state, local, and private (28%)',
      'Offices of physicians (19%)',
      'Management of companies and enterprises (8%)',
      'Administrative and support services (8%)',
      'Professional, scientific, and technical services (7%)',
    ]);
  });

  it('renders prose rows as sanitized HTML', () => {
    expect(cell(comparison, 'degree-requirements', CMA).html).toContain(
      '<p>To be eligible to pursue certification',
    );
    expect(cell(comparison, 'licensing-agency', CODER).html).toContain('no state licensing agency exists');
  });

  it('serves an occupation with both the survey and the projections counts, each with its source', async () => {
    const response = await request(testApp.server).get('/api/public/occupations/medical-coder').expect(200);
    const occupation: PublicOccupationResponse = response.body;
    expect(occupation.socCode).toBe('29-2072');
    expect(occupation.socTitle).toBe('Medical Records Specialists');
    expect(occupation.socNoteHtml).toContain('medical records specialists');
    const wage = occupation.wages[0];
    expect(wage).toMatchObject({
      areaCode: 'US',
      referencePeriod: 'May 2024',
      employment: { value: 187910, flag: null },
    });
    expect(wage.meanHourly.value).toBe(26.91);
    expect(occupation.projections[0]).toMatchObject({
      baseEmployment: 194800,
      targetEmployment: 208600,
      percentChange: 7.1,
      wholePercentChange: 7,
    });
    const sources = new Map(occupation.sources.map((source) => [source.id, source.key]));
    expect(sources.get(wage.sourceId)).toBe('bls-oews-2024');
    expect(sources.get(occupation.projections[0].sourceId)).toBe('bls-ep-2024-34');
  });

  it('filters schools by occupation, delivery and state', async () => {
    const response = await request(testApp.server)
      .get('/api/public/schools')
      .query({ occupation: CODER, delivery: 'online', state: 'wi' })
      .expect(200);
    // Wisconsin's own school first; an online program elsewhere is open to Wisconsin too, and says so.
    expect(
      response.body.items.map((school: { name: string; onlineElsewhere: boolean }) => [
        school.name,
        school.onlineElsewhere,
      ]),
    ).toEqual([
      ['Northeast Wisconsin Technical College', false],
      ['Pima Community College', true],
    ]);
    expect(response.body.total).toBe(2);
    const all = await request(testApp.server).get('/api/public/schools').query({ pageSize: 4 }).expect(200);
    expect(all.body).toMatchObject({ total: 10, page: 1, pageSize: 4 });
    expect(all.body.items).toHaveLength(4);
  });

  it('refuses bad filters with a clear 400', async () => {
    const response = await request(testApp.server)
      .get('/api/public/schools')
      .query({ delivery: 'by-pigeon', pageSize: 1000, color: 'red' })
      .expect(400);
    expect(response.body.error).toBe('validation_failed');
    const fields = response.body.fields.map((field: { field: string }) => field.field);
    expect(fields).toEqual(expect.arrayContaining(['delivery', 'pageSize', 'color']));
  });

  it('answers 404 for an unknown slug and 400 for a malformed one', async () => {
    const missing = await request(testApp.server).get('/api/public/comparisons/no-such-page').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'not_found' });
    await request(testApp.server).get('/api/public/occupations/Not_A_Slug').expect(400);
  });

  it('tags public responses with the publication and answers 304 when nothing changed', async () => {
    const first = await request(testApp.server)
      .get('/api/public/comparisons/cma-vs-medical-coder')
      .expect(200);
    expect(first.headers.etag).toBe('"publication-1"');
    expect(first.headers['cache-control']).toContain('public');
    await request(testApp.server)
      .get('/api/public/comparisons/cma-vs-medical-coder')
      .set('If-None-Match', first.headers.etag)
      .expect(304);
  });

  it('does not seed twice', async () => {
    await expect(testApp.app.get(SeedService).seedIfEmpty()).resolves.toBe('already-has-content');
    const publications = await request(testApp.server).get('/api/public/publication').expect(200);
    expect(publications.body.number).toBe(1);
  });

  it('exports exactly the content it was seeded with', async () => {
    const exported = await testApp.app.get(ContentBundleService).exportBundle();
    const seed = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as ContentBundle;
    expect(normalize(exported)).toEqual(normalize(seed));
  });

  it('reports health with the database up', async () => {
    const response = await request(testApp.server).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', publication: 1 });
  });
});

/** Lists whose order carries no meaning are compared sorted. */
function normalize(bundle: ContentBundle): ContentBundle {
  const by =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));
  return {
    ...bundle,
    sources: [...bundle.sources].sort(by((source) => source.key)),
    authors: [...bundle.authors].sort(by((author) => author.slug)),
    accreditationBodies: bundle.accreditationBodies
      .map((body) => ({
        ...body,
        occupations: [...body.occupations].sort(),
        sources: [...body.sources].sort(),
      }))
      .sort(by((body) => body.slug)),
    certifyingBodies: [...bundle.certifyingBodies].sort(by((body) => body.slug)),
    credentials: [...bundle.credentials].sort(by((credential) => credential.slug)),
    occupations: bundle.occupations
      .map((occupation) => ({
        ...occupation,
        sections: occupation.sections.map((section) => ({
          ...section,
          sources: [...section.sources].sort(),
        })),
      }))
      .sort(by((occupation) => occupation.slug)),
    wageStatistics: [...bundle.wageStatistics].sort(
      by((wage) => `${wage.socCode}/${wage.periodYear}/${wage.areaCode}`),
    ),
    employmentProjections: [...bundle.employmentProjections].sort(by((projection) => projection.socCode)),
    schools: [...bundle.schools].sort(by((school) => school.slug)),
    comparisons: [...bundle.comparisons].sort(by((comparison) => comparison.slug)),
  };
}
