import {
  type CellFigure,
  type CellItem,
  type ComparisonView,
  type OccupationSummaryView,
  type OccupationView,
  type SourceView,
  WAGE_FLAG_MEANINGS,
} from '@careerscope/shared';

import { latestForState, latestNational, nationalProjection } from '../careers/occupation-model';
import { type FigureData, growthFigure, wagePercentilesFigure } from '../charts/figures';
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

export interface ComparisonModel {
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
  return { columns: inColumnOrder(view), rows, charts, sources: footnotes.list() };
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
