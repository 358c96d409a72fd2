import { Global, Module } from '@nestjs/common';
import { RevisionsModule } from '../../revisions/revisions.module';
import { EditorialContext } from './editable-record.service';
import { EditorialRegistry } from './editorial-registry';

/** Global: what every feature's editable record services share. */
@Global()
@Module({
  imports: [RevisionsModule],
  providers: [EditorialRegistry, EditorialContext],
  exports: [EditorialRegistry, EditorialContext],
})
export class EditorialModule {}
