import { Module } from '@nestjs/common';
import { CurrentPublicationService } from './current-publication.service';
import { PublicationHistoryService } from './publication-history.service';
import { PublicResponseCacheService } from './public-response-cache.service';
import { PublicationListenerService } from './publication-listener.service';
import { PublicationsController } from './publications.controller';
import { PublicationsService } from './publications.service';
import { PublishHooks } from './publish-hooks';
import { SnapshotBuilderService } from './snapshot-builder.service';

@Module({
  controllers: [PublicationsController],
  providers: [
    CurrentPublicationService,
    PublicationHistoryService,
    PublicationsService,
    SnapshotBuilderService,
    PublicationListenerService,
    PublicResponseCacheService,
    PublishHooks,
  ],
  exports: [
    CurrentPublicationService,
    PublicationsService,
    SnapshotBuilderService,
    PublicResponseCacheService,
    PublishHooks,
  ],
})
export class PublicationsModule {}
