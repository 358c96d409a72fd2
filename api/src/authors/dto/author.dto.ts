import { ShapeDto } from '../../common/editorial/shape-dto';
import {
  AUTHOR_SHAPE,
  AUTHOR_SORT_FIELDS,
  AuthorListQuery,
  CreateAuthorRequest,
  UpdateAuthorRequest,
} from '@careerscope/shared';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateAuthorDto extends ShapeDto(AUTHOR_SHAPE) implements CreateAuthorRequest {}

export class UpdateAuthorDto extends UpdateRecordDto(CreateAuthorDto) implements UpdateAuthorRequest {}

export class AuthorListQueryDto extends ListQueryDto(AUTHOR_SORT_FIELDS) implements AuthorListQuery {}
