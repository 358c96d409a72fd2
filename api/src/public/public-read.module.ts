import { Module } from '@nestjs/common';
import { CompareController } from '../compare/compare.controller';
import { CompareService } from '../compare/compare.service';
import { HostingService } from '../hosting/hosting.service';
import { PublicationsModule } from '../publications/publications.module';
import { SeoService } from '../seo/seo.service';
import { PublicContentService } from './public-content.service';
import { PublicController } from './public.controller';
import { PublicSchoolsController } from './public-schools.controller';
import { PublicSchoolsService } from './public-schools.service';
import { PublicationCacheInterceptor } from './publication-cache.interceptor';

/**
 * The public read side, all from the current publication: the JSON reads under /api/public
 * (careers, schools, the finder, comparisons), sitemap.xml and robots.txt, and the hosting of the
 * portal and the admin. Nothing here touches the HTTP server on its own: bootstrap.ts mounts the
 * pieces that live outside Nest's controllers (the fast path, the SEO files, the admin, the portal)
 * and says in which order.
 */
@Module({
  imports: [PublicationsModule],
  controllers: [PublicController, PublicSchoolsController, CompareController],
  providers: [
    PublicContentService,
    PublicSchoolsService,
    PublicationCacheInterceptor,
    CompareService,
    SeoService,
    HostingService,
  ],
})
export class PublicReadModule {}
