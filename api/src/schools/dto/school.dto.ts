import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import {
  AWARD_LEVELS,
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
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { AtLeastField, BothOrNeither } from '../../common/editorial/validators';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

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
  @Matches(/^\d{5}$/, { message: 'zip must be a five-digit ZIP code' })
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
}
