import {
  COMPARISON_ROW_KINDS,
  COMPARISON_ROW_SORT_FIELDS,
  COMPARISON_SORT_FIELDS,
  ComparisonListQuery,
  ComparisonRowKind,
  ComparisonRowListQuery,
  CreateComparisonRequest,
  CreateComparisonRowRequest,
  DELIVERY_MODES,
  DeliveryMode,
  MAX_COMPARED_OCCUPATIONS,
  UpdateComparisonRequest,
  UpdateComparisonRowRequest,
} from '@careerscope/shared';
import {
  EnumField,
  EnumFilter,
  IdField,
  IdFilter,
  IdListField,
  MarkdownField,
  PositionField,
  SlugField,
  TextField,
} from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateComparisonDto implements CreateComparisonRequest {
  @SlugField()
  slug: string;

  @TextField(200)
  title: string;

  @MarkdownField()
  introMarkdown: string;

  @IdField('nullable')
  authorId: string | null;

  /** Column order; at most MAX_COMPARED_OCCUPATIONS. */
  @IdListField('optional', MAX_COMPARED_OCCUPATIONS)
  occupationIds: string[];
}

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

export class CreateComparisonRowDto implements CreateComparisonRowRequest {
  @IdField()
  comparisonId: string;

  @SlugField()
  key: string;

  @TextField(200, 'nullable')
  group: string | null;

  @TextField(200)
  label: string;

  @EnumField(COMPARISON_ROW_KINDS)
  kind: ComparisonRowKind;

  @TextField(60, 'nullable')
  sectionKey: string | null;

  @EnumField(DELIVERY_MODES, 'nullable')
  delivery: DeliveryMode | null;

  @PositionField()
  position: number;
}

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
