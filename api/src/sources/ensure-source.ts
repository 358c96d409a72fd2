import type { EntityManager } from 'typeorm';
import { SourceEntity } from './source.entity';

/** A citation as a release or a file names it; `retrievedOn` defaults to today. */
export type WantedSource = Pick<
  SourceEntity,
  'key' | 'publisher' | 'title' | 'url' | 'referencePeriod' | 'citation'
> & {
  retrievedOn?: string | null;
};

/**
 * The id of the source with this key, created from `wanted` the first time it is needed (a release's
 * citation, an IPEDS directory year). Runs in the caller's transaction when given its manager.
 */
export async function ensureSource(manager: EntityManager, wanted: WantedSource): Promise<string> {
  const existing = await manager.findOneBy(SourceEntity, { key: wanted.key });
  if (existing) return existing.id;
  const retrievedOn = wanted.retrievedOn ?? new Date().toISOString().slice(0, 10);
  const created = await manager.save(manager.create(SourceEntity, { ...wanted, retrievedOn }));
  return created.id;
}
