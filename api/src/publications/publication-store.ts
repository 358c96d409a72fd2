import type { EntityManager } from 'typeorm';
import type { SnapshotCollection } from '@careerscope/shared';
import type { PublicSnapshot } from './public-snapshot';

/** A publication as stored: each collection's records, in snapshot order, by content hash. */
export type PublicationManifest = Record<SnapshotCollection, string[]>;

const COLLECTIONS: SnapshotCollection[] = ['sources', 'occupations', 'comparisons', 'schools'];

/**
 * The content hash of a record, computed by PostgreSQL from the view's jsonb text (keys in jsonb's
 * own order), so the same view always gets the same hash whatever order its keys were built in. The
 * migration that introduced shared records computes it the same way.
 */
const HASH = `encode(sha256(convert_to(collection || ':' || body::text, 'UTF8')), 'hex')`;

/**
 * Stores each record of `snapshot` that no publication has stored yet, and returns the manifest that
 * reassembles it. Records are never updated: a changed view is a new hash.
 */
export async function storeSnapshot(
  manager: EntityManager,
  snapshot: PublicSnapshot,
): Promise<PublicationManifest> {
  const rows = (await manager.query(
    `WITH records AS (
       SELECT collection, position, body, ${HASH} AS hash
       FROM jsonb_each($1::jsonb) AS listed(collection, items)
       CROSS JOIN LATERAL jsonb_array_elements(items) WITH ORDINALITY AS item(body, position)
     ), stored AS (
       INSERT INTO publication_records (hash, collection, body)
       SELECT DISTINCT ON (hash) hash, collection, body FROM records
       ON CONFLICT (hash) DO NOTHING
     )
     SELECT collection, hash FROM records ORDER BY collection, position`,
    [JSON.stringify(snapshot)],
  )) as Array<{ collection: SnapshotCollection; hash: string }>;
  const manifest = emptyManifest();
  for (const row of rows) manifest[row.collection]?.push(row.hash);
  return manifest;
}

/**
 * Reassembles the snapshots of several manifests, reading each distinct record once (publications
 * share most of their records).
 */
export async function loadSnapshots(
  manager: EntityManager,
  manifests: PublicationManifest[],
): Promise<PublicSnapshot[]> {
  const hashes = [
    ...new Set(manifests.flatMap((manifest) => COLLECTIONS.flatMap((name) => manifest[name] ?? []))),
  ];
  const bodies = new Map<string, unknown>();
  if (hashes.length > 0) {
    const rows = (await manager.query(`SELECT hash, body FROM publication_records WHERE hash = ANY($1)`, [
      hashes,
    ])) as Array<{ hash: string; body: unknown }>;
    for (const row of rows) bodies.set(row.hash, row.body);
  }
  return manifests.map((manifest) => {
    const snapshot = emptyManifest() as unknown as Record<SnapshotCollection, unknown[]>;
    for (const name of COLLECTIONS) {
      snapshot[name] = (manifest[name] ?? []).map((hash) => {
        const body = bodies.get(hash);
        if (body === undefined) throw new Error(`Publication record ${hash} is missing`);
        return body;
      });
    }
    return snapshot as unknown as PublicSnapshot;
  });
}

function emptyManifest(): PublicationManifest {
  return { sources: [], occupations: [], comparisons: [], schools: [] };
}
