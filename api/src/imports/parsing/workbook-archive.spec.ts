import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { ImportFileError, ImportFileTooLargeError } from './import-file.error';
import { parseOewsFile } from './oews.parser';
import { REFERENCE_DATA_DIR } from './reference-data';
import { readTabularFile } from './tabular-file';
import {
  assertSafeWorkbookArchive,
  MAX_WORKBOOK_COMPRESSION_RATIO,
  MAX_WORKBOOK_UNPACKED_BYTES,
  readArchiveDirectory,
} from './workbook-archive';

interface Part {
  name: string;
  content: Buffer;
  /** What the directory claims instead of the truth, as a crafted archive may. */
  declaredSize?: number;
  declaredPackedSize?: number;
  /** Stored packed bytes instead of the deflated content. */
  packedOverride?: Buffer;
  /** Sizes in a ZIP64 extra field, as some writers do even for small files. */
  zip64?: boolean;
}

const packedOnce = new Map<Buffer, Buffer>();
const deflated = (content: Buffer) => {
  if (!packedOnce.has(content)) packedOnce.set(content, deflateRawSync(content));
  return packedOnce.get(content) as Buffer;
};

/** A ZIP archive written by hand, so that a test can make its directory say anything. */
function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const packed = part.packedOverride ?? deflated(part.content);
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(part.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.zip64 ? 0xffffffff : (part.declaredPackedSize ?? packed.length), 20);
    central.writeUInt32LE(part.zip64 ? 0xffffffff : (part.declaredSize ?? part.content.length), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    const extra = Buffer.alloc(part.zip64 ? 20 : 0);
    if (part.zip64) {
      central.writeUInt16LE(extra.length, 30);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(part.declaredSize ?? part.content.length), 4);
      extra.writeBigUInt64LE(BigInt(part.declaredPackedSize ?? packed.length), 12);
    }
    locals.push(local, name, packed);
    centrals.push(central, name, extra);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const FIFTY_MEGABYTES_OF_ZEROS = Buffer.alloc(50 * 1024 * 1024);

describe('workbook archives', () => {
  it('reads the parts of a real workbook from its directory and lets it through', async () => {
    const bytes = readFileSync(join(REFERENCE_DATA_DIR, 'bls', 'national_M2024_dl.xlsx'));
    const entries = readArchiveDirectory(bytes);
    expect(entries?.map((entry) => entry.name)).toContain('xl/worksheets/sheet1.xml');
    await expect(assertSafeWorkbookArchive(bytes, 'national_M2024_dl.xlsx')).resolves.toBeUndefined();
  });

  it('reads the sizes of a ZIP64 directory, which some writers use even for small files', async () => {
    const small = zip([{ name: 'xl/workbook.xml', content: Buffer.from('<workbook/>'), zip64: true }]);
    expect(readArchiveDirectory(small)).toEqual([
      {
        name: 'xl/workbook.xml',
        method: 8,
        compressedSize: expect.any(Number),
        uncompressedSize: 11,
        localHeaderOffset: 0,
      },
    ]);
    await expect(assertSafeWorkbookArchive(small, 'small.xlsx')).resolves.toBeUndefined();
    const large = zip([
      {
        name: 'xl/worksheets/sheet1.xml',
        content: Buffer.from('<x/>'),
        zip64: true,
        declaredSize: 6 * 2 ** 30,
      },
    ]);
    await expect(assertSafeWorkbookArchive(large, 'large.xlsx')).rejects.toThrow('would unpack to 6144 MB');
  });

  it('refuses a part packed more than 100:1 before inflating it (50 MB of zeros in about 50 kB)', async () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', content: FIFTY_MEGABYTES_OF_ZEROS }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const refusal = readTabularFile(bomb, 'national_M2024_dl.xlsx');
    await expect(refusal).rejects.toThrow(ImportFileTooLargeError);
    await expect(refusal).rejects.toThrow(`more than the ${MAX_WORKBOOK_COMPRESSION_RATIO}:1`);
  });

  it('treats a ZIP archive named .csv as a workbook, so a bomb cannot hide behind the name', async () => {
    const bomb = zip([{ name: 'data.csv', content: FIFTY_MEGABYTES_OF_ZEROS }]);
    await expect(parseOewsFile(bomb, 'national_M2024_dl.csv')).rejects.toThrow(ImportFileTooLargeError);
  });

  it('refuses an archive whose parts declare more than 200 MB together', async () => {
    // Three parts that claim 90 MB each at a harmless ratio; the bytes behind them are never read.
    const parts = [1, 2, 3].map((index) => ({
      name: `xl/worksheets/sheet${index}.xml`,
      content: Buffer.from('<x/>'),
      declaredSize: 90 * 1024 * 1024,
      declaredPackedSize: 9 * 1024 * 1024,
    }));
    const refusal = assertSafeWorkbookArchive(zip(parts), 'big.xlsx');
    await expect(refusal).rejects.toThrow(ImportFileTooLargeError);
    await expect(refusal).rejects.toThrow(`more than the ${MAX_WORKBOOK_UNPACKED_BYTES / 1024 / 1024} MB`);
  });

  it('refuses a part that unpacks to more than its directory declares', async () => {
    // The directory claims 1 MB, about 20:1 for the 50 kB stored; the data is 50 MB of zeros.
    const bomb = zip([
      { name: 'xl/worksheets/sheet1.xml', content: FIFTY_MEGABYTES_OF_ZEROS, declaredSize: 1024 * 1024 },
    ]);
    await expect(assertSafeWorkbookArchive(bomb, 'lies.xlsx')).rejects.toThrow(
      'unpacks to more than its archive declares',
    );
  });

  it('calls a truncated or corrupt archive unreadable (a 400, not a 413)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Data').addRow(['OCC_CODE', 'TOT_EMP']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const truncated = bytes.subarray(0, bytes.length - 30);
    const corrupt = zip([
      { name: 'a.xml', content: Buffer.from('<a/>'), packedOverride: Buffer.from('not deflate') },
    ]);
    for (const file of [truncated, corrupt]) {
      const refusal = readTabularFile(file, 'broken.xlsx');
      await expect(refusal).rejects.toThrow('is not a readable Excel workbook');
      await expect(refusal).rejects.not.toThrow(ImportFileTooLargeError);
      await expect(refusal).rejects.toThrow(ImportFileError);
    }
  });
});
