import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { PublicationCacheInterceptor } from '../public/publication-cache.interceptor';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { ChangesController } from './changes.controller';
import { ChangesRoutesService } from './changes-routes.service';
import { ChangesService } from './changes.service';

/** What each publication changed: stored at publish time, served as `/api/public/changes` and Atom. */
@Module({
  imports: [PublicationsModule, WebhooksModule],
  controllers: [ChangesController],
  providers: [ChangesService, ChangesRoutesService, PublicationCacheInterceptor],
})
export class ChangesModule {}
