import { Readable } from 'node:stream';
import { sharedMemoryStorage } from './upload-storage';

function store(chunks: Buffer[], maxBytes: number): Promise<{ buffer: Buffer; size: number }> {
  return new Promise((resolve, reject) => {
    sharedMemoryStorage(maxBytes)._handleFile(null, { stream: Readable.from(chunks) }, (error, info) =>
      error ? reject(error) : resolve(info!),
    );
  });
}

describe('sharedMemoryStorage', () => {
  it('keeps every chunk of an upload, in order, in memory a worker can share', async () => {
    const chunks = [Buffer.from('Careerscope '), Buffer.alloc(70_000, 7), Buffer.from([0, 255, 1])];
    const stored = await store(chunks, 1024 * 1024);
    expect(stored.size).toBe(12 + 70_000 + 3);
    expect(stored.buffer.equals(Buffer.concat(chunks))).toBe(true);
    expect(stored.buffer.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('keeps an empty upload as empty', async () => {
    const stored = await store([], 1024);
    expect(stored.size).toBe(0);
    expect(stored.buffer.length).toBe(0);
  });

  it('refuses an upload over its limit as multer does (413)', async () => {
    await expect(store([Buffer.alloc(600), Buffer.alloc(600)], 1000)).rejects.toMatchObject({
      code: 'LIMIT_FILE_SIZE',
      message: 'File too large',
    });
  });
});
