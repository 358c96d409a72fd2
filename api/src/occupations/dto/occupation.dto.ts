import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import {
  CreateOccupationRequest,
  OCCUPATION_SORT_FIELDS,
  OccupationListQuery,
  SOC_CODE_PATTERN,
  UpdateOccupationRequest,
} from '@careerscope/shared';
import {
  IdField,
  MarkdownField,
  SlugField,
  SocCodeField,
  StringListField,
  TextField,
} from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateOccupationDto implements CreateOccupationRequest {
  @SlugField()
  slug: string;

  @TextField(200)
  title: string;

  @TextField(120)
  shortTitle: string;

  @SocCodeField()
  socCode: string;

  @TextField(200)
  socTitle: string;

  @MarkdownField()
  socNoteMarkdown: string;

  @MarkdownField('required')
  summaryMarkdown: string;

  @MarkdownField()
  dutiesMarkdown: string;

  @StringListField()
  skills: string[];

  @IdField('nullable')
  skillsSourceId: string | null;

  @StringListField()
  specializations: string[];

  @IdField('nullable')
  specializationsSourceId: string | null;
}

export class UpdateOccupationDto
  extends UpdateRecordDto(CreateOccupationDto)
  implements UpdateOccupationRequest {}

export class OccupationListQueryDto
  extends ListQueryDto(OCCUPATION_SORT_FIELDS)
  implements OccupationListQuery
{
  @ApiPropertyOptional({ example: '31-9092' })
  @IsOptional()
  @Matches(SOC_CODE_PATTERN, { message: 'socCode must be a SOC code like 31-9092' })
  socCode?: string;
}
