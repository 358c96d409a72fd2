import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { PublicContentService } from './public-content.service';
import { PublicController } from './public.controller';
import { PublicationCacheInterceptor } from './publication-cache.interceptor';

@Module({
  imports: [PublicationsModule],
  controllers: [PublicController],
  providers: [PublicContentService, PublicationCacheInterceptor],
})
export class PublicModule {}
