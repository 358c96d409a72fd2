import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module';
import { PublicationsModule } from '../publications/publications.module';
import { ContentBundleService } from './content-bundle.service';
import { SeedService } from './seed.service';

@Module({
  imports: [PublicationsModule, ImportsModule],
  providers: [ContentBundleService, SeedService],
  exports: [ContentBundleService, SeedService],
})
export class ContentModule {}
