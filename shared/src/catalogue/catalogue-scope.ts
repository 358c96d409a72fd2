/**
 * Which SOC codes belong to the catalogue: whole SOC major groups (the first two digits) and named
 * detailed codes elsewhere. An admin edits it; imports offer every in-scope code that has no
 * occupation yet as a new occupation.
 */
export interface CatalogueScope {
  /** Two-digit SOC major groups, e.g. `29` (Healthcare Practitioners and Technical). */
  majorGroups: string[];
  /** Detailed SOC codes outside those groups, e.g. `11-9111` (Medical and Health Services Managers). */
  socCodes: string[];
}

/** Healthcare in the SOC: major groups 29 and 31, and health occupations elsewhere. */
export const DEFAULT_CATALOGUE_SCOPE: CatalogueScope = {
  majorGroups: ['29', '31'],
  socCodes: [
    '11-9111',
    '19-1042',
    '21-1011',
    '21-1014',
    '21-1018',
    '21-1022',
    '21-1023',
    '21-1091',
    '21-1094',
    '25-1071',
    '43-6013',
    '51-9081',
    '51-9082',
    '51-9083',
  ],
};

export const SOC_MAJOR_GROUP_PATTERN = /^\d{2}$/;
/** A detailed occupation's code: not a major or minor group (`29-0000`, `29-1000`). */
export const DETAILED_SOC_CODE_PATTERN = /^\d{2}-(?!\d000$)\d{4}$/;

/**
 * Whether a detailed occupation's code is inside the scope. Which rows of a file are detailed
 * occupations is the file's to say (OEWS `O_GROUP`): BLS publishes a few broad codes such as 29-2010
 * as detailed occupations.
 */
export function isInCatalogueScope(socCode: string, scope: CatalogueScope): boolean {
  if (!DETAILED_SOC_CODE_PATTERN.test(socCode)) return false;
  return scope.majorGroups.includes(socCode.slice(0, 2)) || scope.socCodes.includes(socCode);
}

/** A code that names a detailed occupation when a file does not say (broad codes end in 0). */
export function looksDetailed(socCode: string): boolean {
  return /^\d{2}-\d{3}[1-9]$/.test(socCode);
}
