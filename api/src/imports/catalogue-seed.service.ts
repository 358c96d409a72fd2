import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ImportUploadFields } from '@careerscope/shared';
import { UserEntity } from '../users/user.entity';
import { toSessionUser } from '../users/user.views';
import { ImportsService } from './imports.service';
import { REFERENCE_DATA_DIR } from './parsing/reference-data';

/** The O*NET release the files in `reference-data/onet` come from (see its `Read Me.txt`). */
const ONET_RELEASE = '29.3';

/**
 * The public files the default catalogue is built from, in the order an editor would import them:
 * the newest OEWS release first (it creates the occupations and titles them), then history, state
 * figures, projections, education, O*NET, and IPEDS: the CIP–SOC crosswalk, the directory and the
 * charges before the completions, which list every school that awarded a credential in a program
 * leading to a career of the catalogue.
 */
export const CATALOGUE_SEED_FILES: ReadonlyArray<{ path: string; fields?: ImportUploadFields }> = [
  { path: 'bls/national_M2024_dl.xlsx' },
  { path: 'bls/national_M2023_dl.xlsx' },
  { path: 'bls/state_M2024_dl.columns-subset.csv', fields: { periodYear: 2024 } },
  { path: 'bls/ep_occupation_2024-34.xlsx' },
  { path: 'bls/ep_education_table5.4_2024.xlsx' },
  { path: 'bls/projections-central_long-term_2022-32_all-states.csv' },
  ...[
    'Occupation Data.txt',
    'Task Statements.txt',
    'Alternate Titles.xlsx',
    'Related Occupations.txt',
    'Job Zones.txt',
    'Technology Skills.txt',
    'Skills.xlsx',
    'Education, Training, and Experience.xlsx',
  ].map((name) => ({ path: `onet/${name}`, fields: { release: ONET_RELEASE } })),
  { path: 'ipeds/cip2020-soc2018-crosswalk.csv' },
  { path: 'ipeds/hd2023.csv' },
  { path: 'ipeds/ic2022_ay.csv' },
  { path: 'ipeds/c2023_a.first-majors.csv' },
];

/**
 * Builds the catalogue of an empty installation from the public files committed in the repository,
 * through the same upload → preview → apply path an editor uses, so every figure carries its file,
 * SHA-256 and import as provenance. The first admin is recorded as the one who imported them.
 */
@Injectable()
export class CatalogueSeedService {
  private readonly logger = new Logger('Catalogue');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: ImportsService,
  ) {}

  /** Imports the reference files; with `schools: false`, the occupations' files only (no IPEDS). */
  async importReferenceData(dataDir = REFERENCE_DATA_DIR, { schools = true } = {}): Promise<number> {
    const admin = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { role: 'admin' }, order: { createdAt: 'ASC' } });
    if (!admin)
      throw new Error('The catalogue is imported in the name of the first admin, and there is none');
    const actor = toSessionUser(admin);
    let figures = 0;
    const files = schools
      ? CATALOGUE_SEED_FILES
      : CATALOGUE_SEED_FILES.filter((file) => !file.path.startsWith('ipeds/'));
    for (const file of files) {
      const started = Date.now();
      const buffer = await readFile(join(dataDir, file.path));
      const preview = await this.imports.upload(
        { originalname: basename(file.path), size: buffer.length, buffer },
        file.fields ?? {},
        actor,
      );
      await this.imports.apply(preview.id, preview.version, actor, null);
      const written = preview.counts.new + preview.counts.changed;
      figures += written;
      this.logger.log(
        `${file.path}: ${written} rows written${preview.counts.newOccupations ? `, ${preview.counts.newOccupations} occupations created` : ''} (${Date.now() - started} ms)`,
      );
    }
    return figures;
  }
}
