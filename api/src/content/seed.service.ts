import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
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
    private readonly publications: PublicationsService,
  ) {}

  /**
   * On an empty database: load the seed and publish it as publication 1. Anything already there is
   * left alone, so running it twice changes nothing.
   */
  async seedIfEmpty(): Promise<SeedOutcome> {
    if (await this.content.hasContent()) {
      return 'already-has-content';
    }
    const bundle = JSON.parse(await readFile(SEED_FILE, 'utf8'));
    await this.content.importBundle(bundle);
    if ((await this.publications.currentNumber()) === null) {
      const publication = await this.publications.publish('Seed content: CMA vs. Medical Coder', null);
      this.logger.log(`Loaded the seed content and published it as publication ${publication.number}`);
    }
    return 'seeded';
  }
}
