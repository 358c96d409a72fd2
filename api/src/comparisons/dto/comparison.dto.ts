import { ShapeDto } from '../../common/editorial/shape-dto';
import {
  COMPARISON_ROW_KINDS,
  COMPARISON_ROW_SHAPE,
  COMPARISON_ROW_SORT_FIELDS,
  COMPARISON_SHAPE,
  COMPARISON_SORT_FIELDS,
  ComparisonListQuery,
  ComparisonRowKind,
  ComparisonRowListQuery,
  CreateComparisonRequest,
  CreateComparisonRowRequest,
  UpdateComparisonRequest,
  UpdateComparisonRowRequest,
} from '@careerscope/shared';
import { EnumFilter, IdFilter } from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateComparisonDto extends ShapeDto(COMPARISON_SHAPE) implements CreateComparisonRequest {}

export class UpdateComparisonDto
  extends UpdateRecordDto(CreateComparisonDto)
  implements UpdateComparisonRequest {}

export class ComparisonListQueryDto
  extends ListQueryDto(COMPARISON_SORT_FIELDS)
  implements ComparisonListQuery
{
  @IdFilter('author')
  authorId?: string;
}

export class CreateComparisonRowDto
  extends ShapeDto(COMPARISON_ROW_SHAPE)
  implements CreateComparisonRowRequest {}

export class UpdateComparisonRowDto
  extends UpdateRecordDto(CreateComparisonRowDto)
  implements UpdateComparisonRowRequest {}

export class ComparisonRowListQueryDto
  extends ListQueryDto(COMPARISON_ROW_SORT_FIELDS)
  implements ComparisonRowListQuery
{
  @IdFilter('comparison')
  comparisonId?: string;

  @EnumFilter(COMPARISON_ROW_KINDS)
  kind?: ComparisonRowKind;
}
