import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { SeoService } from './seo.service';

/** sitemap.xml and robots.txt from the current publication. */
@Module({
  imports: [PublicationsModule],
  providers: [SeoService],
  exports: [SeoService],
})
export class SeoModule {}
