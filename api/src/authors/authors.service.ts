import { Injectable } from '@nestjs/common';
import type { AuthorRecord, CreateAuthorRequest } from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { editableFields } from '../common/editorial/record.mapper';
import { AuthorEntity } from './author.entity';
import { CreateAuthorDto } from './dto/author.dto';

export function toAuthorRecord(author: AuthorEntity): AuthorRecord {
  return {
    ...editableFields(author),
    slug: author.slug,
    name: author.name,
    jobTitle: author.jobTitle,
    bioMarkdown: author.bioMarkdown,
  };
}

@Injectable()
export class AuthorsService extends EditableRecordService<AuthorEntity, AuthorRecord, CreateAuthorRequest> {
  protected readonly config = {
    recordType: 'author' as const,
    entity: AuthorEntity,
    label: 'author',
    createDto: CreateAuthorDto,
    defaults: {},
    defaultSort: 'name',
    search: ['name', 'slug', 'jobTitle'] as const,
  };

  toRecord(author: AuthorEntity): AuthorRecord {
    return toAuthorRecord(author);
  }
}
