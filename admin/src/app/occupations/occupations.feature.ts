import {
  CERTIFICATION_REQUIREMENTS,
  CREDENTIAL_LEVEL_LABELS,
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

import type { FilterDef, RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { SLUG, SOC_CODE, date, optionsFrom, optionsOf } from '../records/options';

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
  fields: [
    { key: 'title', label: 'Title', kind: 'text', required: true },
    {
      key: 'shortTitle',
      label: 'Short title',
      kind: 'text',
      required: true,
      hint: 'Column heading, e.g. CMA',
    },
    {
      key: 'slug',
      label: 'Slug',
      kind: 'text',
      required: true,
      pattern: SLUG,
      hint: 'The page is /careers/<slug>',
    },
    {
      key: 'socCode',
      label: 'SOC code',
      kind: 'text',
      required: true,
      pattern: SOC_CODE,
      hint: 'BLS occupation, e.g. 31-9092',
    },
    { key: 'socTitle', label: 'SOC title', kind: 'text', required: true },
    {
      key: 'socNoteMarkdown',
      label: 'Note on the SOC code',
      kind: 'markdown',
      hint: 'Say so when the occupation is measured by a closely related category',
    },
    { key: 'summaryMarkdown', label: 'Summary', kind: 'markdown', required: true },
    { key: 'dutiesMarkdown', label: 'Duties', kind: 'markdown' },
    { key: 'skills', label: 'Skills', kind: 'list', wide: true },
    { key: 'skillsSourceId', label: 'Source of the skills', kind: 'record', lookup: LOOKUPS.source },
    { key: 'specializations', label: 'Specializations', kind: 'list', wide: true },
    {
      key: 'specializationsSourceId',
      label: 'Source of the specializations',
      kind: 'record',
      lookup: LOOKUPS.source,
    },
  ],
  defaults: () => ({
    slug: '',
    title: '',
    shortTitle: '',
    socCode: '',
    socTitle: '',
    socNoteMarkdown: '',
    summaryMarkdown: '',
    dutiesMarkdown: '',
    skills: [],
    skillsSourceId: null,
    specializations: [],
    specializationsSourceId: null,
  }),
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
  fields: [
    { key: 'occupationId', label: 'Occupation', kind: 'record', lookup: LOOKUPS.occupation, required: true },
    { key: 'title', label: 'Title', kind: 'text', required: true },
    {
      key: 'key',
      label: 'Key',
      kind: 'text',
      required: true,
      hint: 'e.g. degreeRequirements; comparison rows refer to it',
    },
    { key: 'position', label: 'Position', kind: 'number', required: true, min: 0 },
    { key: 'bodyMarkdown', label: 'Text', kind: 'markdown', required: true },
    { key: 'sourceIds', label: 'Sources', kind: 'records', lookup: LOOKUPS.source, wide: true },
  ],
  defaults: () => ({ occupationId: '', key: '', title: '', bodyMarkdown: '', position: 0, sourceIds: [] }),
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
  fields: [
    { key: 'occupationId', label: 'Occupation', kind: 'record', lookup: LOOKUPS.occupation, required: true },
    {
      key: 'requirement',
      label: 'Requirement',
      kind: 'select',
      required: true,
      options: optionsOf(CERTIFICATION_REQUIREMENTS),
    },
    { key: 'certifyingBodyId', label: 'Certifying body', kind: 'record', lookup: LOOKUPS.certifyingBody },
    { key: 'credentialId', label: 'Credential', kind: 'record', lookup: LOOKUPS.credential },
    { key: 'position', label: 'Position', kind: 'number', required: true, min: 0 },
    { key: 'sourceId', label: 'Source', kind: 'record', lookup: LOOKUPS.source, required: true },
    { key: 'noteMarkdown', label: 'Note', kind: 'markdown' },
  ],
  defaults: () => ({
    occupationId: '',
    requirement: 'required',
    certifyingBodyId: null,
    credentialId: null,
    noteMarkdown: '',
    position: 0,
    sourceId: '',
  }),
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
  fields: [
    { key: 'occupationId', label: 'Occupation', kind: 'record', lookup: LOOKUPS.occupation, required: true },
    {
      key: 'credentialLevel',
      label: 'Credential',
      kind: 'select',
      required: true,
      options: optionsFrom(CREDENTIAL_LEVEL_LABELS),
    },
    { key: 'minMonths', label: 'Shortest (months)', kind: 'number', required: true, min: 0 },
    { key: 'maxMonths', label: 'Longest (months)', kind: 'number', min: 0, hint: 'At least the shortest' },
    { key: 'position', label: 'Position', kind: 'number', required: true, min: 0 },
    { key: 'sourceId', label: 'Source', kind: 'record', lookup: LOOKUPS.source, required: true },
    { key: 'note', label: 'Note', kind: 'text', nullable: true, wide: true },
  ],
  defaults: () => ({
    occupationId: '',
    credentialLevel: 'certificate',
    minMonths: 0,
    maxMonths: null,
    note: null,
    position: 0,
    sourceId: '',
  }),
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
  fields: [
    { key: 'occupationId', label: 'Occupation', kind: 'record', lookup: LOOKUPS.occupation, required: true },
    { key: 'name', label: 'Setting', kind: 'text', required: true },
    {
      key: 'percent',
      label: 'Share of jobs (%)',
      kind: 'number',
      required: true,
      min: 0,
      max: 100,
      step: 0.1,
    },
    { key: 'position', label: 'Position', kind: 'number', required: true, min: 0 },
    { key: 'sourceId', label: 'Source', kind: 'record', lookup: LOOKUPS.source, required: true },
  ],
  defaults: () => ({ occupationId: '', name: '', percent: 0, position: 0, sourceId: '' }),
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
  fields: [
    { key: 'occupationId', label: 'Occupation', kind: 'record', lookup: LOOKUPS.occupation, required: true },
    { key: 'socCode', label: 'SOC code', kind: 'text', required: true, pattern: SOC_CODE },
    {
      key: 'fromYear',
      label: 'From year',
      kind: 'number',
      min: 1990,
      max: 2100,
      hint: 'Empty: from the beginning',
    },
    { key: 'toYear', label: 'Until year', kind: 'number', min: 1990, max: 2100, hint: 'Empty: until now' },
    { key: 'note', label: 'Why it differs', kind: 'text', nullable: true, wide: true },
  ],
  defaults: () => ({ occupationId: '', socCode: '', fromYear: null, toYear: null, note: null }),
};
