import type {
  ImportCounts,
  ImportFigureChange,
  ImportRowPreview,
  WageFlag,
  WageValueField,
} from '@careerscope/shared';
import type { CipSocPair, IpedsAward, IpedsInstitution, IpedsPrice } from './parsing/ipeds.parser';
import type { ProposedOccupation } from '../catalogue/new-occupations';

/** What applying an OEWS row writes. */
export interface WageRowToWrite {
  socCode: string;
  socTitle: string;
  areaType: 'national' | 'state';
  areaCode: string;
  areaName: string;
  values: Record<WageValueField, number | null>;
  flags: Partial<Record<WageValueField, WageFlag>>;
}

/** What applying a projections row writes (a state's carries its area, baseline and openings). */
export interface ProjectionRowToWrite {
  socCode: string;
  socTitle: string;
  baseEmployment: number;
  targetEmployment: number;
  numericChange: number;
  percentChange: number;
  areaCode?: string;
  areaName?: string;
  allOccupationsPercentChange?: number;
  averageAnnualOpenings?: number | null;
}

export interface StoredImportPreview {
  /** `write` is what applying the row stores; its shape depends on the import's kind. */
  rows: Array<ImportRowPreview & { write: unknown }>;
  unmatched: Array<{ slug: string; title: string; socCode: string }>;
  /** In-scope codes no occupation measures yet: applying creates these occupations first. */
  newOccupations?: ProposedOccupation[];
  /** What the editor should know before applying; stored in the import's own column, beside the preview. */
  warnings?: string[];
  /** Projections: the release's baseline and years. */
  baseYear?: number;
  targetYear?: number;
  allOccupationsPercentChange?: number;
  /** O*NET: the release and which part of the profile the file fills. */
  onetRelease?: string;
  onetFacet?: string;
  /**
   * IPEDS files: what applying stores in the staging tables and turns into listings. Applying
   * compares it again with the listings as they are then, so an admin's edit made after the
   * preview is still kept.
   */
  ipeds?: {
    year: number;
    institutions?: IpedsInstitution[];
    prices?: IpedsPrice[];
    pairs?: CipSocPair[];
    awards?: IpedsAward[];
  };
  /** Counts a kind works out itself (IPEDS files keep only the rows that change something). */
  counts?: ImportCounts;
}

/**
 * The preview as stored: each figure without the keys that hold their empty value (`current: null`,
 * `changePercent: null`, `suspicious: false`, a `flag: null`), which make up about half of a large
 * preview's JSON. expandFigure gives them back.
 */
export function compactPreview(preview: StoredImportPreview): StoredImportPreview {
  return {
    ...preview,
    rows: preview.rows.map((row) => ({ ...row, figures: row.figures.map(compactFigure) })),
  };
}

function compactFigure(figure: ImportFigureChange): ImportFigureChange {
  const compact: Record<string, unknown> = { field: figure.field };
  if (figure.current !== null) compact.current = compactValue(figure.current);
  compact.incoming = compactValue(figure.incoming);
  if (figure.changePercent !== null) compact.changePercent = figure.changePercent;
  if (figure.suspicious) compact.suspicious = true;
  if (figure.previous !== undefined) compact.previous = figure.previous;
  return compact as unknown as ImportFigureChange;
}

function compactValue<T extends { value: number | null; flag: WageFlag | null }>(value: T): Partial<T> {
  return value.flag === null ? ({ value: value.value } as Partial<T>) : value;
}

/** A stored figure as the preview shows it, whether it was stored compacted or whole. */
export function expandFigure(figure: ImportFigureChange): ImportFigureChange {
  return {
    ...figure,
    current: figure.current ? { ...figure.current, flag: figure.current.flag ?? null } : null,
    incoming: { ...figure.incoming, flag: figure.incoming.flag ?? null },
    changePercent: figure.changePercent ?? null,
    suspicious: figure.suspicious ?? false,
  };
}
