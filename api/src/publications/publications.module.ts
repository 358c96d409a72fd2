import { Module } from '@nestjs/common';
import { PublicResponseCacheService } from './public-response-cache.service';
import { PublicationListenerService } from './publication-listener.service';
import { PublicationsController } from './publications.controller';
import { PublicationsService } from './publications.service';
import { PublishHooks } from './publish-hooks';
import { SnapshotBuilderService } from './snapshot-builder.service';

@Module({
  controllers: [PublicationsController],
  providers: [
    PublicationsService,
    SnapshotBuilderService,
    PublicationListenerService,
    PublicResponseCacheService,
    PublishHooks,
  ],
  exports: [PublicationsService, SnapshotBuilderService, PublicResponseCacheService, PublishHooks],
})
export class PublicationsModule {}
