import type { Readable } from 'node:stream';
import { MAX_IMPORT_BYTES } from './tabular-file';

/** The part of a multer file this storage reads, and what it adds to it. */
interface IncomingFile {
  stream: Readable;
}
type Stored = { buffer: Buffer; size: number };

/** A SharedArrayBuffer that grows (ES2024: Node 20 has it, TypeScript's ES2023 library does not). */
interface GrowableSharedArrayBuffer extends SharedArrayBuffer {
  grow(byteLength: number): void;
}
const GrowableSharedArrayBuffer = SharedArrayBuffer as unknown as new (
  byteLength: number,
  options: { maxByteLength: number },
) => GrowableSharedArrayBuffer;

/**
 * Keeps an upload in shared memory (a SharedArrayBuffer that grows as the bytes arrive), so the
 * worker that reads it (UploadParsingService) sees the same bytes without a copy. The event loop
 * serving everyone else never stops for a whole file: multer's memory storage joins all of a file's
 * chunks in one copy at the end, and handing that buffer to a worker copies it again (together about
 * a third of a second for a 17 MB workbook on this hardware), while here each chunk is copied once,
 * as it arrives.
 */
export function sharedMemoryStorage(maxBytes = MAX_IMPORT_BYTES) {
  return {
    _handleFile(_request: unknown, file: IncomingFile, done: (error: Error | null, info?: Stored) => void) {
      const memory = new GrowableSharedArrayBuffer(0, { maxByteLength: maxBytes });
      let size = 0;
      let failed = false;
      file.stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        // multer's fileSize limit ends the stream at maxBytes; a longer one is refused all the same.
        if (size + chunk.length > maxBytes) {
          failed = true;
          file.stream.resume();
          return done(Object.assign(new Error('File too large'), { code: 'LIMIT_FILE_SIZE', field: 'file' }));
        }
        memory.grow(size + chunk.length);
        new Uint8Array(memory, size, chunk.length).set(chunk);
        size += chunk.length;
      });
      file.stream.once('error', (error: Error) => {
        if (!failed) done(error);
        failed = true;
      });
      file.stream.once('end', () => {
        if (!failed) done(null, { buffer: Buffer.from(memory, 0, size), size });
      });
    },
    _removeFile(_request: unknown, _file: unknown, done: (error: Error | null) => void) {
      done(null);
    },
  };
}

/** The upload options of every import route: one file, in shared memory, at most MAX_IMPORT_BYTES. */
export const IMPORT_UPLOAD_OPTIONS = {
  storage: sharedMemoryStorage(),
  limits: { fileSize: MAX_IMPORT_BYTES, files: 1 },
};
