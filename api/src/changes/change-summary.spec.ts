import type { FieldChange, RecordChange } from '@careerscope/shared';
import { nameList, summarizeChanges } from './change-summary';

const context = { first: false, restoredFrom: null };

function occupation(label: string, change: RecordChange['change'], fields: FieldChange[] = []): RecordChange {
  return {
    collection: 'occupations',
    key: label.toLowerCase().replace(/ /g, '-'),
    label,
    recordType: 'occupation',
    recordId: null,
    change,
    fields,
  };
}

const wageAdded = (period: string, areaType: 'national' | 'state'): FieldChange => ({
  path: `wages[${period}-${areaType}]`,
  label: `Wages › ${period}`,
  change: 'added',
  after: {
    id: `${period}-${areaType}`,
    referencePeriod: period,
    areaType,
    areaCode: areaType === 'national' ? 'US' : 'CO',
  },
});

describe('summarizeChanges', () => {
  it('counts occupations whose national wages gained a newer period, ignoring the sources list that follows', () => {
    const changes = ['Registered Nurses', 'Medical Assistants', 'Phlebotomists'].map((title) =>
      occupation(title, 'changed', [
        wageAdded('May 2025', 'national'),
        { path: 'wages[old]', label: 'Wages › May 2022', change: 'removed', before: {} },
        { path: 'sources[x]', label: 'Sources › BLS', change: 'added', after: {} },
      ]),
    );

    const summary = summarizeChanges(changes, context);

    expect(summary.lines).toEqual([
      {
        topic: 'wages',
        change: 'changed',
        count: 3,
        text: 'Wages for 3 occupations updated to May 2025',
        names: ['Medical Assistants', 'Phlebotomists', 'Registered Nurses'],
      },
    ]);
    expect(summary.headline).toBe('Wages for 3 occupations updated to May 2025');
  });

  it('says which records were added and removed, naming a few and counting many', () => {
    const added = ['Dental Hygienists', 'Surgical Technologists', 'Opticians'].map((title) =>
      occupation(title, 'added'),
    );
    const schools: RecordChange[] = ['A', 'B', 'C', 'D', 'E', 'F'].map((name) => ({
      collection: 'schools',
      key: name,
      label: `School ${name}`,
      recordType: 'school',
      recordId: null,
      change: 'removed',
      fields: [],
    }));

    const summary = summarizeChanges([...schools, ...added], context);

    expect(summary.lines.map((line) => line.text)).toEqual([
      '3 occupations added: Dental Hygienists, Opticians and Surgical Technologists',
      '6 schools removed',
    ]);
    expect(summary.lines[1].names).toHaveLength(6);
    expect(summary.headline).toBe(
      '3 occupations added: Dental Hygienists, Opticians and Surgical Technologists, and 1 more change',
    );
  });

  it('tells state figures, revised figures and other edits apart', () => {
    const summary = summarizeChanges(
      [
        occupation('Registered Nurses', 'changed', [wageAdded('May 2025', 'state')]),
        occupation('Medical Assistants', 'changed', [
          { path: 'wages[w1].annual.median.value', label: 'Median', change: 'changed', before: 1, after: 2 },
          { path: 'summaryHtml', label: 'Summary', change: 'changed', before: 'a', after: 'b' },
        ]),
      ],
      context,
    );

    expect(summary.lines.map((line) => line.text)).toEqual([
      'State wages for May 2025 added for 1 occupation',
      'Wages revised for 1 occupation: Medical Assistants',
      'Descriptions or other details changed for 1 occupation: Medical Assistants',
    ]);
  });

  it('names the first publication, a rollback and a publish that changed nothing', () => {
    expect(
      summarizeChanges([occupation('Registered Nurses', 'added')], { first: true, restoredFrom: null })
        .headline,
    ).toBe('First publication');
    expect(summarizeChanges([], { first: false, restoredFrom: 'the version of May 1, 2026' }).headline).toBe(
      'Rolled back to the version of May 1, 2026',
    );
    expect(summarizeChanges([], context)).toEqual({
      headline: 'Published again with no changes to the content',
      lines: [],
    });
  });
});

describe('nameList', () => {
  it('joins names as a sentence and counts the ones left out', () => {
    expect(nameList(['A'])).toBe('A');
    expect(nameList(['A', 'B'])).toBe('A and B');
    expect(nameList(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D, E and 2 more');
  });
});
