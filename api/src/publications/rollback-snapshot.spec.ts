import { NO_OCCUPATION_DATA } from '../catalogue/occupation-data';
import type {
  ComparisonCellView,
  OccupationView,
  PublicationSnapshot,
  SchoolSummaryView,
  SourceView,
} from '@careerscope/shared';
import { schoolItems } from './comparison-cells';
import { withCurrentSchools } from './rollback-snapshot';

const source = (id: string): SourceView => ({
  id,
  key: id,
  publisher: 'P',
  title: id,
  url: null,
  referencePeriod: null,
  retrievedOn: null,
  citation: id,
});

const school = (slug: string, delivery: 'campus' | 'online', sourceId: string | null): SchoolSummaryView => ({
  id: slug,
  slug,
  name: `School ${slug}`,
  city: 'Denver',
  state: 'CO',
  website: null,
  ipedsUnitId: null,
  sourceId,
  zip: null,
  latitude: null,
  longitude: null,
  sector: null,
  tuitionInDistrict: null,
  tuitionInState: null,
  tuitionOutOfState: null,
  booksAndSupplies: null,
  pricesYear: null,
  pricesSourceId: null,
  closedOn: null,
  programs: [
    {
      id: `${slug}-program`,
      name: 'Program',
      occupationSlug: 'cma',
      occupationTitle: 'CMA',
      credentialLevel: 'certificate',
      delivery,
      minMonths: 9,
      maxMonths: 12,
      accreditationBodySlug: null,
      url: null,
      cipCode: null,
      awardLevel: null,
      completions: null,
      completionsYear: null,
      completionsSourceId: null,
      vanishedIn: null,
    },
  ],
});

function snapshot(schools: SchoolSummaryView[], summary: string): PublicationSnapshot {
  const occupation = {
    id: 'o1',
    slug: 'cma',
    title: 'CMA',
    summaryHtml: summary,
    sections: [],
    wages: [],
    projections: [],
    workSettings: [],
    educationPaths: [],
    accreditationBodies: [],
    certifications: [],
    skillsSourceId: 'content',
    specializationsSourceId: null,
    schools,
    data: NO_OCCUPATION_DATA,
    summarySource: 'editorial',
    sources: [
      source('content'),
      ...schools.flatMap((item) => (item.sourceId ? [source(item.sourceId)] : [])),
    ],
  } as unknown as OccupationView;
  const cell = (delivery: 'online' | null): ComparisonCellView => ({
    occupationSlug: 'cma',
    html: '',
    figures: [],
    items: schoolItems(occupation, delivery),
    sourceIds: [],
  });
  const rows = [
    {
      key: 'online-schools',
      group: null,
      label: 'Online',
      kind: 'schools' as const,
      cells: [cell('online')],
    },
    { key: 'all-schools', group: null, label: 'All', kind: 'schools' as const, cells: [cell(null)] },
  ];
  return {
    sources: occupation.sources,
    occupations: [occupation],
    comparisons: [
      {
        slug: 'c',
        title: 'C',
        occupationSlugs: ['cma'],
        introHtml: '',
        author: null,
        occupations: [],
        rows,
        sources: [],
      },
    ],
    schools,
  };
}

describe('withCurrentSchools (an editor’s rollback)', () => {
  const online = school('online-college', 'online', 'ipeds');
  const campus = school('campus-college', 'campus', null);
  const online2 = school('second-online', 'online', null);

  it('publishes the earlier snapshot as it was when the schools are the same', () => {
    const earlier = snapshot([campus, online], 'Earlier');
    expect(withCurrentSchools(earlier, snapshot([campus, online], 'Now'), new Map())).toBe(earlier);
  });

  it('keeps the earlier content with the current schools wherever schools show', () => {
    const earlier = snapshot([campus, online, online2], 'Earlier');
    const restored = withCurrentSchools(earlier, snapshot([campus, online2], 'Now'), new Map());

    expect(restored.occupations[0].summaryHtml).toBe('Earlier');
    expect(restored.schools.map((item) => item.slug)).toEqual(['campus-college', 'second-online']);
    expect(restored.occupations[0].schools.map((item) => item.slug)).toEqual([
      'campus-college',
      'second-online',
    ]);
    // The removed school's source is cited nowhere else any more.
    expect(restored.occupations[0].sources.map((item) => item.id)).toEqual(['content']);
    expect(restored.sources.map((item) => item.id)).toEqual(['content']);
    const [onlineRow, allRow] = restored.comparisons[0].rows;
    expect(onlineRow.cells[0].items.map((item) => item.text)).toEqual(['School second-online']);
    expect(allRow.cells[0].items.map((item) => item.text)).toEqual([
      'School campus-college',
      'School second-online',
    ]);
  });

  it('takes the working copy’s delivery mode when the published cells fit several', () => {
    // Earlier, every school was online: the online row and an all-schools row listed the same.
    const earlier = snapshot([online, online2], 'Earlier');
    const current = snapshot([online2, campus], 'Now');
    const working = new Map([['c', new Map([['all-schools', null]])]]);

    const restored = withCurrentSchools(earlier, current, working);
    const [onlineRow, allRow] = restored.comparisons[0].rows;
    expect(allRow.cells[0].items.map((item) => item.text)).toEqual([
      'School second-online',
      'School campus-college',
    ]);
    // No working-copy answer for this row: a mode that fits comes before "any".
    expect(onlineRow.cells[0].items.map((item) => item.text)).toEqual(['School second-online']);
  });
});
