import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  AWARD_LEVELS,
  BulkAccreditationRequest,
  ProgramFilter,
  CREDENTIAL_LEVELS,
  CreateProgramRequest,
  CreateSchoolRequest,
  CredentialLevel,
  DELIVERY_MODES,
  DeliveryMode,
  PROGRAM_SORT_FIELDS,
  ProgramListQuery,
  SCHOOL_SORT_FIELDS,
  SchoolListQuery,
  STATE_CODE_PATTERN,
  UpdateProgramRequest,
  UpdateSchoolRequest,
} from '@careerscope/shared';
import {
  DecimalField,
  EnumField,
  EnumFilter,
  IdField,
  IdFilter,
  IntField,
  SlugField,
  TextField,
  UrlField,
} from '../../common/editorial/fields';
import { ListQueryDto, trimmed } from '../../common/editorial/list-query.dto';
import { AtLeastField, BothOrNeither } from '../../common/editorial/validators';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

/** Ids a bulk request may name; a larger selection is sent as the list filter. */
export const BULK_ACCREDITATION_MAX = 1000;

export class CreateSchoolDto implements CreateSchoolRequest {
  @SlugField()
  slug: string;

  @TextField(200)
  name: string;

  @TextField(120)
  city: string;

  @TextField(2)
  @Matches(STATE_CODE_PATTERN, { message: 'state must be a two-letter state code (upper case)' })
  state: string;

  @UrlField()
  website: string | null;

  /** IPEDS UNITID (six digits). */
  @IntField(100_000, 999_999, 'nullable')
  ipedsUnitId: number | null;

  @IdField('nullable')
  sourceId: string | null;

  @TextField(5, 'nullable')
  @Matches(/^\d{5}$/, { message: 'zip must be five digits' })
  zip: string | null;

  @DecimalField(-90, 90, 6, 'nullable')
  @BothOrNeither('longitude')
  latitude: number | null;

  @DecimalField(-180, 180, 6, 'nullable')
  @BothOrNeither('latitude')
  longitude: number | null;
}

export class UpdateSchoolDto extends UpdateRecordDto(CreateSchoolDto) implements UpdateSchoolRequest {}

export class SchoolListQueryDto extends ListQueryDto(SCHOOL_SORT_FIELDS) implements SchoolListQuery {
  @ApiPropertyOptional({ example: 'CO' })
  @IsOptional()
  @Matches(STATE_CODE_PATTERN, { message: 'state must be a two-letter state code (upper case)' })
  state?: string;
}

export class CreateProgramDto implements CreateProgramRequest {
  @IdField()
  schoolId: string;

  @IdField()
  occupationId: string;

  @TextField(200)
  name: string;

  @EnumField(CREDENTIAL_LEVELS, 'nullable')
  credentialLevel: CredentialLevel | null;

  @EnumField(DELIVERY_MODES)
  delivery: DeliveryMode;

  @IntField(1, 240, 'nullable')
  minMonths: number | null;

  @IntField(1, 240, 'nullable')
  @AtLeastField('minMonths')
  maxMonths: number | null;

  @IdField('nullable')
  accreditationBodyId: string | null;

  @UrlField()
  url: string | null;

  @TextField(7, 'nullable')
  @Matches(/^\d{2}\.\d{4}$/, { message: 'cipCode must be a CIP 2020 code like 51.0801' })
  cipCode: string | null;

  @IntField(1, 99, 'nullable')
  @IsIn(AWARD_LEVELS.map((level) => level.code), {
    message: `awardLevel must be an IPEDS award level (${AWARD_LEVELS.map((level) => level.code).join(', ')})`,
  })
  awardLevel: number | null;
}

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
