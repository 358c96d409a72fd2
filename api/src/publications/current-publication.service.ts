import { GoneException, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentPublication, publicationContext } from './publication-context';
import { PublicationEntity } from './publication.entity';
import { loadSnapshots } from './publication-store';

export type { CurrentPublication } from './publication-context';

/**
 * How long a publication is still served by number after the next one went live: a page render that
 * began with it finishes with it (see `pinned`). Older ones answer 410.
 */
export const SUPERSEDED_PUBLICATION_GRACE_MS = 5 * 60_000;
/** Superseded publications kept in memory for pinned reads (each holds a whole snapshot). */
const PINNED_KEPT = 2;

/**
 * The publication the public sees, held in memory: read from the database once, replaced when this
 * instance publishes (`adopt`) or hears that another one did (`invalidate`), and pinned for a request
 * that must read one publication throughout.
 */
@Injectable()
export class CurrentPublicationService {
  private current: CurrentPublication | null = null;
  private loading: Promise<CurrentPublication> | null = null;
  private generation = 0;
  /** Publications read by number other than the newest, with when their successor went live. */
  private readonly recent = new Map<number, { publication: CurrentPublication; supersededAt: Date | null }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
  adopt(publication: CurrentPublication): void {
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
}

export function toCurrent(
  publication: PublicationEntity,
  snapshot: CurrentPublication['snapshot'],
): CurrentPublication {
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
