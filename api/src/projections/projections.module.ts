import { Module } from '@nestjs/common';
import { EmploymentProjectionsController } from './employment-projections.controller';
import { EmploymentProjectionsService } from './employment-projections.service';

@Module({
  controllers: [EmploymentProjectionsController],
  providers: [EmploymentProjectionsService],
  exports: [EmploymentProjectionsService],
})
export class ProjectionsModule {}
