import { auditCategoryTypes, auditSentence, fieldLabel, listOf } from './audit-sentence';

describe('audit sentences', () => {
  it('names a wage save by its record and the figures that changed', () => {
    expect(
      auditSentence({
        type: 'record.updated',
        actor: 'Ana Lopez',
        subjectType: 'wageStatistic',
        subjectId: '0b6f1c1e-0000-4000-8000-000000000000',
        details: { title: 'Registered Nurses', fields: ['medianAnnual', 'p25Hourly'] },
      }),
    ).toBe('Ana Lopez saved Registered Nurses: median wage, annual and 25th percentile, hourly');
  });

  it('names an upload by its file and kind, and a system action as the system', () => {
    expect(
      auditSentence({
        type: 'import.uploaded',
        actor: 'Ben',
        subjectType: 'import',
        subjectId: 'x',
        details: { fileName: 'national_M2025_dl.xlsx', kind: 'oews', sha256: 'ab'.repeat(32) },
      }),
    ).toBe('Ben uploaded national_M2025_dl.xlsx (OEWS wages)');
    expect(
      auditSentence({
        type: 'publication.published',
        actor: null,
        subjectType: 'publication',
        subjectId: '1',
        details: { note: 'Seed' },
      }),
    ).toBe('The system published publication 1: “Seed”');
  });

  it('explains a failed sign-in without codes', () => {
    expect(
      auditSentence({
        type: 'auth.sign_in_failed',
        actor: null,
        subjectType: null,
        subjectId: null,
        details: { email: 'ghost@example.org', reason: 'unknown_email' },
      }),
    ).toBe('A sign-in as ghost@example.org failed: no account has this email');
  });

  it('tells sign-outs and content imports', () => {
    const base = { subjectType: null, subjectId: null };
    expect(auditSentence({ ...base, type: 'auth.sign_out', actor: 'Ana Lopez', details: {} })).toBe(
      'Ana Lopez signed out',
    );
    expect(
      auditSentence({
        ...base,
        type: 'content.imported',
        actor: null,
        details: { fileName: 'backup.json', records: 120 },
      }),
    ).toBe('The system imported the content file backup.json (120 records)');
  });

  it('reads field names and lists as words', () => {
    expect(fieldLabel('summaryMarkdown')).toBe('summary');
    expect(fieldLabel('skillsSourceId')).toBe('skills source');
    expect(fieldLabel('socCode')).toBe('SOC code');
    expect(listOf(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c and 3 more');
  });

  it('groups event types into categories', () => {
    expect(auditCategoryTypes('content')).toEqual([
      'content.imported',
      'record.created',
      'record.updated',
      'record.deleted',
      'record.restored',
    ]);
    expect(auditCategoryTypes('sign-in')).toEqual([
      'auth.sign_in',
      'auth.sign_in_failed',
      'auth.sign_out',
      'auth.locked',
    ]);
  });
});
