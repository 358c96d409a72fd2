import type { AppConfig } from '../config/app-config';
import type { CurrentPublicationService } from '../publications/current-publication.service';
import { SeoService } from './seo.service';

function service(published: boolean): SeoService {
  const publications = {
    currentNumber: jest.fn().mockResolvedValue(published ? 4 : null),
    getCurrent: jest.fn().mockResolvedValue({
      info: { number: 4, publishedAt: '2026-05-01T10:00:00.000Z', note: '', preview: false },
      snapshot: {
        comparisons: [{ slug: 'cma-vs-medical-coder' }],
        occupations: [{ slug: 'medical-coder' }],
        schools: [{ slug: 'herzing-university' }],
        sources: [],
      },
    }),
  } as unknown as CurrentPublicationService;
  return new SeoService(publications, { publicUrl: 'https://careers.example/' } as AppConfig);
}

describe('SeoService', () => {
  it('lists every published page in the sitemap with the publication date', async () => {
    const sitemap = await service(true).sitemap();

    expect(sitemap.publicationNumber).toBe(4);
    for (const path of [
      '/',
      '/compare/cma-vs-medical-coder',
      '/careers/medical-coder',
      '/schools/herzing-university',
      '/about-data',
    ]) {
      expect(sitemap.body).toContain(`<loc>https://careers.example${path}</loc>`);
    }
    expect(sitemap.body).toContain('<lastmod>2026-05-01</lastmod>');
  });

  it('still lists the fixed pages before anything is published', async () => {
    const sitemap = await service(false).sitemap();

    expect(sitemap.body).toContain('<loc>https://careers.example/schools</loc>');
    expect(sitemap.body).not.toContain('lastmod');
  });

  it('points robots.txt to the sitemap and keeps crawlers out of the admin and API', async () => {
    const robots = await service(true).robots();

    expect(robots.body).toContain('Sitemap: https://careers.example/sitemap.xml');
    expect(robots.body).toContain('Disallow: /admin/');
    expect(robots.body).toContain('Disallow: /api/');
  });
});
