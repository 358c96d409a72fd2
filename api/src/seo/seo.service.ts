import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CurrentPublicationService } from '../publications/current-publication.service';

/** A text document for a fixed public path, and the publication it was built from. */
export interface SeoDocument {
  body: string;
  contentType: string;
  /** Null when nothing is published yet. */
  publicationNumber: number | null;
}

/** The portal pages that exist whatever is published. */
const FIXED_PATHS = ['/', '/schools', '/sources', '/about-data', '/changes'];

const escapeXml = (text: string): string =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

/**
 * sitemap.xml and robots.txt, built from the current publication: every published comparison,
 * career and school, with the publication's date as their last modification.
 */
@Injectable()
export class SeoService {
  constructor(
    private readonly publications: CurrentPublicationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get origin(): string {
    return this.config.publicUrl.replace(/\/+$/, '');
  }

  async sitemap(): Promise<SeoDocument> {
    const number = await this.publications.currentNumber();
    const paths = [...FIXED_PATHS];
    let lastModified: string | null = null;
    if (number !== null) {
      const { info, snapshot } = await this.publications.getCurrent();
      lastModified = info.publishedAt.slice(0, 10);
      paths.push(
        ...snapshot.comparisons.map((comparison) => `/compare/${comparison.slug}`),
        ...snapshot.occupations.map((occupation) => `/careers/${occupation.slug}`),
        ...snapshot.schools.map((school) => `/schools/${school.slug}`),
      );
    }
    const urls = paths.map((path) =>
      [
        '  <url>',
        `    <loc>${escapeXml(this.origin + path)}</loc>`,
        ...(lastModified ? [`    <lastmod>${lastModified}</lastmod>`] : []),
        '  </url>',
      ].join('\n'),
    );
    return {
      body: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ...urls,
        '</urlset>',
        '',
      ].join('\n'),
      contentType: 'application/xml; charset=utf-8',
      publicationNumber: number,
    };
  }

  async robots(): Promise<SeoDocument> {
    const body = [
      'User-agent: *',
      // The admin and the API are not pages for search engines; ad-hoc comparisons are endless.
      'Disallow: /admin/',
      'Disallow: /api/',
      'Disallow: /compare?',
      'Allow: /',
      '',
      `Sitemap: ${this.origin}/sitemap.xml`,
      '',
    ].join('\n');
    return {
      body,
      contentType: 'text/plain; charset=utf-8',
      publicationNumber: await this.publications.currentNumber(),
    };
  }
}
