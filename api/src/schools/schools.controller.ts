import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { BulkAccreditationResult, SessionUser } from '@careerscope/shared';
import { Roles } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { EditorialController } from '../common/editorial/editorial.controller';
import {
  BulkAccreditationDto,
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
}) {
  constructor(private readonly programs: ProgramsService) {
    super(programs);
  }

  @Post('accreditation')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Assign or clear the programmatic accreditation of many programs at once (all or nothing)',
    description:
      'Roles: admin. Names the programs with the versions the admin saw, or sends the list filter; `dryRun` counts what would change.',
  })
  @ApiOkResponse({ description: '{ matched, changed }' })
  @ApiBadRequestResponse({ description: 'Unknown accreditation body or program, or an invalid filter' })
  @ApiConflictResponse({ description: 'A chosen program changed since the list was loaded; nothing changed' })
  assignAccreditation(
    @Body() body: BulkAccreditationDto,
    @CurrentUser() user: SessionUser,
  ): Promise<BulkAccreditationResult> {
    return this.programs.bulkAccreditation(body, user.id);
  }
}
