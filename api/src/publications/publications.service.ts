import { Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PublicationInfo } from '@careerscope/shared';
import { PublicationEntity } from './publication.entity';
import type { PublicSnapshot } from './public-snapshot';
import { SnapshotBuilderService } from './snapshot-builder.service';

export interface CurrentPublication {
  info: PublicationInfo;
  snapshot: PublicSnapshot;
}

export interface PublicationSummary {
  number: number;
  note: string;
  publishedAt: string;
  publishedById: string | null;
  restoredFromNumber: number | null;
}

// Publishing takes this transaction-scoped lock so two publishes never pick the same number.
const PUBLISH_LOCK = 72_100_001;

@Injectable()
export class PublicationsService {
  private current: CurrentPublication | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly builder: SnapshotBuilderService,
  ) {}

  /** The publication the public sees. Held in memory: it only changes when someone publishes. */
  async getCurrent(): Promise<CurrentPublication> {
    if (this.current) return this.current;
    const latest = await this.dataSource.getRepository(PublicationEntity).findOne({
      where: {},
      order: { number: 'DESC' },
    });
    if (!latest) {
      throw new ServiceUnavailableException('Nothing has been published yet');
    }
    this.current = toCurrent(latest);
    return this.current;
  }

  async currentNumber(): Promise<number | null> {
    try {
      return (await this.getCurrent()).info.number;
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return null;
      throw error;
    }
  }

  /** Freezes the working copy into the next publication and makes it the one the public sees. */
  async publish(note: string, userId: string | null): Promise<PublicationSummary> {
    const saved = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [PUBLISH_LOCK]);
      const snapshot = await this.builder.build(manager);
      const [{ next }] = await manager.query('SELECT coalesce(max(number), 0) + 1 AS next FROM publications');
      return manager.save(
        manager.create(PublicationEntity, { number: Number(next), note, publishedById: userId, snapshot }),
      );
    });
    this.current = toCurrent(saved);
    return toSummary(saved);
  }

  async list(): Promise<PublicationSummary[]> {
    const rows = await this.dataSource.getRepository(PublicationEntity).find({
      select: { number: true, note: true, publishedAt: true, publishedById: true, restoredFromNumber: true },
      order: { number: 'DESC' },
    });
    return rows.map(toSummary);
  }

  async get(number: number): Promise<PublicationEntity> {
    const found = await this.dataSource.getRepository(PublicationEntity).findOneBy({ number });
    if (!found) throw new NotFoundException(`There is no publication ${number}`);
    return found;
  }

  /** Forget the cached publication (another instance published). */
  invalidate(): void {
    this.current = null;
  }
}

function toCurrent(publication: PublicationEntity): CurrentPublication {
  return {
    info: {
      number: publication.number,
      publishedAt: publication.publishedAt.toISOString(),
      note: publication.note,
      preview: false,
    },
    snapshot: publication.snapshot,
  };
}

function toSummary(publication: PublicationEntity): PublicationSummary {
  return {
    number: publication.number,
    note: publication.note,
    publishedAt: publication.publishedAt.toISOString(),
    publishedById: publication.publishedById,
    restoredFromNumber: publication.restoredFromNumber,
  };
}
