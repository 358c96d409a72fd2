import { ShapeDto } from '../../common/editorial/shape-dto';
import {
  CERTIFICATION_REQUIREMENTS,
  CertificationRequirement,
  CreateEducationPathRequest,
  CreateOccupationCertificationRequest,
  CreateOccupationSectionRequest,
  CreateOccupationSocCodeRequest,
  CreateWorkSettingRequest,
  CREDENTIAL_LEVELS,
  CredentialLevel,
  EDUCATION_PATH_SHAPE,
  EDUCATION_PATH_SORT_FIELDS,
  EducationPathListQuery,
  OCCUPATION_CERTIFICATION_SHAPE,
  OCCUPATION_CERTIFICATION_SORT_FIELDS,
  OCCUPATION_SECTION_SHAPE,
  OCCUPATION_SECTION_SORT_FIELDS,
  OCCUPATION_SOC_CODE_SHAPE,
  OCCUPATION_SOC_CODE_SORT_FIELDS,
  OccupationCertificationListQuery,
  OccupationSectionListQuery,
  OccupationSocCodeListQuery,
  UpdateEducationPathRequest,
  UpdateOccupationCertificationRequest,
  UpdateOccupationSectionRequest,
  UpdateOccupationSocCodeRequest,
  UpdateWorkSettingRequest,
  WORK_SETTING_SHAPE,
  WORK_SETTING_SORT_FIELDS,
  WorkSettingListQuery,
} from '@careerscope/shared';
import { EnumFilter, IdFilter, TextFilter } from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { AtLeastField } from '../../common/editorial/validators';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

// ----- sections -----

export class CreateOccupationSectionDto
  extends ShapeDto(OCCUPATION_SECTION_SHAPE)
  implements CreateOccupationSectionRequest {}

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

export class CreateOccupationCertificationDto
  extends ShapeDto(OCCUPATION_CERTIFICATION_SHAPE)
  implements CreateOccupationCertificationRequest {}

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

export class CreateEducationPathDto
  extends ShapeDto(EDUCATION_PATH_SHAPE, { maxMonths: [AtLeastField('minMonths')] })
  implements CreateEducationPathRequest {}

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

export class CreateWorkSettingDto extends ShapeDto(WORK_SETTING_SHAPE) implements CreateWorkSettingRequest {}

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

export class CreateOccupationSocCodeDto
  extends ShapeDto(OCCUPATION_SOC_CODE_SHAPE, { toYear: [AtLeastField('fromYear')] })
  implements CreateOccupationSocCodeRequest {}

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
