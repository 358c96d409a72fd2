import {
  CERTIFYING_BODY_SORT_FIELDS,
  CertifyingBodyListQuery,
  CREDENTIAL_SORT_FIELDS,
  CreateCertifyingBodyRequest,
  CreateCredentialRequest,
  CredentialListQuery,
  UpdateCertifyingBodyRequest,
  UpdateCredentialRequest,
} from '@careerscope/shared';
import {
  IdField,
  IdFilter,
  IntField,
  MarkdownField,
  SlugField,
  TextField,
  UrlField,
} from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateCertifyingBodyDto implements CreateCertifyingBodyRequest {
  @SlugField()
  slug: string;

  @TextField(200)
  name: string;

  @TextField(40)
  abbreviation: string;

  @UrlField()
  url: string | null;

  @IdField()
  sourceId: string;
}

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

export class CreateCredentialDto implements CreateCredentialRequest {
  @SlugField()
  slug: string;

  @TextField(200)
  name: string;

  @TextField(40)
  abbreviation: string;

  @IdField('nullable')
  certifyingBodyId: string | null;

  /** Recertify every this many months. */
  @IntField(1, 1200, 'nullable')
  renewalPeriodMonths: number | null;

  /** Continuing-education units needed per renewal period. */
  @IntField(1, 100_000, 'nullable')
  renewalUnits: number | null;

  @TextField(60, 'nullable')
  renewalUnitName: string | null;

  @MarkdownField()
  renewalNoteMarkdown: string;

  @IdField()
  sourceId: string;
}

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
