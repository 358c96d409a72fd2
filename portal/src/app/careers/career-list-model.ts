import {
  BRIGHT_OUTLOOK_GROWTH_MULTIPLE,
  BRIGHT_OUTLOOK_NEW_JOBS,
  type CatalogueEntryView,
  type PublicOccupationListResponse,
  type SourceView,
  formatAnnualWage,
  formatCount,
  formatPercent,
  sourceCitationName,
  stateName,
} from '@careerscope/shared';

import { Footnotes, type NumberedSource } from '../citations/footnotes';

export interface CareerFact {
  label: string;
  value: string;
  note: number | null;
}

export interface CareerCard {
  entry: CatalogueEntryView;
  facts: CareerFact[];
}

export interface CareerListModel {
  /** The bright-outlook rule in words, with the baseline's footnote. */
  brightRule: { text: string; baselineText: string | null; note: number | null; rest: string };
  cards: CareerCard[];
  sources: NumberedSource[];
}

const MULTIPLE_WORDS: Record<number, string> = { 2: 'twice', 3: 'three times' };

/** "+13,800" or "−2,100": a change of jobs with its sign. */
function signedCount(value: number): string {
  return value < 0 ? `−${formatCount(-value)}` : `+${formatCount(value)}`;
}

/**
 * Lays out one page of finder results. Footnotes are numbered by first use: the bright-outlook
 * baseline (stated above the results), then each card's pay, growth and education in order. Only
 * the sources the page cites are listed.
 */
export function buildCareerListModel(
  results: PublicOccupationListResponse,
  allSources: readonly SourceView[],
  state: string,
): CareerListModel {
  const cited = new Set<string>();
  const baseline = results.baseline;
  if (baseline) cited.add(baseline.sourceId);
  for (const entry of results.items) {
    for (const id of [entry.paySourceId, entry.projectionSourceId, entry.educationSourceId]) {
      if (id) cited.add(id);
    }
  }
  const footnotes = new Footnotes(allSources.filter((source) => cited.has(source.id)));
  const baselineSource = baseline ? allSources.find((source) => source.id === baseline.sourceId) : undefined;
  const citation = baselineSource ? sourceCitationName(baselineSource) : null;

  const multiple =
    MULTIPLE_WORDS[BRIGHT_OUTLOOK_GROWTH_MULTIPLE] ?? `${BRIGHT_OUTLOOK_GROWTH_MULTIPLE} times`;
  const brightRule = {
    text: `“Bright outlook” marks projected growth at least ${multiple} the all-occupations rate`,
    baselineText: baseline
      ? `${formatPercent(baseline.percentChange)} for ${baseline.period}${citation ? `, ${citation}` : ''}`
      : null,
    note: baseline ? footnotes.cite(baseline.sourceId) : null,
    rest: `or at least ${formatCount(BRIGHT_OUTLOOK_NEW_JOBS)} new jobs over the decade.`,
  };

  const cards = results.items.map((entry) => {
    const where = entry.areaCode !== 'US' ? `, ${stateName(entry.areaCode)}` : state ? ', United States' : '';
    const facts: CareerFact[] = [];
    facts.push({
      label: `Median pay${entry.payPeriod ? `, ${entry.payPeriod}` : ''}${where}`,
      value: entry.medianPay === null ? 'Not published' : `${formatAnnualWage(entry.medianPay)} a year`,
      note: entry.medianPay === null ? null : footnotes.cite(entry.paySourceId),
    });
    const growthNote = entry.growthPercent === null ? null : footnotes.cite(entry.projectionSourceId);
    facts.push({
      label: `Projected growth${entry.projectionPeriod ? `, ${entry.projectionPeriod}` : ''}${where}`,
      value:
        entry.growthPercent === null
          ? 'Not published'
          : `${formatPercent(entry.growthPercent)}${entry.newJobs === null ? '' : ` (${signedCount(entry.newJobs)} jobs)`}`,
      note: growthNote,
    });
    if (entry.openings !== null) {
      facts.push({
        label: 'Openings a year, on average',
        value: formatCount(entry.openings),
        note: footnotes.cite(entry.projectionSourceId),
      });
    }
    facts.push({
      label: 'Typical entry education',
      value: entry.typicalEducation ?? 'Not published',
      note: entry.typicalEducation === null ? null : footnotes.cite(entry.educationSourceId),
    });
    return { entry, facts };
  });

  return { brightRule, cards, sources: footnotes.list() };
}
