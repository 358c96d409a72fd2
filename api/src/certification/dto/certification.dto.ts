import { ShapeDto } from '../../common/editorial/shape-dto';
import {
  CERTIFYING_BODY_SHAPE,
  CERTIFYING_BODY_SORT_FIELDS,
  CertifyingBodyListQuery,
  CreateCertifyingBodyRequest,
  CreateCredentialRequest,
  CREDENTIAL_SHAPE,
  CREDENTIAL_SORT_FIELDS,
  CredentialListQuery,
  UpdateCertifyingBodyRequest,
  UpdateCredentialRequest,
} from '@careerscope/shared';
import { IdFilter } from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateCertifyingBodyDto
  extends ShapeDto(CERTIFYING_BODY_SHAPE)
  implements CreateCertifyingBodyRequest {}

export class UpdateCertifyingBodyDto
  extends UpdateRecordDto(CreateCertifyingBodyDto)
  implements UpdateCertifyingBodyRequest {}

export class CertifyingBodyListQueryDto
  extends ListQueryDto(CERTIFYING_BODY_SORT_FIELDS)
  implements CertifyingBodyListQuery
{
  @IdFilter('source')
  sourceId?: string;
}

export class CreateCredentialDto extends ShapeDto(CREDENTIAL_SHAPE) implements CreateCredentialRequest {}

export class UpdateCredentialDto
  extends UpdateRecordDto(CreateCredentialDto)
  implements UpdateCredentialRequest {}

export class CredentialListQueryDto
  extends ListQueryDto(CREDENTIAL_SORT_FIELDS)
  implements CredentialListQuery
{
  @IdFilter('certifying body')
  certifyingBodyId?: string;

  @IdFilter('source')
  sourceId?: string;
}
