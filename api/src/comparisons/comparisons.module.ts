import { Module } from '@nestjs/common';
import { ComparisonRowsController, ComparisonsController } from './comparisons.controller';
import { ComparisonRowsService, ComparisonsService } from './comparisons.service';

@Module({
  controllers: [ComparisonsController, ComparisonRowsController],
  providers: [ComparisonsService, ComparisonRowsService],
  exports: [ComparisonsService, ComparisonRowsService],
})
export class ComparisonsModule {}
