import iconv from 'iconv-lite';
import { readTabularFile } from './tabular-file';

const cellsOf = async (bytes: Buffer, name: string) =>
  (await readTabularFile(bytes, name))[0].rows.map((row) => row.cells);

describe('readTabularFile on text', () => {
  it('reads tab-separated text, where quotes and commas are part of the text', async () => {
    const text = 'O*NET-SOC Code\tTitle\tTask\n29-1141.00\tRegistered Nurses\t"Record" signs, symptoms\n';
    expect(await cellsOf(Buffer.from(text), 'Task Statements.txt')).toEqual([
      ['O*NET-SOC Code', 'Title', 'Task'],
      ['29-1141.00', 'Registered Nurses', '"Record" signs, symptoms'],
    ]);
  });

  it('reads comma-separated text even when a value holds a tab', async () => {
    expect(await cellsOf(Buffer.from('a,b,c\n1,"x\ty",3\n'), 'file.csv')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x\ty', '3'],
    ]);
  });

  it('decodes the UTF-16 text Excel saves as "Unicode Text"', async () => {
    const text = 'OCC_CODE\tOCC_TITLE\n31-9092\tMédical Assistants\n';
    for (const encoded of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]),
    ]) {
      expect(await cellsOf(encoded, 'wages.txt')).toEqual([
        ['OCC_CODE', 'OCC_TITLE'],
        ['31-9092', 'Médical Assistants'],
      ]);
    }
  });
});
