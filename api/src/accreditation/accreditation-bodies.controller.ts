import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EditorialController } from '../common/editorial/editorial.controller';
import { AccreditationBodiesService } from './accreditation-bodies.service';
import {
  AccreditationBodyListQueryDto,
  CreateAccreditationBodyDto,
  UpdateAccreditationBodyDto,
} from './dto/accreditation-body.dto';

@ApiTags('accreditation bodies')
@Controller('accreditation-bodies')
export class AccreditationBodiesController extends EditorialController({
  service: AccreditationBodiesService,
  createDto: CreateAccreditationBodyDto,
  updateDto: UpdateAccreditationBodyDto,
  listQueryDto: AccreditationBodyListQueryDto,
  label: 'accreditation body',
  plural: 'accreditation bodies',
}) {}
