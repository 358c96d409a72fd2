import { Module } from '@nestjs/common';
import { CatalogueController } from './catalogue.controller';
import { CatalogueScopeService } from './catalogue-scope.service';

/** Which occupations the catalogue holds, and the data facts (O*NET, BLS education) about them. */
@Module({
  controllers: [CatalogueController],
  providers: [CatalogueScopeService],
  exports: [CatalogueScopeService],
})
export class CatalogueModule {}
