import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { SnapshotCollection } from '@careerscope/shared';
import { jsonbText } from '../common/jsonb-text';
import type { PublicSnapshot } from './public-snapshot';

/** A publication's records: each collection's record hashes, in snapshot order. */
export type PublicationManifest = Record<SnapshotCollection, string[]>;

/**
 * A publication as stored: each collection's record hashes cut into chunks, listed by chunk hash
 * (the chunks are in `publication_manifest_chunks`). Thousands of school listings make a list of
 * every record hash hundreds of kilobytes; chunks that did not change are shared between
 * publications like the records themselves.
 */
export type StoredManifest = Record<SnapshotCollection, string[]>;

const COLLECTIONS: SnapshotCollection[] = ['sources', 'occupations', 'comparisons', 'schools'];

/**
 * The content hash of a record: sha256 of its collection, a colon and its view as jsonb prints it
 * (`jsonbText`), so the same view always gets the same hash whatever order its keys were built in.
 * The migrations that introduced shared records and chunks compute it in SQL the same way
 * (`encode(sha256(convert_to(collection || ':' || body::text, 'UTF8')), 'hex')`). `text` is that text,
 * or its UTF-8 bytes.
 */
export function recordHash(collection: SnapshotCollection, text: string | Buffer): string {
  return createHash('sha256').update(`${collection}:`, 'utf8').update(text).digest('hex');
}

/**
 * Cuts a collection's record hashes into manifest chunks: a chunk ends after each record whose hash
 * begins with "00" (one in 256 on average). The cuts follow the records, not their positions, so a
 * record added or removed changes only its own chunk. The migration that introduced chunks cuts the
 * same way; a chunk's hash is the sha256 of its record hashes joined by commas.
 */
export function manifestChunks(hashes: string[]): Array<{ hash: string; hashes: string[] }> {
  const chunks: Array<{ hash: string; hashes: string[] }> = [];
  let current: string[] = [];
  const close = () => {
    chunks.push({
      hash: createHash('sha256').update(current.join(','), 'utf8').digest('hex'),
      hashes: current,
    });
    current = [];
  };
  for (const hash of hashes) {
    current.push(hash);
    if (hash.startsWith('00')) close();
  }
  if (current.length > 0) close();
  return chunks;
}

/** The hashes of frozen views already printed once (the builder reuses unchanged school views). */
const frozenHashes = new WeakMap<object, string>();

/** About how many bytes of record text one statement sends when storing new records. */
const INSERT_BATCH_BYTES = 8_000_000;

/** PostgreSQL's type oid of `json`, the element type of a `json[]` sent in binary. */
const JSON_TYPE_OID = 114;

/**
 * `bodies` as a one-dimensional `json[]` in PostgreSQL's binary format: the texts are sent as they
 * are, with no escaping into an array literal (and no copy of them in the JavaScript heap).
 */
export function binaryJsonArray(bodies: Buffer[]): Buffer {
  const header = 20;
  const array = Buffer.allocUnsafe(bodies.reduce((sum, body) => sum + 4 + body.length, header));
  array.writeInt32BE(1, 0); // dimensions
  array.writeInt32BE(0, 4); // no nulls
  array.writeUInt32BE(JSON_TYPE_OID, 8);
  array.writeInt32BE(bodies.length, 12);
  array.writeInt32BE(1, 16); // lower bound
  let offset = header;
  for (const body of bodies) {
    offset = array.writeInt32BE(body.length, offset);
    offset += body.copy(array, offset);
  }
  return array;
}

/**
 * Stores each record and manifest chunk of `snapshot` that no publication has stored yet, and
 * returns the manifest that reassembles it. Hashes are computed here, so only records and chunks the
 * database lacks are sent to it: a publish that changes one figure writes a few rows. Nothing stored
 * is ever updated: a changed view is a new hash, and so is a changed chunk.
 */
export async function storeSnapshot(
  manager: EntityManager,
  snapshot: PublicSnapshot,
): Promise<StoredManifest> {
  // A record's text is kept as its UTF-8 bytes, outside the JavaScript heap, until it is known
  // whether the database lacks it: thousands of school listings are tens of megabytes of text.
  const records = new Map<string, { collection: SnapshotCollection; view: unknown; body?: Buffer }>();
  const manifest = emptyManifest();
  const chunks = new Map<string, string[]>();
  for (const collection of COLLECTIONS) {
    const hashes = (snapshot[collection] as unknown[]).map((view) => {
      const known = frozenHashes.get(view as object);
      if (known !== undefined) {
        if (!records.has(known)) records.set(known, { collection, view });
        return known;
      }
      const body = Buffer.from(jsonbText(view), 'utf8');
      const hash = recordHash(collection, body);
      records.set(hash, { collection, view, body });
      // A frozen view cannot change, so its hash holds for as long as it exists.
      if (typeof view === 'object' && view !== null && Object.isFrozen(view)) frozenHashes.set(view, hash);
      return hash;
    });
    for (const chunk of manifestChunks(hashes)) {
      chunks.set(chunk.hash, chunk.hashes);
      manifest[collection].push(chunk.hash);
    }
  }
  const missing = async (table: string, hashes: string[]) => {
    const stored = (await manager.query(`SELECT hash FROM ${table} WHERE hash = ANY($1)`, [
      hashes,
    ])) as Array<{
      hash: string;
    }>;
    const held = new Set(stored.map((row) => row.hash));
    return hashes.filter((hash) => !held.has(hash));
  };
  const newRecords = await missing('publication_records', [...records.keys()]);
  const bodyOf = (hash: string) => {
    const record = records.get(hash) as { view: unknown; body?: Buffer };
    record.body ??= Buffer.from(jsonbText(record.view), 'utf8');
    return record.body;
  };
  for (const batch of batchesOf(newRecords, (hash) => bodyOf(hash).length)) {
    await manager.query(
      `INSERT INTO publication_records (hash, collection, body)
       SELECT * FROM unnest($1::text[], $2::text[], $3::json[])
       ON CONFLICT (hash) DO NOTHING`,
      [batch, batch.map((hash) => records.get(hash)?.collection), binaryJsonArray(batch.map(bodyOf))],
    );
  }
  const newChunks = await missing('publication_manifest_chunks', [...chunks.keys()]);
  if (newChunks.length > 0) {
    await manager.query(
      `INSERT INTO publication_manifest_chunks (hash, hashes)
       SELECT * FROM unnest($1::text[], $2::jsonb[])
       ON CONFLICT (hash) DO NOTHING`,
      [newChunks, newChunks.map((hash) => JSON.stringify(chunks.get(hash)))],
    );
  }
  return manifest;
}

/** `items` in consecutive batches of about `INSERT_BATCH_BYTES` by `size`, each at least one item. */
function batchesOf<T>(items: T[], size: (item: T) => number): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let chars = 0;
  for (const item of items) {
    if (batch.length > 0 && chars + size(item) > INSERT_BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(item);
    chars += size(item);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** The record hashes of stored manifests, reading each distinct chunk once. */
export async function expandManifests(
  manager: EntityManager,
  stored: StoredManifest[],
): Promise<PublicationManifest[]> {
  const chunkHashes = [
    ...new Set(stored.flatMap((manifest) => COLLECTIONS.flatMap((name) => manifest[name] ?? []))),
  ];
  const chunks = new Map<string, string[]>();
  if (chunkHashes.length > 0) {
    const rows = (await manager.query(
      `SELECT hash, hashes FROM publication_manifest_chunks WHERE hash = ANY($1)`,
      [chunkHashes],
    )) as Array<{ hash: string; hashes: string[] }>;
    for (const row of rows) chunks.set(row.hash, row.hashes);
  }
  return stored.map((manifest) => {
    const expanded = emptyManifest();
    for (const name of COLLECTIONS) {
      expanded[name] = (manifest[name] ?? []).flatMap((hash) => {
        const hashes = chunks.get(hash);
        if (hashes === undefined) throw new Error(`Publication manifest chunk ${hash} is missing`);
        return hashes;
      });
    }
    return expanded;
  });
}

/**
 * Reassembles the snapshots of several stored manifests, reading each distinct chunk and record once
 * (publications share most of them).
 */
export async function loadSnapshots(
  manager: EntityManager,
  stored: StoredManifest[],
): Promise<PublicSnapshot[]> {
  return loadRecords(manager, await expandManifests(manager, stored));
}

/**
 * The records of a snapshot already in memory, by hash, added to `into`: `manifest` lists the
 * snapshot's record hashes in its order (as storing it or expanding its stored manifest gives them).
 */
export function recordsByHash(
  manifest: PublicationManifest,
  snapshot: PublicSnapshot,
  into = new Map<string, unknown>(),
): Map<string, unknown> {
  for (const name of COLLECTIONS) {
    const hashes = manifest[name] ?? [];
    const views = snapshot[name] as unknown[];
    if (hashes.length !== views.length) continue;
    hashes.forEach((hash, index) => into.set(hash, views[index]));
  }
  return into;
}

/**
 * The snapshots that lists of record hashes describe, reading each distinct record once; records in
 * `known` (by hash, see `recordsByHash`) are taken from there instead of the database.
 */
export async function loadRecords(
  manager: EntityManager,
  manifests: PublicationManifest[],
  known: ReadonlyMap<string, unknown> = new Map(),
): Promise<PublicSnapshot[]> {
  const hashes = [
    ...new Set(manifests.flatMap((manifest) => COLLECTIONS.flatMap((name) => manifest[name] ?? []))),
  ].filter((hash) => !known.has(hash));
  const bodies = new Map<string, unknown>(known);
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

/**
 * The records of `before` that `after` does not hold, and those of `after` that `before` does not:
 * a diff of the two needs only these (a record whose hash both hold is the same record).
 */
export function recordsNotShared(
  before: PublicationManifest,
  after: PublicationManifest,
): [PublicationManifest, PublicationManifest] {
  const onlyIn = (manifest: PublicationManifest, other: PublicationManifest) => {
    const result = emptyManifest();
    for (const name of COLLECTIONS) {
      const held = new Set(other[name] ?? []);
      result[name] = (manifest[name] ?? []).filter((hash) => !held.has(hash));
    }
    return result;
  };
  return [onlyIn(before, after), onlyIn(after, before)];
}

export function emptyManifest(): PublicationManifest {
  return { sources: [], occupations: [], comparisons: [], schools: [] };
}
