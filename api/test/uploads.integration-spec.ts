import request from 'supertest';
import type { ApiErrorBody } from '@careerscope/shared';
import { UPLOAD_BUSY_MESSAGE } from '../src/imports/parsing/upload-parsing.service';
import { MAX_UPLOAD_ROWS } from '../src/imports/parsing/upload-limits';
import { Client, createEditor, EDITOR } from './support/editorial-fixtures';
import { signedInAgent, startTestApp, TestApp } from './support/test-app';

/** A CSV under the caps that no importer recognises: every parser reads it in turn, which takes a while. */
function slowToRead(rows = 120_000): Buffer {
  const lines = ['CODE,NAME,COUNT,RATE,NOTE'];
  for (let row = 0; row < rows; row++)
    lines.push(`${row},Item ${row},${row * 3},${row % 97}.5,note ${row % 13}`);
  return Buffer.from(lines.join('\n'));
}

function uploadImport(client: Client, file: Buffer, name: string) {
  return client.agent.post('/api/imports').set(client.csrf).attach('file', file, name);
}

function uploadDirectory(client: Client, file: Buffer, name: string) {
  return client.agent.post('/api/ipeds/directory').set(client.csrf).attach('file', file, name);
}

describe('uploads are read off the request thread, one at a time per kind', () => {
  let testApp: TestApp;
  let admin: Client;
  let editor: Client;

  beforeAll(async () => {
    testApp = await startTestApp();
    await createEditor(testApp.app);
    admin = await signedInAgent(testApp);
    editor = await signedInAgent(testApp, EDITOR);
  });

  afterAll(() => testApp.close());

  it('refuses a file with more rows than the cap with 413, naming the cap', async () => {
    const tooLong = Buffer.from(
      'OCC_CODE,OCC_TITLE\n' + '29-1141,Registered Nurses\n'.repeat(MAX_UPLOAD_ROWS + 1),
    );
    const response = await uploadImport(editor, tooLong, 'national_M2024_dl.csv').expect(413);
    const body = response.body as ApiErrorBody;
    expect(body.message).toBe(
      'national_M2024_dl.csv has more than 200,000 rows, more than any file Careerscope imports; upload the file as BLS or IPEDS publish it',
    );
    expect(body.fields).toEqual([{ field: 'file', message: body.message }]);
    const directory = await uploadDirectory(admin, tooLong, 'hd2023.csv').expect(413);
    expect(directory.body.message).toContain('hd2023.csv has more than 200,000 rows');
  });

  it('answers a second upload of the same kind 429 with Retry-After while the first is read', async () => {
    const file = slowToRead();
    const [first, second] = await Promise.all([
      uploadImport(editor, file, 'first.csv').then((response) => response),
      new Promise((done) => setTimeout(done, 300)).then(() => uploadImport(admin, file, 'second.csv')),
    ]);
    expect(first.status).toBe(400);
    expect(first.body.message).toContain('first.csv is not one of the files Careerscope imports');
    expect(second.status).toBe(429);
    expect(second.headers['retry-after']).toBe('5');
    expect(second.body.message).toBe(UPLOAD_BUSY_MESSAGE);
    expect(UPLOAD_BUSY_MESSAGE).toBe('Another file is being read; try again in a few seconds');

    // Once the first is read, the next upload is read again.
    await uploadImport(admin, Buffer.from('a,b\n1,2\n'), 'after.csv').expect(400);
  });

  it('reads an IPEDS directory through the same import reader: busy while another file is read, then loaded', async () => {
    const directory = Buffer.from(
      'UNITID,INSTNM,CITY,STABBR,WEBADDR\n123456,Pima College,Tucson,AZ,www.pima.edu\n',
    );
    const [imported, refused] = await Promise.all([
      uploadImport(editor, slowToRead(), 'slow.csv'),
      new Promise((done) => setTimeout(done, 300)).then(() =>
        uploadDirectory(admin, directory, 'hd2023.csv'),
      ),
    ]);
    expect(imported.status).toBe(400);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toBe(UPLOAD_BUSY_MESSAGE);
    const loaded = await uploadDirectory(admin, directory, 'hd2023.csv').expect(201);
    expect(loaded.body).toMatchObject({ year: 2023, count: 1 });
  });

  it('keeps answering other requests while an upload is read', async () => {
    let uploadDone = false;
    const upload = uploadImport(editor, slowToRead(), 'slow.csv').then((response) => {
      uploadDone = true;
      return response;
    });
    await new Promise((done) => setTimeout(done, 300));
    await request(testApp.server).get('/api/health').expect(200);
    expect(uploadDone).toBe(false);
    expect((await upload).status).toBe(400);
  });
});
