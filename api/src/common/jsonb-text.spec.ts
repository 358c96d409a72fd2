import { jsonbText } from './jsonb-text';

describe('jsonbText', () => {
  it('orders keys as jsonb does: shorter first, then by bytes', () => {
    expect(jsonbText({ zz: 1, b: 2, a: 3, aaa: 4, B: 5 })).toBe(
      '{"B": 5, "a": 3, "b": 2, "zz": 1, "aaa": 4}',
    );
  });

  it('prints nested values with jsonb spacing and leaves out what JSON leaves out', () => {
    expect(jsonbText({ list: [1, 'two', null, true, undefined], empty: {}, none: [], skip: undefined })).toBe(
      '{"list": [1, "two", null, true, null], "none": [], "empty": {}}',
    );
  });

  it('escapes strings as JSON does and keeps non-ASCII text as is', () => {
    expect(jsonbText({ text: 'a "quote"\n\tand \\ é €' })).toBe(
      '{"text": "a \\"quote\\"\\n\\tand \\\\ é €"}',
    );
  });

  it('prints numbers as PostgreSQL numeric does, never with an exponent', () => {
    expect(jsonbText([93600, -1.5, 0.25, 1e21, 1.5e-7, -2e-8])).toBe(
      '[93600, -1.5, 0.25, 1000000000000000000000, 0.00000015, -0.00000002]',
    );
  });

  it('gives the same text whatever order the keys were built in', () => {
    expect(jsonbText({ a: { x: 1, y: [{ q: 1, p: 2 }] }, b: 2 })).toBe(
      jsonbText({ b: 2, a: { y: [{ p: 2, q: 1 }], x: 1 } }),
    );
  });

  it('prints objects that share a first key but not their other keys each with their own keys', () => {
    expect(
      jsonbText([{ id: 1, name: 'a' }, { id: 2, zip: 'b', name: 'c' }, { id: 3 }, { id: 4, name: 'd' }]),
    ).toBe('[{"id": 1, "name": "a"}, {"id": 2, "zip": "b", "name": "c"}, {"id": 3}, {"id": 4, "name": "d"}]');
  });
});
