import type { AuthorRecord, CreateAuthorRequest } from '@careerscope/shared';

import type { RecordFeature } from '../records/record-feature';
import { SLUG, date } from '../records/options';

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
  fields: [
    { key: 'name', label: 'Name', kind: 'text', required: true },
    { key: 'slug', label: 'Slug', kind: 'text', required: true, pattern: SLUG },
    { key: 'jobTitle', label: 'Job title', kind: 'text' },
    { key: 'bioMarkdown', label: 'Bio', kind: 'markdown' },
  ],
  defaults: () => ({ slug: '', name: '', jobTitle: '', bioMarkdown: '' }),
};
