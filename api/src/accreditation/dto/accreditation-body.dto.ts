import { ShapeDto } from '../../common/editorial/shape-dto';
import {
  ACCREDITATION_BODY_SHAPE,
  ACCREDITATION_BODY_SORT_FIELDS,
  AccreditationBodyListQuery,
  CreateAccreditationBodyRequest,
  UpdateAccreditationBodyRequest,
} from '@careerscope/shared';
import { IdFilter } from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateAccreditationBodyDto
  extends ShapeDto(ACCREDITATION_BODY_SHAPE)
  implements CreateAccreditationBodyRequest {}

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
