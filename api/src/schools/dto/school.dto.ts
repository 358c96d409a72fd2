import { ShapeDto } from '../../common/editorial/shape-dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  BulkAccreditationRequest,
  CreateProgramRequest,
  CreateSchoolRequest,
  CREDENTIAL_LEVELS,
  CredentialLevel,
  DELIVERY_MODES,
  DeliveryMode,
  PROGRAM_SHAPE,
  PROGRAM_SORT_FIELDS,
  ProgramFilter,
  ProgramListQuery,
  SCHOOL_SHAPE,
  SCHOOL_SORT_FIELDS,
  SchoolListQuery,
  STATE_CODE_PATTERN,
  UpdateProgramRequest,
  UpdateSchoolRequest,
} from '@careerscope/shared';
import { EnumFilter, IdField, IdFilter, IntField } from '../../common/editorial/fields';
import { ListQueryDto, trimmed } from '../../common/editorial/list-query.dto';
import { AtLeastField, BothOrNeither } from '../../common/editorial/validators';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

/** Ids a bulk request may name; a larger selection is sent as the list filter. */
export const BULK_ACCREDITATION_MAX = 1000;

export class CreateSchoolDto
  extends ShapeDto(SCHOOL_SHAPE, {
    latitude: [BothOrNeither('longitude')],
    longitude: [BothOrNeither('latitude')],
  })
  implements CreateSchoolRequest {}

export class UpdateSchoolDto extends UpdateRecordDto(CreateSchoolDto) implements UpdateSchoolRequest {}

export class SchoolListQueryDto extends ListQueryDto(SCHOOL_SORT_FIELDS) implements SchoolListQuery {
  @ApiPropertyOptional({ example: 'CO' })
  @IsOptional()
  @Matches(STATE_CODE_PATTERN, { message: 'state must be a two-letter state code (upper case)' })
  state?: string;
}

export class CreateProgramDto
  extends ShapeDto(PROGRAM_SHAPE, { maxMonths: [AtLeastField('minMonths')] })
  implements CreateProgramRequest {}

export class UpdateProgramDto extends UpdateRecordDto(CreateProgramDto) implements UpdateProgramRequest {}

export class ProgramListQueryDto extends ListQueryDto(PROGRAM_SORT_FIELDS) implements ProgramListQuery {
  @IdFilter('school')
  schoolId?: string;

  @IdFilter('occupation')
  occupationId?: string;

  @EnumFilter(DELIVERY_MODES)
  delivery?: DeliveryMode;

  @EnumFilter(CREDENTIAL_LEVELS)
  credentialLevel?: CredentialLevel;

  @IdFilter('accreditation body')
  accreditationBodyId?: string;

  @ApiPropertyOptional({ example: 'TX', description: 'Only programs of schools in this state' })
  @IsOptional()
  @Matches(STATE_CODE_PATTERN, { message: 'state must be a two-letter state code (upper case)' })
  state?: string;
}

/** The list filter inside a bulk request: the same fields as the list's query. */
export class ProgramFilterDto implements ProgramFilter {
  @IdFilter('school')
  schoolId?: string;

  @IdFilter('occupation')
  occupationId?: string;

  @EnumFilter(DELIVERY_MODES)
  delivery?: DeliveryMode;

  @EnumFilter(CREDENTIAL_LEVELS)
  credentialLevel?: CredentialLevel;

  @IdFilter('accreditation body')
  accreditationBodyId?: string;

  @ApiPropertyOptional({ example: 'TX' })
  @IsOptional()
  @Matches(STATE_CODE_PATTERN, { message: 'state must be a two-letter state code (upper case)' })
  state?: string;

  @ApiPropertyOptional({ description: "Part of the program's or the school's name" })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class ProgramVersionDto {
  @IdField()
  id: string;

  @IntField(1)
  version: number;
}

export class BulkAccreditationDto implements BulkAccreditationRequest {
  @ApiProperty({ format: 'uuid', nullable: true, description: 'The body to assign, or null to clear' })
  @IsDefined({ message: 'accreditationBodyId is required (null clears the accreditation)' })
  @ValidateIf((_object, value) => value !== null)
  @IsUUID('all', { message: 'accreditationBodyId must be the id of an accreditation body' })
  accreditationBodyId: string | null;

  @ApiPropertyOptional({ type: [ProgramVersionDto] })
  @ValidateIf((object: BulkAccreditationDto) => object.filter === undefined || object.programs !== undefined)
  @IsArray({ message: 'programs must list the chosen programs (or send a filter instead)' })
  @ArrayMinSize(1, { message: 'programs must name at least one program' })
  @ArrayMaxSize(BULK_ACCREDITATION_MAX, {
    message: `programs may name at most ${BULK_ACCREDITATION_MAX} programs; send the list filter instead`,
  })
  @ValidateNested({ each: true })
  @Type(() => ProgramVersionDto)
  programs?: ProgramVersionDto[];

  @ApiPropertyOptional({ type: ProgramFilterDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgramFilterDto)
  filter?: ProgramFilterDto;

  @ApiPropertyOptional({ description: 'Count what would change without changing anything' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
