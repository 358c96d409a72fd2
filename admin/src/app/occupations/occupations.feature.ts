import {
  CERTIFICATION_REQUIREMENTS,
  CREDENTIAL_LEVEL_LABELS,
  EDUCATION_PATH_SHAPE,
  OCCUPATION_CERTIFICATION_SHAPE,
  OCCUPATION_SECTION_SHAPE,
  OCCUPATION_SHAPE,
  OCCUPATION_SOC_CODE_SHAPE,
  WORK_SETTING_SHAPE,
  type CreateEducationPathRequest,
  type CreateOccupationCertificationRequest,
  type CreateOccupationRequest,
  type CreateOccupationSectionRequest,
  type CreateWorkSettingRequest,
  type EducationPathRecord,
  type OccupationCertificationRecord,
  type OccupationRecord,
  type OccupationSectionRecord,
  type CreateOccupationSocCodeRequest,
  type OccupationSocCodeRecord,
  type WorkSettingRecord,
} from '@careerscope/shared';

import { formDefaults, formFields } from '../records/form-fields';
import type { FilterDef, RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { date, optionsFrom, optionsOf } from '../records/options';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const BY_OCCUPATION: FilterDef = { key: 'occupationId', label: 'Occupation', lookup: LOOKUPS.occupation };

export const OCCUPATIONS: RecordFeature<OccupationRecord, CreateOccupationRequest> = {
  recordType: 'occupation',
  path: 'occupations',
  singular: 'occupation',
  plural: 'occupations',
  description: 'Careers as the portal presents them, each measured by a BLS occupation (SOC code).',
  title: (r) => r.title,
  defaultSort: 'title',
  columns: [
    { key: 'title', header: 'Title', cell: (r) => r.title, sort: 'title' },
    { key: 'shortTitle', header: 'Short title', cell: (r) => r.shortTitle, sort: 'shortTitle' },
    { key: 'socCode', header: 'SOC code', cell: (r) => `${r.socCode} ${r.socTitle}`, sort: 'socCode' },
    { key: 'updatedAt', header: 'Updated', cell: (r) => date(r.updatedAt), sort: 'updatedAt' },
  ],
  fields: formFields(OCCUPATION_SHAPE, [
    'title',
    { key: 'shortTitle', hint: 'Column heading, e.g. CMA' },
    { key: 'slug', hint: 'The page is /careers/<slug>' },
    { key: 'socCode', hint: 'BLS occupation, e.g. 31-9092' },
    'socTitle',
    {
      key: 'socNoteMarkdown',
      hint: 'Say so when the occupation is measured by a closely related category',
    },
    'summaryMarkdown',
    'dutiesMarkdown',
    { key: 'skills', wide: true },
    'skillsSourceId',
    { key: 'specializations', wide: true },
    'specializationsSourceId',
  ]),
  defaults: () => formDefaults(OCCUPATION_SHAPE),
  related: [
    {
      label: 'Sections',
      path: 'occupation-sections',
      filterKey: 'occupationId',
      sort: 'position',
      itemLabel: (r) => text(r['title']),
    },
    {
      label: 'Certifications',
      path: 'occupation-certifications',
      filterKey: 'occupationId',
      sort: 'position',
      itemLabel: (r) =>
        `${text(r['requirement'])} — ${text(r['noteMarkdown']).slice(0, 80) || 'certification'}`,
    },
    {
      label: 'Education paths',
      path: 'education-paths',
      filterKey: 'occupationId',
      sort: 'position',
      itemLabel: (r) =>
        `${CREDENTIAL_LEVEL_LABELS[r['credentialLevel'] as keyof typeof CREDENTIAL_LEVEL_LABELS] ?? ''}: ${String(r['minMonths'])}${r['maxMonths'] ? `–${String(r['maxMonths'])}` : ''} months`,
    },
    {
      label: 'Earlier SOC codes',
      path: 'occupation-soc-codes',
      filterKey: 'occupationId',
      sort: 'socCode',
      itemLabel: (r) =>
        `${text(r['socCode'])} (${String(r['fromYear'] ?? '…')}–${String(r['toYear'] ?? 'now')})`,
    },
    {
      label: 'Work settings',
      path: 'work-settings',
      filterKey: 'occupationId',
      sort: 'position',
      itemLabel: (r) => `${text(r['name'])} (${String(r['percent'])} %)`,
    },
  ],
};

export const OCCUPATION_SECTIONS: RecordFeature<OccupationSectionRecord, CreateOccupationSectionRequest> = {
  recordType: 'occupationSection',
  path: 'occupation-sections',
  singular: 'occupation section',
  plural: 'occupation sections',
  description:
    'The prose sections of an occupation (degree requirements, licensing, …), each with its sources.',
  title: (r) => r.title,
  defaultSort: 'position',
  filters: [BY_OCCUPATION],
  columns: [
    { key: 'title', header: 'Title', cell: (r) => r.title, sort: 'title' },
    { key: 'key', header: 'Key', cell: (r) => r.key, sort: 'key' },
    { key: 'position', header: 'Position', cell: (r) => String(r.position), sort: 'position', numeric: true },
    { key: 'updatedAt', header: 'Updated', cell: (r) => date(r.updatedAt), sort: 'updatedAt' },
  ],
  fields: formFields(OCCUPATION_SECTION_SHAPE, [
    'occupationId',
    'title',
    { key: 'key', hint: 'e.g. degreeRequirements; comparison rows refer to it' },
    'position',
    'bodyMarkdown',
    { key: 'sourceIds', wide: true },
  ]),
  defaults: () => formDefaults(OCCUPATION_SECTION_SHAPE),
};

export const OCCUPATION_CERTIFICATIONS: RecordFeature<
  OccupationCertificationRecord,
  CreateOccupationCertificationRequest
> = {
  recordType: 'occupationCertification',
  path: 'occupation-certifications',
  singular: 'occupation certification',
  plural: 'occupation certifications',
  description: 'Who certifies an occupation, with which credential, and whether it is required.',
  title: (r) => `${r.requirement} certification`,
  defaultSort: 'position',
  filters: [
    BY_OCCUPATION,
    { key: 'requirement', label: 'Requirement', options: optionsOf(CERTIFICATION_REQUIREMENTS) },
  ],
  columns: [
    { key: 'requirement', header: 'Requirement', cell: (r) => r.requirement, sort: 'requirement' },
    { key: 'note', header: 'Note', cell: (r) => r.noteMarkdown.slice(0, 80) },
    { key: 'position', header: 'Position', cell: (r) => String(r.position), sort: 'position', numeric: true },
  ],
  fields: formFields(OCCUPATION_CERTIFICATION_SHAPE, [
    'occupationId',
    'requirement',
    'certifyingBodyId',
    'credentialId',
    'position',
    'sourceId',
    'noteMarkdown',
  ]),
  defaults: () => formDefaults(OCCUPATION_CERTIFICATION_SHAPE, { requirement: 'required' }),
};

export const EDUCATION_PATHS: RecordFeature<EducationPathRecord, CreateEducationPathRequest> = {
  recordType: 'educationPath',
  path: 'education-paths',
  singular: 'education path',
  plural: 'education paths',
  description: 'Ways into an occupation and how long each typically takes.',
  title: (r) =>
    `${CREDENTIAL_LEVEL_LABELS[r.credentialLevel]}, ${r.minMonths}${r.maxMonths ? `–${r.maxMonths}` : ''} months`,
  defaultSort: 'position',
  filters: [
    BY_OCCUPATION,
    { key: 'credentialLevel', label: 'Credential', options: optionsFrom(CREDENTIAL_LEVEL_LABELS) },
  ],
  columns: [
    {
      key: 'credentialLevel',
      header: 'Credential',
      cell: (r) => CREDENTIAL_LEVEL_LABELS[r.credentialLevel],
      sort: 'credentialLevel',
    },
    {
      key: 'months',
      header: 'Months',
      cell: (r) => `${r.minMonths}${r.maxMonths ? `–${r.maxMonths}` : ''}`,
      sort: 'minMonths',
    },
    { key: 'position', header: 'Position', cell: (r) => String(r.position), sort: 'position', numeric: true },
  ],
  fields: formFields(EDUCATION_PATH_SHAPE, [
    'occupationId',
    { key: 'credentialLevel', labels: CREDENTIAL_LEVEL_LABELS },
    'minMonths',
    { key: 'maxMonths', hint: 'At least the shortest' },
    'position',
    'sourceId',
    { key: 'note', wide: true },
  ]),
  defaults: () => formDefaults(EDUCATION_PATH_SHAPE, { credentialLevel: 'certificate' }),
};

export const WORK_SETTINGS: RecordFeature<WorkSettingRecord, CreateWorkSettingRequest> = {
  recordType: 'workSetting',
  path: 'work-settings',
  singular: 'work setting',
  plural: 'work settings',
  description: 'Share of an occupation’s jobs by setting (57 % offices of physicians, …).',
  title: (r) => `${r.name} (${r.percent} %)`,
  defaultSort: 'position',
  filters: [BY_OCCUPATION],
  columns: [
    { key: 'name', header: 'Setting', cell: (r) => r.name, sort: 'name' },
    { key: 'percent', header: 'Share (%)', cell: (r) => String(r.percent), sort: 'percent', numeric: true },
    { key: 'position', header: 'Position', cell: (r) => String(r.position), sort: 'position', numeric: true },
  ],
  fields: formFields(WORK_SETTING_SHAPE, ['occupationId', 'name', 'percent', 'position', 'sourceId']),
  defaults: () => formDefaults(WORK_SETTING_SHAPE),
};

export const OCCUPATION_SOC_CODES: RecordFeature<OccupationSocCodeRecord, CreateOccupationSocCodeRequest> = {
  recordType: 'occupationSocCode',
  path: 'occupation-soc-codes',
  singular: 'earlier SOC code',
  plural: 'earlier SOC codes',
  description:
    'The SOC code that measured an occupation before a SOC revision, so older BLS releases find it.',
  title: (r) => `${r.socCode} (${r.fromYear ?? '…'}–${r.toYear ?? 'now'})`,
  defaultSort: 'socCode',
  filters: [BY_OCCUPATION],
  columns: [
    { key: 'socCode', header: 'SOC code', cell: (r) => r.socCode, sort: 'socCode' },
    {
      key: 'fromYear',
      header: 'From',
      cell: (r) => (r.fromYear === null ? 'the beginning' : String(r.fromYear)),
      sort: 'fromYear',
    },
    {
      key: 'toYear',
      header: 'Until',
      cell: (r) => (r.toYear === null ? 'now' : String(r.toYear)),
      sort: 'toYear',
    },
    { key: 'note', header: 'Note', cell: (r) => r.note ?? '' },
  ],
  fields: formFields(OCCUPATION_SOC_CODE_SHAPE, [
    'occupationId',
    'socCode',
    { key: 'fromYear', hint: 'Empty: from the beginning' },
    { key: 'toYear', hint: 'Empty: until now' },
    { key: 'note', wide: true, hint: 'Why the code differs, e.g. which SOC revision merged the category' },
  ]),
  defaults: () => formDefaults(OCCUPATION_SOC_CODE_SHAPE),
};
