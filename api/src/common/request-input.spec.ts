import { findUnsafeInput, MAX_BODY_DEPTH } from './request-input';

describe('findUnsafeInput', () => {
  it('names every text value with a NUL character by its dotted path', () => {
    const found = findUnsafeInput({ title: 'a\u0000', rows: [{ note: 'ok' }, { note: '\u0000' }], n: 1 });
    expect(found).toEqual({
      tooDeep: false,
      fields: [
        { field: 'title', message: 'title must not contain the NUL character (\\u0000)' },
        { field: 'rows.1.note', message: 'note must not contain the NUL character (\\u0000)' },
      ],
    });
  });

  it('refuses prototype keys at any depth, own keys as JSON.parse makes them', () => {
    const found = findUnsafeInput(JSON.parse('{"a":{"__proto__":{}},"constructor":1,"b":[{"prototype":2}]}'));
    expect(found.fields.map((error) => error.field).sort()).toEqual([
      'a.__proto__',
      'b.0.prototype',
      'constructor',
    ]);
  });

  it('stops at the nesting limit without recursion', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(findUnsafeInput(deep)).toEqual({ tooDeep: true, fields: [] });
    let allowed: unknown = 'x';
    for (let level = 0; level < MAX_BODY_DEPTH; level++) allowed = [allowed];
    expect(findUnsafeInput(allowed)).toEqual({ tooDeep: false, fields: [] });
  });

  it('accepts ordinary values', () => {
    expect(findUnsafeInput({ a: 'text', b: [1, null, true], c: undefined })).toEqual({
      tooDeep: false,
      fields: [],
    });
    expect(findUnsafeInput(undefined)).toEqual({ tooDeep: false, fields: [] });
  });
});
