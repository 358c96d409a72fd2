import request from 'supertest';
import { DataSource } from 'typeorm';
import type { PublicOccupationResponse } from '@careerscope/shared';
import { Client, clients } from './support/editorial-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CMA = 'certified-medical-assistant';
const OCCUPATION = `/api/public/occupations/${CMA}`;

describe('public API: one publication pinned by number (`?publication=N`)', () => {
  let testApp: TestApp;
  let editor: Client;
  let seedSummary: string;

  const publishSummary = async (markdown: string): Promise<number> => {
    const record = (await editor.agent.get('/api/occupations').query({ q: 'Certified Medical' }).expect(200))
      .body.items[0];
    await editor.agent
      .patch(`/api/occupations/${record.id}`)
      .set(editor.csrf)
      .send({ version: record.version, summaryMarkdown: markdown })
      .expect(200);
    return (
      await editor.agent.post('/api/publications').set(editor.csrf).send({ note: markdown }).expect(201)
    ).body.number;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ editor } = await clients(testApp));
  }, 60_000);

  afterAll(() => testApp.close());

  it('names the publication of every answer in X-Publication, also when answered from the response cache', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await request(testApp.server).get(OCCUPATION).expect(200);
      expect(response.headers['x-publication']).toBe('1');
      expect(response.headers.etag).toBe('"publication-1"');
      seedSummary = (response.body as PublicOccupationResponse).summaryHtml;
    }
  });

  it('serves the pinned publication after a newer one went live, and the newest without a pin', async () => {
    expect(await publishSummary('The second edition.')).toBe(2);

    for (let attempt = 0; attempt < 2; attempt++) {
      const pinned = await request(testApp.server).get(OCCUPATION).query({ publication: 1 }).expect(200);
      expect(pinned.headers['x-publication']).toBe('1');
      expect(pinned.body.publication.number).toBe(1);
      expect(pinned.body.summaryHtml).toBe(seedSummary);
    }
    const newest = await request(testApp.server).get(OCCUPATION).expect(200);
    expect(newest.headers['x-publication']).toBe('2');
    expect(newest.body.summaryHtml).toBe('<p>The second edition.</p>');

    // Endpoints with query parameters of their own, and those of the other public controllers.
    const schools = await request(testApp.server)
      .get('/api/public/schools')
      .query({ occupation: CMA, publication: 1 })
      .expect(200);
    expect(schools.body.publication.number).toBe(1);
    const compared = await request(testApp.server)
      .get('/api/public/compare')
      .query({ o: `${CMA},medical-coder`, publication: 1 })
      .expect(200);
    expect(compared.body.publication.number).toBe(1);
    expect(
      compared.body.occupations.find((occupation: { slug: string }) => occupation.slug === CMA).summaryHtml,
    ).toBe(seedSummary);
    const filters = await request(testApp.server).get('/api/public/school-filters?publication=1').expect(200);
    expect(filters.headers['x-publication']).toBe('1');
  });

  it('refuses a publication that does not exist (404) or is not a number (400)', async () => {
    await request(testApp.server).get(OCCUPATION).query({ publication: 99 }).expect(404);
    for (const value of ['abc', '0', '-1', '1.5', '']) {
      const response = await request(testApp.server)
        .get(OCCUPATION)
        .query({ publication: value })
        .expect(400);
      expect(response.body.message).toContain('publication');
    }
    await request(testApp.server).get(`${OCCUPATION}?publication=1&publication=2`).expect(400);
    await request(testApp.server).get(OCCUPATION).query({ preview: 1, publication: 1 }).expect(400);
  });

  it('stops serving a publication by number (410) once it has been replaced for more than a few minutes', async () => {
    expect(await publishSummary('The third edition.')).toBe(3);
    await testApp.app
      .get(DataSource)
      .query(`UPDATE publications SET published_at = now() - interval '10 minutes' WHERE number = 3`);

    await request(testApp.server).get(OCCUPATION).query({ publication: 2 }).expect(410);
    await request(testApp.server).get(OCCUPATION).query({ publication: 3 }).expect(200);
  });
});
