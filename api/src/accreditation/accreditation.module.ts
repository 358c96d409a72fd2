import { Module } from '@nestjs/common';
import { AccreditationBodiesController } from './accreditation-bodies.controller';
import { AccreditationBodiesService } from './accreditation-bodies.service';

@Module({
  controllers: [AccreditationBodiesController],
  providers: [AccreditationBodiesService],
  exports: [AccreditationBodiesService],
})
export class AccreditationModule {}
