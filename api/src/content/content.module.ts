import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { ContentBundleService } from './content-bundle.service';
import { SeedService } from './seed.service';

@Module({
  imports: [PublicationsModule],
  providers: [ContentBundleService, SeedService],
  exports: [ContentBundleService, SeedService],
})
export class ContentModule {}
