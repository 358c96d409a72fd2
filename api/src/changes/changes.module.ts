import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { PublicationCacheInterceptor } from '../public/publication-cache.interceptor';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { ChangesController } from './changes.controller';
import { ChangesService } from './changes.service';

/** What each publication changed: stored at publish time, served as `/api/public/changes` and Atom. */
@Module({
  imports: [PublicationsModule, WebhooksModule],
  controllers: [ChangesController],
  providers: [ChangesService, PublicationCacheInterceptor],
  exports: [ChangesService],
})
export class ChangesModule {}
