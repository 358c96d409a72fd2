import {
  CERTIFICATION_REQUIREMENTS,
  CertificationRequirement,
  CREDENTIAL_LEVELS,
  CreateEducationPathRequest,
  CreateOccupationCertificationRequest,
  CreateOccupationSectionRequest,
  CreateWorkSettingRequest,
  CredentialLevel,
  EDUCATION_PATH_SORT_FIELDS,
  EducationPathListQuery,
  OCCUPATION_CERTIFICATION_SORT_FIELDS,
  OCCUPATION_SECTION_SORT_FIELDS,
  OccupationCertificationListQuery,
  OccupationSectionListQuery,
  UpdateEducationPathRequest,
  UpdateOccupationCertificationRequest,
  UpdateOccupationSectionRequest,
  UpdateWorkSettingRequest,
  WORK_SETTING_SORT_FIELDS,
  WorkSettingListQuery,
  CreateOccupationSocCodeRequest,
  OCCUPATION_SOC_CODE_SORT_FIELDS,
  OccupationSocCodeListQuery,
  UpdateOccupationSocCodeRequest,
} from '@careerscope/shared';
import {
  DecimalField,
  EnumField,
  EnumFilter,
  IdField,
  IdFilter,
  IdListField,
  IntField,
  MarkdownField,
  PositionField,
  SocCodeField,
  TextField,
  TextFilter,
} from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { AtLeastField } from '../../common/editorial/validators';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

// ----- sections -----

export class CreateOccupationSectionDto implements CreateOccupationSectionRequest {
  @IdField()
  occupationId: string;

  /** camelCase key the comparison rows name ("degreeRequirements"). */
  @TextField(60)
  key: string;

  @TextField(200)
  title: string;

  @MarkdownField('required')
  bodyMarkdown: string;

  @PositionField()
  position: number;

  @IdListField()
  sourceIds: string[];
}

export class UpdateOccupationSectionDto
  extends UpdateRecordDto(CreateOccupationSectionDto)
  implements UpdateOccupationSectionRequest {}

export class OccupationSectionListQueryDto
  extends ListQueryDto(OCCUPATION_SECTION_SORT_FIELDS)
  implements OccupationSectionListQuery
{
  @IdFilter('occupation')
  occupationId?: string;

  @TextFilter(60)
  key?: string;
}

// ----- certifications -----

export class CreateOccupationCertificationDto implements CreateOccupationCertificationRequest {
  @IdField()
  occupationId: string;

  @EnumField(CERTIFICATION_REQUIREMENTS)
  requirement: CertificationRequirement;

  @IdField('nullable')
  certifyingBodyId: string | null;

  @IdField('nullable')
  credentialId: string | null;

  @MarkdownField()
  noteMarkdown: string;

  @PositionField()
  position: number;

  @IdField()
  sourceId: string;
}

export class UpdateOccupationCertificationDto
  extends UpdateRecordDto(CreateOccupationCertificationDto)
  implements UpdateOccupationCertificationRequest {}

export class OccupationCertificationListQueryDto
  extends ListQueryDto(OCCUPATION_CERTIFICATION_SORT_FIELDS)
  implements OccupationCertificationListQuery
{
  @IdFilter('occupation')
  occupationId?: string;

  @EnumFilter(CERTIFICATION_REQUIREMENTS)
  requirement?: CertificationRequirement;

  @IdFilter('certifying body')
  certifyingBodyId?: string;

  @IdFilter('credential')
  credentialId?: string;

  @IdFilter('source')
  sourceId?: string;
}

// ----- education paths -----

export class CreateEducationPathDto implements CreateEducationPathRequest {
  @IdField()
  occupationId: string;

  @EnumField(CREDENTIAL_LEVELS)
  credentialLevel: CredentialLevel;

  @IntField(1, 240)
  minMonths: number;

  @IntField(1, 240, 'nullable')
  @AtLeastField('minMonths')
  maxMonths: number | null;

  @TextField(500, 'nullable')
  note: string | null;

  @PositionField()
  position: number;

  @IdField()
  sourceId: string;
}

export class UpdateEducationPathDto
  extends UpdateRecordDto(CreateEducationPathDto)
  implements UpdateEducationPathRequest {}

export class EducationPathListQueryDto
  extends ListQueryDto(EDUCATION_PATH_SORT_FIELDS)
  implements EducationPathListQuery
{
  @IdFilter('occupation')
  occupationId?: string;

  @EnumFilter(CREDENTIAL_LEVELS)
  credentialLevel?: CredentialLevel;

  @IdFilter('source')
  sourceId?: string;
}

// ----- work settings -----

export class CreateWorkSettingDto implements CreateWorkSettingRequest {
  @IdField()
  occupationId: string;

  @TextField(200)
  name: string;

  /** Percent of the occupation's jobs, 0–100. */
  @DecimalField(0, 100, 2)
  percent: number;

  @PositionField()
  position: number;

  @IdField()
  sourceId: string;
}

export class UpdateWorkSettingDto
  extends UpdateRecordDto(CreateWorkSettingDto)
  implements UpdateWorkSettingRequest {}

export class WorkSettingListQueryDto
  extends ListQueryDto(WORK_SETTING_SORT_FIELDS)
  implements WorkSettingListQuery
{
  @IdFilter('occupation')
  occupationId?: string;

  @IdFilter('source')
  sourceId?: string;
}

// ----- SOC code periods -----

export class CreateOccupationSocCodeDto implements CreateOccupationSocCodeRequest {
  @IdField()
  occupationId: string;

  @SocCodeField()
  socCode: string;

  /** First year the code applies; null: from the beginning. */
  @IntField(1990, 2200, 'nullable')
  fromYear: number | null;

  /** Last year the code applies; null: until now. */
  @IntField(1990, 2200, 'nullable')
  @AtLeastField('fromYear')
  toYear: number | null;

  @TextField(300, 'nullable')
  note: string | null;
}

export class UpdateOccupationSocCodeDto
  extends UpdateRecordDto(CreateOccupationSocCodeDto)
  implements UpdateOccupationSocCodeRequest {}

export class OccupationSocCodeListQueryDto
  extends ListQueryDto(OCCUPATION_SOC_CODE_SORT_FIELDS)
  implements OccupationSocCodeListQuery
{
  @IdFilter('occupation')
  occupationId?: string;

  @TextFilter(7)
  socCode?: string;
}
