import type { ImportCounts, ImportRowPreview, WageFlag, WageValueField } from '@careerscope/shared';
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
