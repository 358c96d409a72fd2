import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type {
  PublicationDetail,
  PublicationDiff,
  PublicationSummary,
  RecordChange,
  SnapshotCollection,
} from '@careerscope/shared';
import { ComparisonEntity } from '../comparisons/comparison.entity';
import { OccupationEntity } from '../occupations/occupation.entity';
import { SchoolEntity } from '../schools/school.entity';
import { SourceEntity } from '../sources/source.entity';
import { CurrentPublicationService } from './current-publication.service';
import { diffSnapshots } from './publication-diff';
import { PublicationEntity } from './publication.entity';
import { expandManifests, loadRecords, loadSnapshots, recordsNotShared } from './publication-store';

/** The working-copy table behind each snapshot collection. */
const COLLECTION_ENTITIES = {
  sources: SourceEntity,
  occupations: OccupationEntity,
  comparisons: ComparisonEntity,
  schools: SchoolEntity,
} satisfies Record<SnapshotCollection, unknown>;

/** The publications made so far: who made each and when, what each held, and what changed between two. */
@Injectable()
export class PublicationHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly published: CurrentPublicationService,
  ) {}

  async list(): Promise<PublicationSummary[]> {
    const rows = await this.summaryQuery().orderBy('publication.number', 'DESC').getMany();
    const current = await this.published.currentNumber();
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
      ...toSummary(found, await this.published.currentNumber()),
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
   * Settles each change's `recordId` against the working copy: the snapshots' id where that record
   * still exists, a comparison's by its slug (comparison views carry none), else null.
   */
  async stillExisting(manager: EntityManager, changes: RecordChange[]): Promise<RecordChange[]> {
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

  /** The summary of a publication just stored (with its publisher's name). */
  async summaryOf(saved: PublicationEntity): Promise<PublicationSummary> {
    const row = await this.summaryQuery()
      .where('publication.number = :number', { number: saved.number })
      .getOne();
    return toSummary(row ?? saved, await this.published.currentNumber());
  }
}

export function summarize(changes: RecordChange[]): PublicationDiff['summary'] {
  const count = (kind: RecordChange['change']) => changes.filter((change) => change.change === kind).length;
  return { added: count('added'), removed: count('removed'), changed: count('changed') };
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
