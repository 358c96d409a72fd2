import {
  GoneException,
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type {
  DraftDiff,
  PublicationDetail,
  PublicationDiff,
  PublicationSnapshot,
  PublicationSummary,
  RecordChange,
  SnapshotCollection,
} from '@careerscope/shared';
import { AuditActor, AuditService } from '../audit/audit.service';
import { ComparisonEntity } from '../comparisons/comparison.entity';
import { OccupationEntity } from '../occupations/occupation.entity';
import { SchoolEntity } from '../schools/school.entity';
import { SourceEntity } from '../sources/source.entity';
import { diffSnapshots } from './publication-diff';
import { CurrentPublication, publicationContext } from './publication-context';
import { PublicationEntity } from './publication.entity';
import {
  expandManifests,
  loadRecords,
  loadSnapshots,
  recordsNotShared,
  storeSnapshot,
} from './publication-store';
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

/**
 * How long a publication is still served by number after the next one went live: a page render that
 * began with it finishes with it (see `pinned`). Older ones answer 410.
 */
export const SUPERSEDED_PUBLICATION_GRACE_MS = 5 * 60_000;
/** Superseded publications kept in memory for pinned reads (each holds a whole snapshot). */
const PINNED_KEPT = 2;

/** What the working copy is compared with before anything has been published. */
const EMPTY_SNAPSHOT: PublicationSnapshot = { sources: [], occupations: [], comparisons: [], schools: [] };

/** The working-copy table behind each snapshot collection. */
const COLLECTION_ENTITIES = {
  sources: SourceEntity,
  occupations: OccupationEntity,
  comparisons: ComparisonEntity,
  schools: SchoolEntity,
} satisfies Record<SnapshotCollection, unknown>;

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

@Injectable()
export class PublicationsService {
  private readonly logger = new Logger('Publications');
  /** The publication the public sees, held in memory: it only changes when someone publishes. */
  private current: CurrentPublication | null = null;
  private loading: Promise<CurrentPublication> | null = null;
  private generation = 0;
  /** Publications read by number other than the newest, with when their successor went live. */
  private readonly recent = new Map<number, { publication: CurrentPublication; supersededAt: Date | null }>();
  private gate: PublishGate | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly builder: SnapshotBuilderService,
    private readonly audit: AuditService,
    private readonly hooks: PublishHooks,
  ) {}

  /** Installs the check every publish of the working copy passes (the review module's). */
  useGate(gate: PublishGate): void {
    this.gate = gate;
  }

  /** The publication this request answers from: pinned for the request, else the newest one. */
  async getCurrent(): Promise<CurrentPublication> {
    const pinned = publicationContext.getStore();
    if (pinned) return pinned;
    return this.latest();
  }

  /** The newest publication, from memory or the database (one query however many requests wait). */
  latest(): Promise<CurrentPublication> {
    if (this.current) return Promise.resolve(this.current);
    if (!this.loading) {
      const generation = this.generation;
      const loading = this.loadLatest().then((loaded) => {
        if (generation === this.generation) this.adopt(loaded);
        return loaded;
      });
      const clear = () => {
        if (this.loading === loading) this.loading = null;
      };
      loading.then(clear, clear);
      this.loading = loading;
    }
    return this.loading;
  }

  /**
   * Publication `number` exactly, for a caller that pins one (server rendering makes several requests
   * for one page). 404 when there is no such publication; 410 once it has been superseded for longer
   * than a render can take, so old content is not served by number indefinitely.
   */
  async pinned(number: number): Promise<CurrentPublication> {
    const latest = await this.latest();
    if (latest.info.number === number) return latest;
    let entry = this.recent.get(number);
    // Not superseded when last read (another instance's newest): look again.
    if (!entry || entry.supersededAt === null) {
      const repository = this.dataSource.getRepository(PublicationEntity);
      const row = await repository.findOneBy({ number });
      if (!row) throw new NotFoundException(`There is no publication ${number}`);
      const successor = await repository.findOne({
        select: { number: true, publishedAt: true },
        where: { number: number + 1 },
      });
      entry = { publication: await this.withSnapshot(row), supersededAt: successor?.publishedAt ?? null };
      this.recent.delete(number);
      this.recent.set(number, entry);
      for (const [oldest] of this.recent) {
        if (this.recent.size <= PINNED_KEPT) break;
        this.recent.delete(oldest);
      }
    }
    if (
      entry.supersededAt !== null &&
      Date.now() - entry.supersededAt.getTime() > SUPERSEDED_PUBLICATION_GRACE_MS
    ) {
      throw new GoneException(
        `Publication ${number} has been replaced by a newer one and is no longer served; ask without "publication" for the current one`,
      );
    }
    return entry.publication;
  }

  /** The newest publication if it is already in memory (no waiting, no database). */
  peek(): CurrentPublication | null {
    return this.current;
  }

  async currentNumber(): Promise<number | null> {
    try {
      return (await this.latest()).info.number;
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return null;
      throw error;
    }
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
    this.adopt(toCurrent(saved.publication, saved.snapshot));
    return this.summaryOf(saved.publication);
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
    this.adopt(toCurrent(saved.publication, saved.snapshot));
    return this.summaryOf(saved.publication);
  }

  async list(): Promise<PublicationSummary[]> {
    const rows = await this.summaryQuery().orderBy('publication.number', 'DESC').getMany();
    const current = await this.currentNumber();
    return rows.map((row) => toSummary(row, current));
  }

  async get(number: number): Promise<PublicationDetail> {
    const found = await this.dataSource
      .getRepository(PublicationEntity)
      .createQueryBuilder('publication')
      .leftJoin('publication.publishedBy', 'user')
      .addSelect(['user.id', 'user.name'])
      .where('publication.number = :number', { number })
      .getOne();
    if (!found) throw new NotFoundException(`There is no publication ${number}`);
    const [snapshot] = await loadSnapshots(this.dataSource.manager, [found.manifest]);
    return {
      ...toSummary(found, await this.currentNumber()),
      counts: {
        sources: snapshot.sources.length,
        occupations: snapshot.occupations.length,
        comparisons: snapshot.comparisons.length,
        schools: snapshot.schools.length,
      },
      snapshot,
    };
  }

  /** What changed from publication `from` to publication `to`, computed from their stored snapshots. */
  async diff(from: number, to: number): Promise<PublicationDiff> {
    const rows = await this.dataSource.getRepository(PublicationEntity).find({
      select: { number: true, manifest: true },
      where: [{ number: from }, { number: to }],
    });
    const manifestOf = (number: number) => {
      const row = rows.find((candidate) => candidate.number === number);
      if (!row) throw new NotFoundException(`There is no publication ${number}`);
      return row.manifest;
    };
    // Records both publications hold are the same records: only the others are compared.
    const manager = this.dataSource.manager;
    const [fromRecords, toRecords] = await expandManifests(manager, [manifestOf(from), manifestOf(to)]);
    const [before, after] = await loadRecords(manager, recordsNotShared(fromRecords, toRecords));
    const changes = await this.stillExisting(manager, diffSnapshots(before, after));
    return { from, to, summary: summarize(changes), changes };
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
      const changes = await this.stillExisting(manager, diffSnapshots(published, working));
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
   * Settles each change's `recordId` against the working copy: the snapshots' id where that record
   * still exists, a comparison's by its slug (comparison views carry none), else null.
   */
  private async stillExisting(manager: EntityManager, changes: RecordChange[]): Promise<RecordChange[]> {
    const existing = new Map<SnapshotCollection, Set<string>>();
    const comparisonIds = new Map<string, string>();
    for (const [collection, entity] of Object.entries(COLLECTION_ENTITIES) as [
      SnapshotCollection,
      (typeof COLLECTION_ENTITIES)[SnapshotCollection],
    ][]) {
      const ids = changes
        .filter((change) => change.collection === collection && change.recordId !== null)
        .map((change) => change.recordId as string);
      if (ids.length === 0) continue;
      const rows = await manager.find(entity, { select: { id: true }, where: { id: In(ids) } });
      existing.set(collection, new Set(rows.map((row) => row.id)));
    }
    const slugs = changes.filter((change) => change.collection === 'comparisons').map((change) => change.key);
    if (slugs.length > 0) {
      const rows = await manager.find(ComparisonEntity, {
        select: { id: true, slug: true },
        where: { slug: In(slugs) },
      });
      for (const row of rows) comparisonIds.set(row.slug, row.id);
    }
    return changes.map((change) => ({
      ...change,
      recordId:
        change.collection === 'comparisons'
          ? (comparisonIds.get(change.key) ?? null)
          : change.recordId !== null && existing.get(change.collection)?.has(change.recordId)
            ? change.recordId
            : null,
    }));
  }

  /**
   * Forget the cached publication because another instance published `number` (or, without a number,
   * because notifications may have been missed).
   */
  invalidate(number?: number): void {
    if (number !== undefined && this.current && this.current.info.number >= number) return;
    this.generation += 1;
    this.loading = null;
    this.current = null;
  }

  /** Numbers only grow, so a slower load never replaces a newer publication. */
  private adopt(publication: CurrentPublication): void {
    if (!this.current || publication.info.number >= this.current.info.number) {
      this.current = publication;
    }
  }

  private async loadLatest(): Promise<CurrentPublication> {
    const latest = await this.dataSource.getRepository(PublicationEntity).findOne({
      where: {},
      order: { number: 'DESC' },
    });
    if (!latest) {
      throw new ServiceUnavailableException('Nothing has been published yet');
    }
    return this.withSnapshot(latest);
  }

  private async withSnapshot(publication: PublicationEntity): Promise<CurrentPublication> {
    const [snapshot] = await loadSnapshots(this.dataSource.manager, [publication.manifest]);
    return toCurrent(publication, snapshot);
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

  private summaryQuery() {
    return this.dataSource
      .getRepository(PublicationEntity)
      .createQueryBuilder('publication')
      .select([
        'publication.number',
        'publication.note',
        'publication.publishedAt',
        'publication.publishedById',
        'publication.restoredFromNumber',
      ])
      .leftJoin('publication.publishedBy', 'user')
      .addSelect(['user.id', 'user.name']);
  }

  private async summaryOf(saved: PublicationEntity): Promise<PublicationSummary> {
    const row = await this.summaryQuery()
      .where('publication.number = :number', { number: saved.number })
      .getOne();
    return toSummary(row ?? saved, await this.currentNumber());
  }
}

function summarize(changes: RecordChange[]): PublicationDiff['summary'] {
  const count = (kind: RecordChange['change']) => changes.filter((change) => change.change === kind).length;
  return { added: count('added'), removed: count('removed'), changed: count('changed') };
}

function toCurrent(publication: PublicationEntity, snapshot: PublicSnapshot): CurrentPublication {
  return {
    info: {
      number: publication.number,
      publishedAt: publication.publishedAt.toISOString(),
      note: publication.note,
      preview: false,
    },
    snapshot,
  };
}

function toSummary(publication: PublicationEntity, current: number | null): PublicationSummary {
  return {
    number: publication.number,
    note: publication.note,
    publishedAt: publication.publishedAt.toISOString(),
    publishedById: publication.publishedById,
    publishedByName: publication.publishedBy?.name ?? null,
    restoredFromNumber: publication.restoredFromNumber,
    current: publication.number === current,
  };
}
