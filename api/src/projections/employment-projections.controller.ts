import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EditorialController } from '../common/editorial/editorial.controller';
import {
  CreateEmploymentProjectionDto,
  EmploymentProjectionListQueryDto,
  UpdateEmploymentProjectionDto,
} from './dto/employment-projection.dto';
import { EmploymentProjectionsService } from './employment-projections.service';

@ApiTags('employment projections')
@Controller('employment-projections')
export class EmploymentProjectionsController extends EditorialController({
  service: EmploymentProjectionsService,
  createDto: CreateEmploymentProjectionDto,
  updateDto: UpdateEmploymentProjectionDto,
  listQueryDto: EmploymentProjectionListQueryDto,
  label: 'employment projection',
  plural: 'employment projections',
}) {}
