import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EditorialController } from '../common/editorial/editorial.controller';
import {
  CreateWageStatisticDto,
  UpdateWageStatisticDto,
  WageStatisticListQueryDto,
} from './dto/wage-statistic.dto';
import { WageStatisticsService } from './wage-statistics.service';

@ApiTags('wage statistics')
@Controller('wage-statistics')
export class WageStatisticsController extends EditorialController({
  service: WageStatisticsService,
  createDto: CreateWageStatisticDto,
  updateDto: UpdateWageStatisticDto,
  listQueryDto: WageStatisticListQueryDto,
  label: 'wage statistic',
  plural: 'wage statistics',
}) {}
