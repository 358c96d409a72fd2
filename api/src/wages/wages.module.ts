import { Module } from '@nestjs/common';
import { WageStatisticsController } from './wage-statistics.controller';
import { WageStatisticsService } from './wage-statistics.service';

@Module({
  controllers: [WageStatisticsController],
  providers: [WageStatisticsService],
  exports: [WageStatisticsService],
})
export class WagesModule {}
