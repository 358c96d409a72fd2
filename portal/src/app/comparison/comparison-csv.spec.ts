import { comparisonFixture } from '../../testing/comparison.fixture';
import { comparisonToCsv, neutralised, toCsvLine } from './comparison-csv';
import { buildComparisonModel } from './comparison-model';

describe('CSV cells that a spreadsheet would run as formulas', () => {
  it.each([
    '=HYPERLINK("http://evil.example","x")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\tx',
    '\rx',
    '=1',
    '-',
    '+',
  ])('prefixes %j with a single quote', (value) => {
    expect(neutralised(value)).toBe(`'${value}`);
  });

  it.each(['-3.5', '+12', '-1,200', '-12 %', '-0.25%', '42', 'Medical coder', '', "'=already"])(
    'keeps %j as it is',
    (value) => {
      expect(neutralised(value)).toBe(value);
    },
  );

  it('quotes a neutralised cell that also needs RFC 4180 quoting', () => {
    expect(toCsvLine(['=cmd|" /C calc"!A0', '-3.5', 'a,b'])).toBe(`"'=cmd|"" /C calc""!A0",-3.5,"a,b"`);
  });

  it('neutralises titles and sources in the downloaded comparison', () => {
    const source = comparisonFixture.sources[0];
    const view = {
      ...comparisonFixture,
      sources: [
        { ...source, title: '=HYPERLINK("http://evil.example")', publisher: '@evil' },
        ...comparisonFixture.sources.slice(1),
      ],
    };
    const csv = comparisonToCsv(buildComparisonModel(view));
    const lines = csv.split('\r\n');
    expect(lines.some((line) => line.includes(`"'=HYPERLINK(""http://evil.example"")"`))).toBe(true);
    expect(lines.some((line) => line.includes(",'@evil,"))).toBe(true);
    expect(lines.filter((line) => /(^|,)"?[=+@]/.test(line))).toEqual([]);
  });
});
