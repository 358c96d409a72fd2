import type { PublicOccupationResponse, SourceView, WageStatisticView } from '@careerscope/shared';

import { comparisonFixture, medicalAssistantSummary } from '../../testing/comparison.fixture';
import { medicalCoderFixture } from '../../testing/occupation.fixture';
import { buildComparisonModel } from './comparison-model';

const national = medicalCoderFixture.wages[0];
const v = (value: number) => ({ value, flag: null });

/** A source only the state figures cite: it must be numbered after everything else. */
const stateSource: SourceView = {
  ...medicalCoderFixture.sources[0],
  id: 'oews-state-2024',
  title: 'May 2024 State Occupational Employment and Wage Estimates',
};

const wisconsin: WageStatisticView = {
  ...national,
  id: 'wi-2024',
  areaType: 'state',
  areaCode: 'WI',
  areaName: 'Wisconsin',
  sourceId: stateSource.id,
  annual: { p10: v(35_150), p25: v(40_770), median: v(47_940), p75: v(57_620), p90: v(68_850) },
};

const coder: PublicOccupationResponse = {
  ...medicalCoderFixture,
  wages: [national, wisconsin],
  sources: [...medicalCoderFixture.sources, stateSource],
};
const assistant: PublicOccupationResponse = {
  ...medicalCoderFixture,
  id: 'assistant',
  slug: medicalAssistantSummary.slug,
  title: medicalAssistantSummary.title,
  shortTitle: 'Medical assistant',
};

describe('buildComparisonModel with a state', () => {
  const occupations = [assistant, coder];
  const withoutState = buildComparisonModel(comparisonFixture, occupations, null);
  const withState = buildComparisonModel(comparisonFixture, occupations, 'WI');

  // The page leaves the table and the national charts as the server rendered them (not hydrated):
  // a change of state must not change them.
  it('leaves the table and the national charts as they are without one', () => {
    expect(withState.rows).toEqual(withoutState.rows);
    expect(withState.columns).toEqual(withoutState.columns);
    expect(withState.charts.wages).toEqual(withoutState.charts.wages);
    expect(withState.charts.growth).toEqual(withoutState.charts.growth);
  });

  it("charts the state beside the U.S., titled with the state, citing the state's source last", () => {
    const figure = withState.charts.stateWages;
    expect(figure?.title).toBe('Wage range in Wisconsin and the U.S., May 2024');
    expect(figure?.tableCaption).toBe('Wage percentiles in Wisconsin and the U.S., May 2024');
    expect(figure?.tableCaption).not.toBe(withState.charts.wages?.tableCaption);
    expect(figure?.table.columnHeaders).toEqual([
      'Percentile',
      'Medical coder, U.S.',
      'Medical coder, Wisconsin',
    ]);

    const last = withState.sources.at(-1);
    expect(last?.source.id).toBe(stateSource.id);
    expect(figure?.notes).toContain(last?.number);
    expect(withoutState.sources.map((entry) => entry.source.id)).not.toContain(stateSource.id);
  });

  it('names the occupations without figures for the state', () => {
    expect(withState.charts.stateMissing).toEqual(['Medical assistant']);
    expect(buildComparisonModel(comparisonFixture, occupations, 'MN').charts.stateWages).toBeNull();
  });
});

describe('buildComparisonModel: the first screen', () => {
  /** The CMA as the comparison knows it: lower pay, faster growth, more jobs. */
  const assistant: PublicOccupationResponse = {
    ...medicalCoderFixture,
    id: medicalAssistantSummary.id,
    slug: medicalAssistantSummary.slug,
    title: medicalAssistantSummary.title,
    shortTitle: medicalAssistantSummary.shortTitle,
    wages: [
      {
        ...national,
        annual: { ...national.annual, median: v(44200) },
        hourly: { ...national.hourly, median: v(21.25) },
      },
    ],
    projections: [
      {
        ...medicalCoderFixture.projections[0],
        baseEmployment: 811000,
        wholePercentChange: 12,
        growthComparison: 'much faster than average',
      },
    ],
  };

  it('gives each career a verdict on what it leads and its key figures, cited before the table', () => {
    const model = buildComparisonModel(comparisonFixture, [assistant, medicalCoderFixture]);

    expect(model.glance.map((card) => [card.title, card.verdict])).toEqual([
      ['CMA', 'Faster growth and more jobs'],
      ['Medical coder', 'Higher median pay'],
    ]);
    expect(model.glance[0].figures.map((figure) => [figure.label, figure.value, figure.detail])).toEqual([
      ['Median pay, May 2024', '$44,200 a year', '$21.25 an hour'],
      ['Projected growth, 2024–34', '12%', 'much faster than average'],
      ['Jobs, 2024', '811,000', null],
      ['Typical entry education', 'Postsecondary nondegree award', null],
    ]);
    // The first screen is read first: its sources are footnotes 1 and 2.
    expect(model.glance[0].figures.map((figure) => figure.note)).toEqual([1, 2, 2, 2]);
    // Only the education level is a phrase, set to wrap between its words on a phone.
    expect(model.glance[0].figures.map((figure) => figure.words)).toEqual([false, false, false, true]);
  });

  it('shows no verdicts without the careers’ figures', () => {
    expect(buildComparisonModel(comparisonFixture, []).glance).toEqual([]);
  });
});
