import {
  ACCREDITATION_BODY_SORT_FIELDS,
  AccreditationBodyListQuery,
  CreateAccreditationBodyRequest,
  UpdateAccreditationBodyRequest,
} from '@careerscope/shared';
import {
  IdField,
  IdFilter,
  IdListField,
  MarkdownField,
  SlugField,
  TextField,
  UrlField,
} from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateAccreditationBodyDto implements CreateAccreditationBodyRequest {
  @SlugField()
  slug: string;

  @TextField(200)
  name: string;

  @TextField(40)
  abbreviation: string;

  @UrlField()
  url: string | null;

  @TextField(200, 'nullable')
  recognizedBy: string | null;

  @MarkdownField()
  descriptionMarkdown: string;

  @IdField()
  sourceId: string;

  @IdListField()
  occupationIds: string[];

  @IdListField()
  sourceIds: string[];
}

export class UpdateAccreditationBodyDto
  extends UpdateRecordDto(CreateAccreditationBodyDto)
  implements UpdateAccreditationBodyRequest {}

export class AccreditationBodyListQueryDto
  extends ListQueryDto(ACCREDITATION_BODY_SORT_FIELDS)
  implements AccreditationBodyListQuery
{
  @IdFilter('source')
  sourceId?: string;
}
