import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { FreshnessController } from './freshness.controller';
import { FreshnessService } from './freshness.service';
import { ImportsController } from './imports.controller';
import { CatalogueSeedService } from './catalogue-seed.service';
import { ImportsService } from './imports.service';
import { UploadParsingModule } from './parsing/upload-parsing.module';

/** The yearly update: BLS files in, previewed and applied; what lags behind the newest release. */
@Module({
  imports: [CatalogueModule, UploadParsingModule, SourcesModule],
  controllers: [ImportsController, FreshnessController],
  providers: [ImportsService, FreshnessService, CatalogueSeedService],
  exports: [CatalogueSeedService, ImportsService],
})
export class ImportsModule {}
