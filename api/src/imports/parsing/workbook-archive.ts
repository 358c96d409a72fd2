import { createInflateRaw } from 'node:zlib';
import { ImportFileError, ImportFileTooLargeError } from './import-file.error';

/** What all parts of an uploaded workbook may unpack to together. */
export const MAX_WORKBOOK_UNPACKED_BYTES = 200 * 1024 * 1024;
/** How much smaller than its content a part may be packed; real workbooks stay far below (about 10–30:1). */
export const MAX_WORKBOOK_COMPRESSION_RATIO = 100;
/** Below this size a part cannot hurt, and tiny parts of real workbooks compress well beyond 100:1. */
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;

const STORED = 0;
const DEFLATED = 8;

/** One part of a ZIP archive as its central directory declares it. */
export interface ArchiveEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** A ZIP archive starts with a local file header; an .xlsx is one. */
export function isZipArchive(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= earliest; offset--) {
    if (
      bytes.readUInt32LE(offset) === 0x06054b50 &&
      offset + 22 + bytes.readUInt16LE(offset + 20) === bytes.length
    ) {
      return offset;
    }
  }
  return -1;
}

function readUInt64(bytes: Buffer, offset: number): number {
  return Number(bytes.readBigUInt64LE(offset));
}

/**
 * The parts of a ZIP archive from its central directory, without unpacking anything; null when the
 * directory cannot be read. Handles ZIP64 sizes, which some writers use even for small files.
 */
export function readArchiveDirectory(bytes: Buffer): ArchiveEntry[] | null {
  try {
    const end = findEndOfCentralDirectory(bytes);
    if (end < 0) return null;
    let count = bytes.readUInt16LE(end + 10);
    let directoryOffset = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff) {
      const locator = end - 20;
      if (locator < 0 || bytes.readUInt32LE(locator) !== 0x07064b50) return null;
      const zip64End = readUInt64(bytes, locator + 8);
      if (bytes.readUInt32LE(zip64End) !== 0x06064b50) return null;
      count = readUInt64(bytes, zip64End + 32);
      directoryOffset = readUInt64(bytes, zip64End + 48);
    }
    const entries: ArchiveEntry[] = [];
    let offset = directoryOffset;
    for (let index = 0; index < count; index++) {
      if (bytes.readUInt32LE(offset) !== 0x02014b50) return null;
      const nameLength = bytes.readUInt16LE(offset + 28);
      const extraLength = bytes.readUInt16LE(offset + 30);
      const commentLength = bytes.readUInt16LE(offset + 32);
      const entry: ArchiveEntry = {
        name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
        method: bytes.readUInt16LE(offset + 10),
        compressedSize: bytes.readUInt32LE(offset + 20),
        uncompressedSize: bytes.readUInt32LE(offset + 24),
        localHeaderOffset: bytes.readUInt32LE(offset + 42),
      };
      readZip64Sizes(bytes, offset + 46 + nameLength, extraLength, entry);
      entries.push(entry);
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch {
    return null; // an offset outside the buffer: a truncated or corrupt archive
  }
}

/** A ZIP64 extra field holds, in this order, each size or offset that is 0xFFFFFFFF in the header. */
function readZip64Sizes(bytes: Buffer, start: number, length: number, entry: ArchiveEntry): void {
  let offset = start;
  while (offset + 4 <= start + length) {
    const id = bytes.readUInt16LE(offset);
    const size = bytes.readUInt16LE(offset + 2);
    if (id === 0x0001) {
      let field = offset + 4;
      const next = () => {
        const value = readUInt64(bytes, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    offset += 4 + size;
  }
}

/** What a caller watching a part's unpacked bytes may answer: throw to stop reading the archive. */
export type PartObserver = (chunk: Buffer) => void;

type InflateOutcome = 'within' | 'larger' | 'corrupt' | { stopped: unknown };

/**
 * Inflates without keeping the output (an observer may look at each chunk), and stops as soon as it
 * passes the limit or the observer throws.
 */
function inflateWithin(data: Buffer, limit: number, observe?: PartObserver): Promise<InflateOutcome> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        resolve('larger');
        inflate.destroy();
        return;
      }
      try {
        observe?.(chunk);
      } catch (error) {
        resolve({ stopped: error });
        inflate.destroy();
      }
    });
    inflate.on('end', () => resolve('within'));
    inflate.on('error', () => resolve('corrupt'));
    inflate.end(data);
  });
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Refuses an archive that would unpack to more than the workbook limits before the workbook reader
 * inflates any of it: first by the sizes its directory declares, then by inflating each part (without
 * keeping it) no further than its declared size, since a crafted archive can declare anything.
 * `observe` may watch the unpacked bytes of the parts it names (an error it throws stops the check
 * and is thrown on).
 */
export async function assertSafeWorkbookArchive(
  bytes: Buffer,
  fileName: string,
  observe?: (entry: ArchiveEntry) => PartObserver | null,
): Promise<void> {
  const unreadable = () => new ImportFileError(`${fileName} is not a readable Excel workbook`);
  const entries = readArchiveDirectory(bytes);
  if (!entries) throw unreadable();
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > MAX_WORKBOOK_UNPACKED_BYTES) {
    throw new ImportFileTooLargeError(
      `${fileName} would unpack to ${megabytes(total)}, more than the ${megabytes(MAX_WORKBOOK_UNPACKED_BYTES)} a workbook may hold`,
    );
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize >= RATIO_CHECK_FROM_BYTES && ratio > MAX_WORKBOOK_COMPRESSION_RATIO) {
      throw new ImportFileTooLargeError(
        `${fileName} is refused: its part ${entry.name} is packed ${Math.round(ratio)}:1, more than the ${MAX_WORKBOOK_COMPRESSION_RATIO}:1 a real workbook reaches`,
      );
    }
  }
  for (const entry of entries) {
    if (entry.method !== STORED && entry.method !== DEFLATED) throw unreadable();
    const header = entry.localHeaderOffset;
    if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== 0x04034b50) throw unreadable();
    const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    if (start + entry.compressedSize > bytes.length) throw unreadable();
    const observer = observe?.(entry) ?? undefined;
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.uncompressedSize) throw unreadable();
      observer?.(data);
      continue;
    }
    const outcome = await inflateWithin(data, entry.uncompressedSize, observer);
    if (typeof outcome === 'object') throw outcome.stopped;
    if (outcome === 'corrupt') throw unreadable();
    if (outcome === 'larger') {
      throw new ImportFileTooLargeError(
        `${fileName} is refused: its part ${entry.name} unpacks to more than its archive declares`,
      );
    }
  }
}
