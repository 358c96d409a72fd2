import {
  type CellFigure,
  type CellItem,
  type ComparisonView,
  type OccupationSummaryView,
  WAGE_FLAG_MEANINGS,
} from '@careerscope/shared';

import { Footnotes, type NumberedSource } from '../citations/footnotes';

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

export interface ComparisonModel {
  columns: OccupationSummaryView[];
  rows: RowModel[];
  sources: NumberedSource[];
}

/**
 * Lays out a comparison for its table. Footnotes are numbered by first use in reading order: rows
 * top to bottom, cells left to right, and within a cell its prose, then its figures, then its items
 * (the order the table shows them).
 */
export function buildComparisonModel(view: ComparisonView): ComparisonModel {
  const footnotes = new Footnotes(view.sources);
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

  return { columns: inColumnOrder(view), rows, sources: footnotes.list() };
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
