import { resolve } from 'node:path';

/** Folder of the real BLS and IPEDS files the importers are tested on (`../shared/data` beside the repo). */
export const BLS_DATA_DIR =
  process.env.CAREERSCOPE_DATA_DIR ?? resolve(__dirname, '../../../../../shared/data');
