import { Module } from '@nestjs/common';
import { PublicationsController } from './publications.controller';
import { PublicationsService } from './publications.service';
import { SnapshotBuilderService } from './snapshot-builder.service';

@Module({
  controllers: [PublicationsController],
  providers: [PublicationsService, SnapshotBuilderService],
  exports: [PublicationsService, SnapshotBuilderService],
})
export class PublicationsModule {}
