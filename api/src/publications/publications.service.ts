import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { DraftDiff, PublicationSnapshot, PublicationSummary } from '@careerscope/shared';
import { AuditActor, AuditService } from '../audit/audit.service';
import { ComparisonEntity } from '../comparisons/comparison.entity';
import { OccupationEntity } from '../occupations/occupation.entity';
import { diffSnapshots } from './publication-diff';
import { CurrentPublicationService, toCurrent } from './current-publication.service';
import { PublicationHistoryService, summarize } from './publication-history.service';
import type { CurrentPublication } from './publication-context';
import { PublicationEntity } from './publication.entity';
import { loadSnapshots, storeSnapshot } from './publication-store';
import type { PublicSnapshot } from './public-snapshot';
import { PublishHooks } from './publish-hooks';
import { PublishCheckInput, publishProblems } from './publish-validation';
import { SnapshotBuilderService } from './snapshot-builder.service';
import { WorkingRowDeliveries, withCurrentSchools } from './rollback-snapshot';

export type { CurrentPublication } from './publication-context';
export type { PublicationSummary } from '@careerscope/shared';

/** Publishing holds this lock, so two publishes never pick the same number. */
const PUBLISH_LOCK = 72_100_001;
/** Every API process LISTENs here; a publish NOTIFYs the new number when its transaction commits. */
export const PUBLICATION_CHANNEL = 'careerscope_publication';

/** What the working copy is compared with before anything has been published. */
const EMPTY_SNAPSHOT: PublicationSnapshot = { sources: [], occupations: [], comparisons: [], schools: [] };

export interface PublishContext {
  actor: AuditActor | null;
  ip?: string | null;
}

/**
 * A check every publish of the working copy passes, inside the publish transaction once the working
 * copy is rendered (the review workflow: an approval must cover exactly this snapshot). It throws to
 * refuse (nothing is written), or returns what to record once the publication exists. `context` is
 * null for the system's own publishes (the seed, loading content into an empty database).
 */
export interface PublishGate {
  admit(
    manager: EntityManager,
    snapshot: PublicSnapshot,
    context: PublishContext | null,
  ): Promise<((manager: EntityManager, publicationNumber: number) => Promise<void>) | null>;
}

/**
 * Publishing: freezes the working copy into the next publication under the publish lock (or an
 * earlier publication again, for a rollback), renders it for a preview, and says what publishing it
 * would change. Which publication the public sees is `CurrentPublicationService`'s; the publications
 * made so far are `PublicationHistoryService`'s.
 */
@Injectable()
export class PublicationsService {
  private gate: PublishGate | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly published: CurrentPublicationService,
    private readonly history: PublicationHistoryService,
    private readonly builder: SnapshotBuilderService,
    private readonly audit: AuditService,
    private readonly hooks: PublishHooks,
  ) {}

  /** Installs the check every publish of the working copy passes (the review module's). */
  useGate(gate: PublishGate): void {
    this.gate = gate;
  }

  /** The working copy rendered as the portal would show it: publication 0, never stored or cached. */
  async preview(): Promise<CurrentPublication> {
    const snapshot = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.builder.build(manager),
    );
    return {
      info: {
        number: 0,
        publishedAt: new Date().toISOString(),
        note: 'Preview of the working copy',
        preview: true,
      },
      snapshot,
    };
  }

  /**
   * Validates the working copy and freezes it into the next publication, in one transaction; the
   * public sees it at once here and, through NOTIFY, on every other instance. Refused (422, nothing
   * written) when the working copy has gaps.
   */
  async publish(note: string, context: PublishContext | null = null): Promise<PublicationSummary> {
    const saved = await this.underPublishLock(async (manager) => {
      const problems = publishProblems(await this.loadChecks(manager));
      if (problems.length > 0) {
        throw new UnprocessableEntityException({
          message: `The working copy cannot be published yet: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix first`,
          fields: problems.map(({ field, message }) => ({ field, message })),
        });
      }
      const snapshot = await this.builder.build(manager);
      const admitted = this.gate ? await this.gate.admit(manager, snapshot, context) : null;
      const publication = await this.insertNext(manager, {
        note,
        snapshot,
        context,
        restoredFromNumber: null,
      });
      if (admitted) await admitted(manager, publication.number);
      await this.audit.record(
        {
          type: 'publication.published',
          actor: context?.actor ?? null,
          ip: context?.ip ?? null,
          subjectType: 'publication',
          subjectId: String(publication.number),
          details: { note },
        },
        manager,
      );
      return { publication, snapshot };
    });
    this.published.adopt(toCurrent(saved.publication, saved.snapshot));
    return this.history.summaryOf(saved.publication);
  }

  /**
   * Rolls back: publishes an earlier publication's snapshot again, under a new number. Unless the
   * caller manages schools (an admin), schools and programs stay as the current publication has them.
   */
  async restore(
    number: number,
    note: string,
    context: PublishContext,
    options: { restoreSchools: boolean },
  ): Promise<PublicationSummary> {
    const saved = await this.underPublishLock(async (manager) => {
      const earlier = await manager.findOneBy(PublicationEntity, { number });
      if (!earlier) throw new NotFoundException(`There is no publication ${number}`);
      let [snapshot] = await loadSnapshots(manager, [earlier.manifest]);
      if (!options.restoreSchools) {
        const current = await manager.findOne(PublicationEntity, { where: {}, order: { number: 'DESC' } });
        if (current && current.number !== number) {
          const [currentSnapshot] = await loadSnapshots(manager, [current.manifest]);
          snapshot = withCurrentSchools(snapshot, currentSnapshot, await this.workingRowDeliveries(manager));
        }
      }
      const publication = await this.insertNext(manager, {
        note: note.trim() || `Rolled back to publication ${number}`,
        snapshot,
        context,
        restoredFromNumber: number,
      });
      await this.audit.record(
        {
          type: 'publication.restored',
          actor: context.actor,
          ip: context.ip ?? null,
          subjectType: 'publication',
          subjectId: String(publication.number),
          details: {
            note: publication.note,
            restoredFromNumber: number,
            schools: options.restoreSchools ? 'restored' : 'kept as published',
          },
        },
        manager,
      );
      return { publication, snapshot };
    });
    this.published.adopt(toCurrent(saved.publication, saved.snapshot));
    return this.history.summaryOf(saved.publication);
  }

  /**
   * What publishing the working copy now would change: the working copy rendered as publishing renders
   * it, diffed with the current publication, and whether publishing would accept it. One consistent
   * read (REPEATABLE READ), never stored.
   */
  draftDiff(
    inspect?: (manager: EntityManager, working: PublicSnapshot) => Promise<void>,
  ): Promise<DraftDiff> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const current = await manager.findOne(PublicationEntity, {
        select: { number: true, manifest: true },
        where: {},
        order: { number: 'DESC' },
      });
      const [published] = current ? await loadSnapshots(manager, [current.manifest]) : [EMPTY_SNAPSHOT];
      const working = await this.builder.build(manager);
      // A caller that also needs the rendered working copy reads it here, in the same snapshot.
      if (inspect) await inspect(manager, working);
      const problems = publishProblems(await this.loadChecks(manager));
      const changes = await this.history.stillExisting(manager, diffSnapshots(published, working));
      return {
        from: current?.number ?? 0,
        to: 0,
        summary: summarize(changes),
        changes,
        publishable: problems.length === 0,
        problems,
      };
    });
  }

  /**
   * Runs `work` in a REPEATABLE READ transaction that starts only once the publish lock is held, so its
   * snapshot of the working copy (and of the publication numbers) includes any publish before it.
   */
  private async underPublishLock<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [PUBLISH_LOCK]);
      try {
        await runner.startTransaction('REPEATABLE READ');
        try {
          const result = await work(runner.manager);
          await runner.commitTransaction();
          return result;
        } catch (error) {
          await runner.rollbackTransaction();
          throw error;
        }
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [PUBLISH_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  private async insertNext(
    manager: EntityManager,
    input: {
      note: string;
      snapshot: PublicSnapshot;
      context: PublishContext | null;
      restoredFromNumber: number | null;
    },
  ): Promise<PublicationEntity> {
    const [{ next }] = await manager.query('SELECT coalesce(max(number), 0) + 1 AS next FROM publications');
    const saved = await manager.save(
      manager.create(PublicationEntity, {
        number: Number(next),
        note: input.note,
        publishedById: input.context?.actor?.id ?? null,
        restoredFromNumber: input.restoredFromNumber,
        manifest: await storeSnapshot(manager, input.snapshot),
      }),
    );
    await this.hooks.run(manager, saved, input.snapshot);
    // Delivered to every listening instance when (and only if) this transaction commits.
    await manager.query('SELECT pg_notify($1, $2)', [PUBLICATION_CHANNEL, String(saved.number)]);
    return saved;
  }

  /** The delivery mode of each `schools` row in the working copy, by comparison slug and row key. */
  private async workingRowDeliveries(manager: EntityManager): Promise<WorkingRowDeliveries> {
    const comparisons = await manager.find(ComparisonEntity, { relations: { rows: true } });
    return new Map(
      comparisons.map((comparison) => [
        comparison.slug,
        new Map((comparison.rows ?? []).map((row) => [row.key, row.delivery])),
      ]),
    );
  }

  /** What publishing checks beyond the schema's own rules, read in the publish transaction. */
  private async loadChecks(manager: EntityManager): Promise<PublishCheckInput> {
    const occupations = await manager.find(OccupationEntity, {
      relations: { sections: true },
      order: { title: 'ASC' },
    });
    const codes = async (table: string, where = 'TRUE') =>
      (
        (await manager.query(`SELECT DISTINCT soc_code FROM ${table} WHERE ${where}`)) as Array<{
          soc_code: string;
        }>
      ).map((row) => row.soc_code);
    const comparisons = await manager.find(ComparisonEntity, {
      relations: { columns: true, rows: true },
      order: { slug: 'ASC' },
    });
    return {
      occupations: occupations.map((occupation) => ({
        id: occupation.id,
        slug: occupation.slug,
        title: occupation.title,
        socCode: occupation.socCode,
        summaryMarkdown: occupation.summaryMarkdown,
        sectionKeys: (occupation.sections ?? [])
          .filter((section) => section.bodyMarkdown.trim() !== '')
          .map((section) => section.key),
      })),
      nationalWageSocCodes: await codes('wage_statistics', "area_type = 'national'"),
      projectionSocCodes: await codes('employment_projections', "area_code = 'US'"),
      describedSocCodes: await codes('onet_profiles', "coalesce(description, '') <> ''"),
      comparisons: comparisons.map((comparison) => ({
        id: comparison.id,
        slug: comparison.slug,
        title: comparison.title,
        occupationIds: [...(comparison.columns ?? [])]
          .sort((a, b) => a.position - b.position)
          .map((column) => column.occupationId),
        rows: [...(comparison.rows ?? [])]
          .sort((a, b) => a.position - b.position)
          .map((row) => ({ key: row.key, label: row.label, kind: row.kind, sectionKey: row.sectionKey })),
      })),
    };
  }
}
