import type { ImportRowPreview, WageFlag, WageValueField } from '@careerscope/shared';

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

/** What applying a projections row writes. */
export interface ProjectionRowToWrite {
  socCode: string;
  socTitle: string;
  baseEmployment: number;
  targetEmployment: number;
  numericChange: number;
  percentChange: number;
}

export interface StoredImportPreview {
  rows: Array<ImportRowPreview & { write: WageRowToWrite | ProjectionRowToWrite }>;
  unmatched: Array<{ slug: string; title: string; socCode: string }>;
  /** Projections: the release's baseline and years. */
  baseYear?: number;
  targetYear?: number;
  allOccupationsPercentChange?: number;
}
