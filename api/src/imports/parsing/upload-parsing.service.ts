import { join } from 'node:path';
import { BadRequestException, Injectable, OnModuleDestroy, PayloadTooLargeException } from '@nestjs/common';
import { Piscina } from 'piscina';
import { TooManyRequestsException } from '../../common/errors/too-many-requests.exception';
import type { ImportRelease, UploadOutcome, UploadTask } from './upload-task';

/**
 * Heap of the thread that reads an upload. The largest real files (a state OEWS workbook, about
 * 40,000 rows) need less than half of it; a file that needs more is refused with 413, and the
 * process serving everyone else never grows with it.
 */
export const UPLOAD_WORKER_HEAP_MB = 384;
/** What a second upload of the same kind is told to wait while the first one is read. */
export const UPLOAD_BUSY_RETRY_SECONDS = 5;
export const UPLOAD_BUSY_MESSAGE = 'Another file is being read; try again in a few seconds';

/** The file as the upload handler received it. */
interface UploadedBytes {
  originalname: string;
  buffer: Buffer;
}

/** What a worker read from an upload: its release, and the file's SHA-256. */
export interface ParsedUpload<T> {
  release: T;
  sha256: string;
}

const refusal = (message: string) => ({ message, fields: [{ field: 'file', message }] });

/**
 * Reads uploaded files in a worker thread, so that parsing a large workbook never blocks the event
 * loop that answers everyone else, with a bounded heap. One file of each kind (imports, the IPEDS
 * directory) is read at a time per process: a second one is answered 429 at once instead of
 * queueing behind the first.
 */
@Injectable()
export class UploadParsingService implements OnModuleDestroy {
  private readonly busy = new Set<UploadTask['kind']>();
  private readonly pool = new Piscina<UploadTask, UploadOutcome<unknown>>({
    // Compiled, the worker is upload-worker.js beside this file; from the TypeScript sources (the
    // tests) a small entry compiles the task in the worker.
    filename: join(__dirname, __filename.endsWith('.ts') ? 'upload-worker.dev.js' : 'upload-worker.js'),
    name: 'parseUpload',
    minThreads: 0,
    maxThreads: 2,
    // A thread that read a file gives its memory back soon after.
    idleTimeout: 10_000,
    // Below the request thread's priority (nice(2) on Linux): on a busy machine the public reads
    // get the CPU first and the upload takes longer, rather than the other way round.
    niceIncrement: 10,
    resourceLimits: { maxOldGenerationSizeMb: UPLOAD_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 },
  });

  /**
   * The release an import file holds, whichever kind of BLS, O*NET or IPEDS file it is, and the
   * file's SHA-256.
   */
  parseImport(file: UploadedBytes, periodYear?: number): Promise<ParsedUpload<ImportRelease>> {
    return this.read<ImportRelease>({
      kind: 'import',
      bytes: file.buffer,
      fileName: file.originalname,
      periodYear,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }

  private async read<T>(task: UploadTask): Promise<ParsedUpload<T>> {
    if (this.busy.has(task.kind)) {
      throw new TooManyRequestsException(UPLOAD_BUSY_MESSAGE, UPLOAD_BUSY_RETRY_SECONDS);
    }
    this.busy.add(task.kind);
    let outcome: UploadOutcome<unknown>;
    try {
      outcome = await this.pool.run(task);
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        throw new PayloadTooLargeException(
          refusal(`${task.fileName} is too large to read: it needs more memory than an upload may use`),
        );
      }
      throw error;
    } finally {
      this.busy.delete(task.kind);
    }
    if ('parsed' in outcome) return { release: outcome.parsed as T, sha256: outcome.sha256 };
    throw outcome.tooLarge
      ? new PayloadTooLargeException(refusal(outcome.refused))
      : new BadRequestException(refusal(outcome.refused));
  }
}
