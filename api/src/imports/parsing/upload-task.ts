import { createHash } from 'node:crypto';
import { parseEducationFile, NOT_EDUCATION_TABLE, EducationRelease } from './education.parser';
import { ImportFileError, ImportFileTooLargeError } from './import-file.error';
import { ipedsKindOf, IpedsRelease, parseIpedsFile } from './ipeds.parser';
import { NOT_OEWS_FILE, OewsRelease, parseOewsFile } from './oews.parser';
import { NOT_ONET_FILE, OnetFile, parseOnetFile } from './onet.parser';
import { parseProjectionsFile, ProjectionsRelease } from './projections.parser';
import {
  NOT_STATE_PROJECTIONS_FILE,
  parseStateProjectionsFile,
  StateProjectionsRelease,
} from './state-projections.parser';
import { readTabularFile } from './tabular-file';
import { assertWithinUploadLimits } from './upload-limits';

/** What the upload worker is asked to read: an import file of any kind the importers know. */
export type UploadTask = { kind: 'import'; bytes: Uint8Array; fileName: string; periodYear?: number };

export type ImportRelease =
  OewsRelease | ProjectionsRelease | EducationRelease | StateProjectionsRelease | OnetFile | IpedsRelease;

/**
 * The answer crosses the thread boundary as plain data: error classes do not survive it, so a file
 * the parsers refuse comes back as a refusal with its message, and its size decides 413 or 400.
 */
export type UploadOutcome<T> = { parsed: T; sha256: string } | { refused: string; tooLarge: boolean };

/** Whether a kind's parser said the file is not of its kind (so the next parser may try). */
const NOT_THIS_KIND = [
  NOT_OEWS_FILE,
  'is not an Employment Projections occupation workbook',
  NOT_EDUCATION_TABLE,
  NOT_STATE_PROJECTIONS_FILE,
  NOT_ONET_FILE,
];
const WHAT_FILES =
  'BLS OEWS wage estimates (national or state), the Employment Projections occupation workbook or its education table (5.4), Projections Central state projections, a file of the O*NET database, or an IPEDS file (directory, completions, student charges, CIP–SOC crosswalk)';

/**
 * Which kind of file this is, read by the first parser that recognises it. Call only after
 * assertWithinUploadLimits, which checks a workbook's archive.
 */
async function parseImportFile(bytes: Buffer, fileName: string, periodYear?: number): Promise<ImportRelease> {
  // IPEDS files are told apart by their header alone, before any workbook parser reads them whole.
  const ipeds = ipedsKindOf(bytes, fileName);
  if (ipeds) return parseIpedsFile(bytes, fileName, ipeds, periodYear);
  // Read once: each parser looks at the same sheets (assertWithinUploadLimits checked the archive).
  const sheets = await readTabularFile(bytes, fileName, { archiveChecked: true });
  const parsers: Array<() => Promise<ImportRelease>> = [
    () => parseOewsFile(sheets, fileName, periodYear),
    () => parseProjectionsFile(sheets, fileName),
    () => parseEducationFile(sheets, fileName),
    () => parseStateProjectionsFile(sheets, fileName),
    () => parseOnetFile(sheets, fileName),
  ];
  for (const parser of parsers) {
    try {
      return await parser();
    } catch (error) {
      if (!(error instanceof ImportFileError) || error instanceof ImportFileTooLargeError) throw error;
      if (!NOT_THIS_KIND.some((text) => error.problem.includes(text))) throw error;
    }
  }
  throw new ImportFileError(`${fileName} is not one of the files Careerscope imports: ${WHAT_FILES}`);
}

/** The worker's task: caps first (stopping early), then the parsers, which stay as they are. */
export async function parseUpload(task: UploadTask): Promise<UploadOutcome<ImportRelease>> {
  // Uploads arrive in shared memory (see sharedMemoryStorage): the parsers get a copy of their own,
  // made here on the worker's thread, as the libraries they use expect a plain ArrayBuffer.
  const bytes =
    task.bytes.buffer instanceof SharedArrayBuffer
      ? Buffer.from(task.bytes)
      : Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  try {
    await assertWithinUploadLimits(bytes, task.fileName);
    const parsed = await parseImportFile(bytes, task.fileName, task.periodYear);
    // The file's fingerprint, kept as the provenance of every figure it gives.
    return { parsed, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return { refused: error.message, tooLarge: error instanceof ImportFileTooLargeError };
  }
}
