import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { PublicContentService } from './public-content.service';
import { PublicController } from './public.controller';
import { PublicSchoolsController } from './public-schools.controller';
import { PublicSchoolsService } from './public-schools.service';
import { PublicationCacheInterceptor } from './publication-cache.interceptor';

@Module({
  imports: [PublicationsModule],
  controllers: [PublicController, PublicSchoolsController],
  providers: [PublicContentService, PublicSchoolsService, PublicationCacheInterceptor],
})
export class PublicModule {}
