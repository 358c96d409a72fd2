import {
  type CellFigure,
  type CellItem,
  type ComparisonView,
  ENTRY_EDUCATION_LEVELS,
  type FlaggedValue,
  formatAnnualWage,
  formatCount,
  formatHourlyWage,
  formatPercent,
  type OccupationSummaryView,
  type OccupationView,
  type SourceView,
  WAGE_FLAG_MEANINGS,
} from '@careerscope/shared';

import { latestForState, latestNational, nationalProjection } from '../careers/occupation-model';
import { type FigureData, growthFigure, printFlagged, wagePercentilesFigure } from '../charts/figures';
import { Footnotes, type NumberedSource } from '../citations/footnotes';
import { type StateOption, statesWithWages } from '../wages/state-picker';

export interface FigureModel {
  label: string;
  display: string;
  /** What a BLS flag stands for ("At or above the published cap"), when the figure has one. */
  flagMeaning: string | null;
  note: number | null;
}

export interface ItemModel {
  text: string;
  detail: string | null;
  href: string | null;
  note: number | null;
}

export interface CellModel {
  occupationSlug: string;
  html: string;
  /** Footnotes for the prose: the cell's sources that no figure or item already cites. */
  proseNotes: number[];
  figures: FigureModel[];
  items: ItemModel[];
}

export interface RowModel {
  key: string;
  label: string;
  /** Set on the first row of a group: the heading row goes above it. */
  groupHeading: string | null;
  cells: CellModel[];
}

export interface ComparisonFigure extends FigureData {
  notes: number[];
}

export interface ComparisonCharts {
  wages: ComparisonFigure | null;
  growth: ComparisonFigure | null;
  /** The chosen state's wages beside the national ones, per occupation. */
  stateWages: ComparisonFigure | null;
  /** Occupations with no figures for the chosen state. */
  stateMissing: string[];
  states: StateOption[];
}

/** One career's first-screen summary: a one-line verdict and its key figures. */
export interface GlanceCard {
  slug: string;
  title: string;
  /** What this career leads on among those compared: "Higher pay and more jobs". */
  verdict: string;
  /** `words`: the value is a phrase (an education level), set smaller than a figure so it wraps between words. */
  figures: { label: string; value: string; words: boolean; detail: string | null; note: number | null }[];
}

export interface ComparisonModel {
  /** The first screen: a verdict and the key figures per career, before the table. */
  glance: GlanceCard[];
  columns: OccupationSummaryView[];
  rows: RowModel[];
  charts: ComparisonCharts;
  sources: NumberedSource[];
}

const NO_CHARTS: ComparisonCharts = {
  wages: null,
  growth: null,
  stateWages: null,
  stateMissing: [],
  states: [],
};

/**
 * Lays out a comparison for its table. Footnotes are numbered by first use in reading order: rows
 * top to bottom, cells left to right, and within a cell its prose, then its figures, then its items
 * (the order the table shows them).
 */
export function buildComparisonModel(
  view: ComparisonView,
  occupations: readonly OccupationView[] = [],
  state: string | null = null,
): ComparisonModel {
  const chartData = chartInputs(view, occupations, state);
  const known = new Set(view.sources.map((source) => source.id));
  const footnotes = new Footnotes([
    ...view.sources,
    ...chartData.extraSources.filter((source) => !known.has(source.id)),
  ]);
  const glance = buildGlance(chartData.columns, footnotes);
  let currentGroup: string | null = null;

  const rows = view.rows.map((row): RowModel => {
    const groupHeading = row.group !== null && row.group !== currentGroup ? row.group : null;
    currentGroup = row.group;
    return {
      key: row.key,
      label: row.label,
      groupHeading,
      cells: row.cells.map((cell): CellModel => {
        const citedInline = new Set<string | null>([
          ...cell.figures.map((figure) => figure.sourceId),
          ...cell.items.map((item) => item.sourceId),
        ]);
        const proseNotes = cell.html
          ? footnotes.citeAll(cell.sourceIds.filter((id) => !citedInline.has(id)))
          : [];
        return {
          occupationSlug: cell.occupationSlug,
          html: cell.html,
          proseNotes,
          figures: cell.figures.map((figure) => toFigureModel(figure, footnotes)),
          items: cell.items.map((item) => toItemModel(item, footnotes)),
        };
      }),
    };
  });

  const charts = buildCharts(chartData, footnotes);
  return { glance, columns: inColumnOrder(view), rows, charts, sources: footnotes.list() };
}

interface GlanceFacts {
  label: string;
  occupation: OccupationView;
  wage: ReturnType<typeof latestNational>;
  projection: ReturnType<typeof nationalProjection>;
  educationRank: number;
}

/**
 * The key figures of each career side by side (median pay, growth, jobs, BLS entry education) and a
 * verdict naming what it leads on among those compared. Ties lead nothing: a verdict is a difference.
 */
function buildGlance(columns: ChartInputs['columns'], footnotes: Footnotes): GlanceCard[] {
  if (columns.length < 2) return [];
  const facts: GlanceFacts[] = columns.map(({ label, occupation }) => ({
    label,
    occupation,
    wage: latestNational(occupation.wages),
    projection: nationalProjection(occupation.projections),
    educationRank: educationRank(occupation.data.education?.typicalEducation ?? null),
  }));
  const best = (pick: (fact: GlanceFacts) => number | null, lowest = false) => {
    const values = facts.map(pick).filter((value): value is number => value !== null);
    if (values.length < 2) return null;
    const top = lowest ? Math.min(...values) : Math.max(...values);
    const leaders = facts.filter((fact) => pick(fact) === top);
    return leaders.length === 1 ? leaders[0] : null;
  };
  const many = facts.length > 2;
  const leads: [GlanceFacts | null, string][] = [
    [best((fact) => numberOf(fact.wage?.annual.median)), many ? 'highest median pay' : 'higher median pay'],
    [best((fact) => fact.projection?.wholePercentChange ?? null), many ? 'fastest growth' : 'faster growth'],
    [
      best((fact) => fact.projection?.baseEmployment ?? numberOf(fact.wage?.employment)),
      many ? 'most jobs' : 'more jobs',
    ],
    [
      best((fact) => (fact.educationRank >= 0 ? fact.educationRank : null), true),
      many ? 'least schooling to start' : 'less schooling to start',
    ],
  ];

  return facts.map((fact) => {
    const won = leads.filter(([leader]) => leader === fact).map(([, what]) => what);
    const verdict = won.length
      ? capitalize(joinWords(won))
      : 'Leads on none of pay, growth, jobs or schooling among these careers';
    const figures: GlanceCard['figures'] = [];
    const wage = fact.wage;
    if (wage) {
      figures.push({
        label: `Median pay, ${wage.referencePeriod}`,
        value: `${printFlagged(wage.annual.median, formatAnnualWage)} a year`,
        words: false,
        detail:
          numberOf(wage.hourly.median) === null
            ? null
            : `${printFlagged(wage.hourly.median, formatHourlyWage)} an hour`,
        note: footnotes.cite(wage.sourceId),
      });
    }
    const projection = fact.projection;
    if (projection) {
      figures.push({
        label: `Projected growth, ${projection.baseYear}–${String(projection.targetYear).slice(-2)}`,
        value: formatPercent(projection.wholePercentChange),
        words: false,
        detail: projection.growthComparison,
        note: footnotes.cite(projection.sourceId),
      });
      figures.push({
        label: `Jobs, ${projection.baseYear}`,
        value: formatCount(projection.baseEmployment),
        words: false,
        detail: null,
        note: footnotes.cite(projection.sourceId),
      });
    }
    const education = fact.occupation.data.education;
    if (education) {
      figures.push({
        label: 'Typical entry education',
        value: education.typicalEducation,
        words: true,
        detail: null,
        note: footnotes.cite(education.sourceId),
      });
    }
    return { slug: fact.occupation.slug, title: fact.label, verdict, figures };
  });
}

function numberOf(value: FlaggedValue | undefined): number | null {
  return value && value.flag === null ? value.value : null;
}

function educationRank(level: string | null): number {
  return level === null ? -1 : (ENTRY_EDUCATION_LEVELS as readonly string[]).indexOf(level);
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface ChartInputs {
  columns: { label: string; occupation: OccupationView }[];
  state: string | null;
  /** Sources the charts cite that the comparison itself may not list (a state's wages). */
  extraSources: SourceView[];
}

function chartInputs(
  view: ComparisonView,
  occupations: readonly OccupationView[],
  state: string | null,
): ChartInputs {
  const bySlug = new Map(occupations.map((occupation) => [occupation.slug, occupation]));
  const columns = view.occupationSlugs.flatMap((slug) => {
    const occupation = bySlug.get(slug);
    return occupation ? [{ label: occupation.shortTitle || occupation.title, occupation }] : [];
  });
  const cited = new Set(
    columns.flatMap(({ occupation }) => [
      latestNational(occupation.wages)?.sourceId,
      latestForState(occupation.wages, state)?.sourceId,
      nationalProjection(occupation.projections)?.sourceId,
    ]),
  );
  const extraSources = new Map(
    columns.flatMap(({ occupation }) =>
      occupation.sources.filter((source) => cited.has(source.id)).map((s) => [s.id, s]),
    ),
  );
  return { columns, state, extraSources: [...extraSources.values()] };
}

/** Charts of the figures the table holds, footnoted after the table's own references. */
function buildCharts({ columns, state }: ChartInputs, footnotes: Footnotes): ComparisonCharts {
  if (columns.length === 0) return NO_CHARTS;
  const withWages = columns.flatMap(({ label, occupation }) => {
    const wage = latestNational(occupation.wages);
    return wage ? [{ label, wage }] : [];
  });
  const withProjections = columns.flatMap(({ label, occupation }) => {
    const projection = nationalProjection(occupation.projections);
    return projection ? [{ label, projection }] : [];
  });
  const withState = columns.flatMap(({ label, occupation }) => {
    const wage = latestForState(occupation.wages, state);
    const national = latestNational(occupation.wages);
    if (!wage) return [];
    return [
      ...(national ? [{ label: `${label}, U.S.`, wage: national }] : []),
      { label: `${label}, ${wage.areaName}`, wage },
    ];
  });
  return {
    wages: withWages.length
      ? {
          ...wagePercentilesFigure(withWages),
          notes: footnotes.citeAll(withWages.map(({ wage }) => wage.sourceId)),
        }
      : null,
    growth: withProjections.length
      ? {
          ...growthFigure(withProjections),
          notes: footnotes.citeAll(withProjections.map(({ projection }) => projection.sourceId)),
        }
      : null,
    stateWages: withState.length
      ? {
          ...wagePercentilesFigure(withState, `${withState.at(-1)?.wage.areaName} and the U.S.`),
          notes: footnotes.citeAll(withState.map(({ wage }) => wage.sourceId)),
        }
      : null,
    stateMissing: state
      ? columns.filter(({ occupation }) => !latestForState(occupation.wages, state)).map(({ label }) => label)
      : [],
    states: statesWithWages(columns.flatMap(({ occupation }) => occupation.wages)),
  };
}

function toFigureModel(figure: CellFigure, footnotes: Footnotes): FigureModel {
  return {
    label: figure.label,
    display: figure.display,
    flagMeaning: figure.flag ? WAGE_FLAG_MEANINGS[figure.flag] : null,
    note: footnotes.cite(figure.sourceId),
  };
}

function toItemModel(item: CellItem, footnotes: Footnotes): ItemModel {
  return { text: item.text, detail: item.detail, href: item.href, note: footnotes.cite(item.sourceId) };
}

/** The compared occupations in the order of the cells (`occupationSlugs`). */
function inColumnOrder(view: ComparisonView): OccupationSummaryView[] {
  const bySlug = new Map(view.occupations.map((occupation) => [occupation.slug, occupation]));
  const ordered = view.occupationSlugs.flatMap((slug) => bySlug.get(slug) ?? []);
  return ordered.length === view.occupations.length ? ordered : view.occupations;
}
