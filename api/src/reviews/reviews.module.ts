import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { PublicationSchedulesController } from './publication-schedules.controller';
import { PublicationSchedulesService } from './publication-schedules.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

/** Review before publishing, and scheduled publishes, on top of the publications module. */
@Module({
  imports: [PublicationsModule],
  controllers: [ReviewsController, PublicationSchedulesController],
  providers: [ReviewsService, PublicationSchedulesService],
  exports: [ReviewsService, PublicationSchedulesService],
})
export class ReviewsModule {}
