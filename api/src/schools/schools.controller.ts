import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EditorialController } from '../common/editorial/editorial.controller';
import {
  CreateProgramDto,
  CreateSchoolDto,
  ProgramListQueryDto,
  SchoolListQueryDto,
  UpdateProgramDto,
  UpdateSchoolDto,
} from './dto/school.dto';
import { ProgramsService, SchoolsService } from './schools.service';

/** Admins manage school listings; editors read them. */
@ApiTags('schools')
@Controller('schools')
export class SchoolsController extends EditorialController({
  service: SchoolsService,
  createDto: CreateSchoolDto,
  updateDto: UpdateSchoolDto,
  listQueryDto: SchoolListQueryDto,
  label: 'school',
  plural: 'schools',
  writeRoles: ['admin'],
}) {}

@ApiTags('schools')
@Controller('programs')
export class ProgramsController extends EditorialController({
  service: ProgramsService,
  createDto: CreateProgramDto,
  updateDto: UpdateProgramDto,
  listQueryDto: ProgramListQueryDto,
  label: 'program',
  plural: 'programs',
  writeRoles: ['admin'],
}) {}
