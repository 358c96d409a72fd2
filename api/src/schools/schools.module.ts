import { Module } from '@nestjs/common';
import { ProgramsController, SchoolsController } from './schools.controller';
import { ProgramsService, SchoolsService } from './schools.service';

@Module({
  controllers: [SchoolsController, ProgramsController],
  providers: [SchoolsService, ProgramsService],
  exports: [SchoolsService, ProgramsService],
})
export class SchoolsModule {}
