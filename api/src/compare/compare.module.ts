import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { PublicationCacheInterceptor } from '../public/publication-cache.interceptor';
import { CompareController } from './compare.controller';
import { CompareService } from './compare.service';

@Module({
  imports: [PublicationsModule],
  controllers: [CompareController],
  providers: [CompareService, PublicationCacheInterceptor],
})
export class CompareModule {}
