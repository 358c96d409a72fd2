import { resolve } from 'node:path';

/**
 * The public BLS, O*NET and IPEDS files committed in the repository (`reference-data/`, see its
 * README): what the importers are tested on and what the default run builds the catalogue from.
 */
export const REFERENCE_DATA_DIR =
  process.env.CAREERSCOPE_DATA_DIR ?? resolve(__dirname, '../../../../reference-data');
