import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EditorialController } from '../common/editorial/editorial.controller';
import { CreateOccupationDto, OccupationListQueryDto, UpdateOccupationDto } from './dto/occupation.dto';
import {
  CreateEducationPathDto,
  CreateOccupationCertificationDto,
  CreateOccupationSectionDto,
  CreateOccupationSocCodeDto,
  CreateWorkSettingDto,
  EducationPathListQueryDto,
  OccupationCertificationListQueryDto,
  OccupationSectionListQueryDto,
  OccupationSocCodeListQueryDto,
  UpdateEducationPathDto,
  UpdateOccupationCertificationDto,
  UpdateOccupationSectionDto,
  UpdateOccupationSocCodeDto,
  UpdateWorkSettingDto,
  WorkSettingListQueryDto,
} from './dto/occupation-parts.dto';
import {
  EducationPathsService,
  OccupationCertificationsService,
  OccupationSectionsService,
  OccupationSocCodesService,
  WorkSettingsService,
} from './occupation-parts.service';
import { OccupationsService } from './occupations.service';

@ApiTags('occupations')
@Controller('occupations')
export class OccupationsController extends EditorialController({
  service: OccupationsService,
  createDto: CreateOccupationDto,
  updateDto: UpdateOccupationDto,
  listQueryDto: OccupationListQueryDto,
  label: 'occupation',
  plural: 'occupations',
}) {}

@ApiTags('occupations')
@Controller('occupation-sections')
export class OccupationSectionsController extends EditorialController({
  service: OccupationSectionsService,
  createDto: CreateOccupationSectionDto,
  updateDto: UpdateOccupationSectionDto,
  listQueryDto: OccupationSectionListQueryDto,
  label: 'occupation section',
  plural: 'occupation sections',
}) {}

@ApiTags('occupations')
@Controller('occupation-certifications')
export class OccupationCertificationsController extends EditorialController({
  service: OccupationCertificationsService,
  createDto: CreateOccupationCertificationDto,
  updateDto: UpdateOccupationCertificationDto,
  listQueryDto: OccupationCertificationListQueryDto,
  label: 'occupation certification',
  plural: 'occupation certifications',
}) {}

@ApiTags('occupations')
@Controller('education-paths')
export class EducationPathsController extends EditorialController({
  service: EducationPathsService,
  createDto: CreateEducationPathDto,
  updateDto: UpdateEducationPathDto,
  listQueryDto: EducationPathListQueryDto,
  label: 'education path',
  plural: 'education paths',
}) {}

@ApiTags('occupations')
@Controller('work-settings')
export class WorkSettingsController extends EditorialController({
  service: WorkSettingsService,
  createDto: CreateWorkSettingDto,
  updateDto: UpdateWorkSettingDto,
  listQueryDto: WorkSettingListQueryDto,
  label: 'work setting',
  plural: 'work settings',
}) {}

@ApiTags('occupations')
@Controller('occupation-soc-codes')
export class OccupationSocCodesController extends EditorialController({
  service: OccupationSocCodesService,
  createDto: CreateOccupationSocCodeDto,
  updateDto: UpdateOccupationSocCodeDto,
  listQueryDto: OccupationSocCodeListQueryDto,
  label: 'SOC code period',
  plural: 'SOC code periods',
}) {}
