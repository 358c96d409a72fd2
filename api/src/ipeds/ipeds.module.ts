import { Module } from '@nestjs/common';
import { UploadParsingModule } from '../imports/parsing/upload-parsing.module';
import { SchoolsModule } from '../schools/schools.module';
import { IpedsController } from './ipeds.controller';
import { IpedsService } from './ipeds.service';

@Module({
  imports: [SchoolsModule, UploadParsingModule],
  controllers: [IpedsController],
  providers: [IpedsService],
})
export class IpedsModule {}
