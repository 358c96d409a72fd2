import { Global, Module } from '@nestjs/common';
import { RevisionsService } from './revisions.service';

/** Global: every editable record's service writes its history through it. */
@Global()
@Module({ providers: [RevisionsService], exports: [RevisionsService] })
export class RevisionsModule {}
