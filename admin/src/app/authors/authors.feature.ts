import { AUTHOR_SHAPE, type AuthorRecord, type CreateAuthorRequest } from '@careerscope/shared';

import { formDefaults, formFields } from '../records/form-fields';
import type { RecordFeature } from '../records/record-feature';
import { date } from '../records/options';

export const AUTHORS: RecordFeature<AuthorRecord, CreateAuthorRequest> = {
  recordType: 'author',
  path: 'authors',
  singular: 'author',
  plural: 'authors',
  description: 'Bylines of comparisons.',
  title: (r) => r.name,
  defaultSort: 'name',
  columns: [
    { key: 'name', header: 'Name', cell: (r) => r.name, sort: 'name' },
    { key: 'jobTitle', header: 'Job title', cell: (r) => r.jobTitle, sort: 'jobTitle' },
    { key: 'updatedAt', header: 'Updated', cell: (r) => date(r.updatedAt), sort: 'updatedAt' },
  ],
  fields: formFields(AUTHOR_SHAPE, ['name', 'slug', 'jobTitle', 'bioMarkdown']),
  defaults: () => formDefaults(AUTHOR_SHAPE),
};
