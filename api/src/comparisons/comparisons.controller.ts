import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EditorialController } from '../common/editorial/editorial.controller';
import { ComparisonRowsService, ComparisonsService } from './comparisons.service';
import {
  ComparisonListQueryDto,
  ComparisonRowListQueryDto,
  CreateComparisonDto,
  CreateComparisonRowDto,
  UpdateComparisonDto,
  UpdateComparisonRowDto,
} from './dto/comparison.dto';

@ApiTags('comparisons')
@Controller('comparisons')
export class ComparisonsController extends EditorialController({
  service: ComparisonsService,
  createDto: CreateComparisonDto,
  updateDto: UpdateComparisonDto,
  listQueryDto: ComparisonListQueryDto,
  label: 'comparison',
  plural: 'comparisons',
}) {}

@ApiTags('comparisons')
@Controller('comparison-rows')
export class ComparisonRowsController extends EditorialController({
  service: ComparisonRowsService,
  createDto: CreateComparisonRowDto,
  updateDto: UpdateComparisonRowDto,
  listQueryDto: ComparisonRowListQueryDto,
  label: 'comparison row',
  plural: 'comparison rows',
}) {}
