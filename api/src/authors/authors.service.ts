import { Injectable } from '@nestjs/common';
import { AUTHOR_SHAPE, type AuthorRecord, type CreateAuthorRequest, defaultsOf } from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { recordOf } from '../common/editorial/record.mapper';
import { AuthorEntity } from './author.entity';
import { CreateAuthorDto } from './dto/author.dto';

export function toAuthorRecord(author: AuthorEntity): AuthorRecord {
  return recordOf(AUTHOR_SHAPE, author);
}

@Injectable()
export class AuthorsService extends EditableRecordService<AuthorEntity, AuthorRecord, CreateAuthorRequest> {
  protected readonly config = {
    recordType: 'author' as const,
    entity: AuthorEntity,
    label: 'author',
    createDto: CreateAuthorDto,
    defaults: defaultsOf(AUTHOR_SHAPE),
    defaultSort: 'name',
    search: ['name', 'slug', 'jobTitle'] as const,
  };

  toRecord(author: AuthorEntity): AuthorRecord {
    return toAuthorRecord(author);
  }
}
