import {
  AUTHOR_SORT_FIELDS,
  AuthorListQuery,
  CreateAuthorRequest,
  UpdateAuthorRequest,
} from '@careerscope/shared';
import { MarkdownField, SlugField, TextField } from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateAuthorDto implements CreateAuthorRequest {
  @SlugField()
  slug: string;

  @TextField(200)
  name: string;

  @TextField(200)
  jobTitle: string;

  @MarkdownField('required')
  bioMarkdown: string;
}

export class UpdateAuthorDto extends UpdateRecordDto(CreateAuthorDto) implements UpdateAuthorRequest {}

export class AuthorListQueryDto extends ListQueryDto(AUTHOR_SORT_FIELDS) implements AuthorListQuery {}
