import { Injectable, OnModuleInit, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  type ChangeSummary,
  type ChangeSummaryLine,
  type PublicationChangesView,
  type PublicChangesResponse,
} from '@careerscope/shared';
import { diffSnapshots } from '../publications/publication-diff';
import { PublicationEntity } from '../publications/publication.entity';
import {
  emptyManifest,
  expandManifests,
  loadRecords,
  recordsByHash,
  recordsNotShared,
} from '../publications/publication-store';
import type { PublicSnapshot } from '../publications/public-snapshot';
import { CurrentPublicationService } from '../publications/current-publication.service';
import { PublishHooks } from '../publications/publish-hooks';
import { WebhooksService } from '../webhooks/webhooks.service';
import { summarizeChanges } from './change-summary';
import { PublicationChangeSummaryEntity } from './publication-change-summary.entity';

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

interface ChangesRow {
  number: number;
  published_at: Date;
  note: string;
  restored_from_published_at: Date | null;
  headline: string | null;
  lines: ChangeSummaryLine[] | null;
}

/**
 * What each publication changed, for people (the `/changes` page, the Atom feed) and machines (the
 * webhooks). The summary is written in the publish transaction from the diff with the publication
 * before it; publications older than that are summarized once, when first listed.
 */
@Injectable()
export class ChangesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: CurrentPublicationService,
    private readonly hooks: PublishHooks,
    private readonly webhooks: WebhooksService,
  ) {}

  onModuleInit(): void {
    this.hooks.register((manager, publication, snapshot) => this.published(manager, publication, snapshot));
  }

  /**
   * In the publish transaction: store what changed and queue the webhooks that announce it.
   * `snapshot` is the new publication's, when the caller holds it.
   */
  async published(
    manager: EntityManager,
    publication: PublicationEntity,
    snapshot?: PublicSnapshot,
  ): Promise<void> {
    const summary = await this.summarize(manager, publication, snapshot);
    await this.store(manager, publication.number, summary);
    await this.webhooks.enqueuePublication(manager, publication, summary);
  }

  /**
   * One page of publications up to the one this request reads (the current one, or the pinned one
   * during a page render), newest first. Empty before the first publication.
   */
  async list(page: number, pageSize: number): Promise<PublicChangesResponse> {
    let newest: number;
    try {
      newest = (await this.publications.getCurrent()).info.number;
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return { items: [], total: 0, page, pageSize };
      throw error;
    }
    const read = () =>
      this.dataSource.query(
        `SELECT publication.number, publication.published_at, publication.note,
                restored.published_at AS restored_from_published_at, summary.headline, summary.lines
         FROM publications publication
         LEFT JOIN publications restored ON restored.number = publication.restored_from_number
         LEFT JOIN publication_change_summaries summary ON summary.publication_number = publication.number
         WHERE publication.number <= $1
         ORDER BY publication.number DESC
         LIMIT $2 OFFSET $3`,
        [newest, pageSize, (page - 1) * pageSize],
      ) as Promise<ChangesRow[]>;
    let rows = await read();
    const missing = rows.filter((row) => row.headline === null);
    if (missing.length > 0) {
      for (const row of missing) await this.backfill(row.number);
      rows = await read();
    }
    const [{ total }] = (await this.dataSource.query(
      'SELECT count(*)::int AS total FROM publications WHERE number <= $1',
      [newest],
    )) as Array<{ total: number }>;
    return { items: rows.map(toView), total, page, pageSize };
  }

  /** Summarizes a publication published before summaries were stored, once. */
  private async backfill(number: number): Promise<void> {
    await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const publication = await manager.findOneBy(PublicationEntity, { number });
      if (!publication) return;
      await this.store(manager, number, await this.summarize(manager, publication));
    });
  }

  private async store(manager: EntityManager, number: number, summary: ChangeSummary): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(PublicationChangeSummaryEntity)
      .values({ publicationNumber: number, headline: summary.headline, lines: summary.lines })
      .orIgnore()
      .execute();
  }

  /**
   * Diffs a publication with the one before it. Records are stored by content hash, so only records
   * whose hash differs are loaded and compared: a yearly update reads what it changed, not everything.
   * Records already in memory are not read back: those of the new publication when publishing
   * (`snapshot`), and those of the one before it when it is the current publication held here.
   */
  private async summarize(
    manager: EntityManager,
    publication: PublicationEntity,
    snapshot?: PublicSnapshot,
  ): Promise<ChangeSummary> {
    const previous = await manager.findOne(PublicationEntity, {
      select: { number: true, manifest: true },
      where: { number: publication.number - 1 },
    });
    const [before, after] = await expandManifests(
      manager,
      previous ? [previous.manifest, publication.manifest] : [emptyManifest(), publication.manifest],
    );
    const known = snapshot ? recordsByHash(after, snapshot) : new Map<string, unknown>();
    const held = this.publications.peek();
    if (previous && held?.info.number === previous.number) recordsByHash(before, held.snapshot, known);
    const [oldRecords, newRecords] = await loadRecords(manager, recordsNotShared(before, after), known);
    let restoredFrom: string | null = null;
    if (publication.restoredFromNumber !== null) {
      const restored = await manager.findOne(PublicationEntity, {
        select: { number: true, publishedAt: true },
        where: { number: publication.restoredFromNumber },
      });
      restoredFrom = restored
        ? `the version of ${longDate.format(restored.publishedAt)}`
        : 'an earlier version';
    }
    // Only occupations' lines tell what changed in them; of other records the summary names them.
    const changes = diffSnapshots(oldRecords, newRecords, {
      firstFieldOnly: ['comparisons', 'schools', 'sources'],
    });
    return summarizeChanges(changes, {
      first: previous === null,
      restoredFrom,
    });
  }
}

function toView(row: ChangesRow): PublicationChangesView {
  return {
    number: row.number,
    publishedAt: new Date(row.published_at).toISOString(),
    note: row.note,
    restoredFromPublishedAt: row.restored_from_published_at
      ? new Date(row.restored_from_published_at).toISOString()
      : null,
    headline: row.headline ?? '',
    lines: row.lines ?? [],
  };
}
