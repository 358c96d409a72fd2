import request from 'supertest';
import type { ComparisonView } from '@careerscope/shared';
import { startTestApp, TestApp } from './support/test-app';

describe('ad-hoc comparisons of published occupations', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('compares the occupations in the order asked, with every figure cited', async () => {
    const response = await request(testApp.server)
      .get('/api/public/compare')
      .query({ o: 'medical-coder,certified-medical-assistant' })
      .expect(200);
    const comparison: ComparisonView = response.body;
    expect(comparison.occupationSlugs).toEqual(['medical-coder', 'certified-medical-assistant']);
    expect(comparison.title).toBe('Medical Coder vs. Certified Medical Assistant (CMA)');
    const pay = comparison.rows.find((row) => row.key === 'pay');
    expect(
      pay?.cells.map(
        (cell) => cell.figures.find((figure) => figure.label === 'Average annual salary')?.display,
      ),
    ).toEqual(['$55,970', '$44,720']);
    const cited = new Set(comparison.sources.map((source) => source.id));
    for (const row of comparison.rows) {
      for (const cell of row.cells) {
        for (const figure of cell.figures) expect(cited.has(figure.sourceId)).toBe(true);
      }
    }
    expect(response.headers.etag).toBe('"publication-1"');
  });

  it.each([
    [{ o: 'medical-coder' }, 'at least 2'],
    [{ o: 'a,b,c,d,e,f' }, 'at most 5'],
    [{ o: 'medical-coder,medical-coder' }, 'once'],
    [{ o: 'medical-coder,Bad Slug' }, 'slug'],
    [{}, 'o must be'],
  ])('refuses %j with a 400 that says why', async (query, message) => {
    const response = await request(testApp.server).get('/api/public/compare').query(query).expect(400);
    expect(JSON.stringify(response.body.fields)).toContain(message);
  });

  it('answers 404 when an occupation is not published', async () => {
    const response = await request(testApp.server)
      .get('/api/public/compare')
      .query({ o: 'medical-coder,astronaut' })
      .expect(404);
    expect(response.body.message).toContain('astronaut');
  });
});
