import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CatalogueSeedService } from '../imports/catalogue-seed.service';
import { CurrentPublicationService } from '../publications/current-publication.service';
import { PublicationsService } from '../publications/publications.service';
import { ContentBundleService } from './content-bundle.service';

/** The reviewed seed content: the "CMA vs. Medical Coder" article as structured, cited data. */
export const SEED_FILE = resolve(__dirname, '../../seed/careerscope.content.json');

export type SeedOutcome = 'seeded' | 'already-has-content';

@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly content: ContentBundleService,
    private readonly published: CurrentPublicationService,
    private readonly publications: PublicationsService,
    private readonly catalogue: CatalogueSeedService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** True while the database has no content at all: a first start. */
  async isEmpty(): Promise<boolean> {
    return !(await this.content.hasContent());
  }

  /**
   * On an empty database: load the seed and publish it as publication 1. Anything already there is
   * left alone, so running it twice changes nothing.
   */
  async seedIfEmpty(): Promise<SeedOutcome> {
    if (!(await this.isEmpty())) {
      return 'already-has-content';
    }
    const bundle = JSON.parse(await readFile(SEED_FILE, 'utf8'));
    await this.content.importBundle(bundle, { fileName: basename(SEED_FILE) });
    if (this.config.seedCatalogue) {
      const started = Date.now();
      await this.catalogue.importReferenceData(undefined, { schools: this.config.seedSchools });
      this.logger.log(`Imported the catalogue from reference-data/ in ${Date.now() - started} ms`);
    }
    if ((await this.published.currentNumber()) === null) {
      const note = this.config.seedCatalogue
        ? 'Seed content: CMA vs. Medical Coder, and the healthcare catalogue from BLS and O*NET files'
        : 'Seed content: CMA vs. Medical Coder';
      const publication = await this.publications.publish(note, null);
      this.logger.log(`Loaded the seed content and published it as publication ${publication.number}`);
    }
    return 'seeded';
  }
}
