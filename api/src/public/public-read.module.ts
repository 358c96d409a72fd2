import { Module } from '@nestjs/common';
import { CompareModule } from '../compare/compare.module';
import { HostingModule } from '../hosting/hosting.module';
import { SeoModule } from '../seo/seo.module';
import { PublicModule } from './public.module';

/**
 * The public read side: the JSON reads under /api/public (careers, schools, the finder), the
 * comparisons, sitemap.xml and robots.txt, and the hosting of the portal and the admin. Nothing here
 * touches the HTTP server on its own: bootstrap.ts mounts the pieces that live outside Nest's
 * controllers (the fast path, the SEO files, the admin, the portal) and says in which order.
 */
@Module({ imports: [PublicModule, CompareModule, SeoModule, HostingModule] })
export class PublicReadModule {}
