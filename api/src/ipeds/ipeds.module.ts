import { Module } from '@nestjs/common';
import { SchoolsModule } from '../schools/schools.module';
import { IpedsController } from './ipeds.controller';
import { IpedsService } from './ipeds.service';

@Module({ imports: [SchoolsModule], controllers: [IpedsController], providers: [IpedsService] })
export class IpedsModule {}
