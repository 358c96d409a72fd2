import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module';
import { ImportsModule } from '../imports/imports.module';
import { SchoolsModule } from '../schools/schools.module';
import { IpedsController } from './ipeds.controller';
import { IpedsService } from './ipeds.service';

@Module({
  imports: [SchoolsModule, ImportsModule, SourcesModule],
  controllers: [IpedsController],
  providers: [IpedsService],
})
export class IpedsModule {}
