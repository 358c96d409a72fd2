// Rebuilds this folder from the public files it names (see README.md): whole files where they are
// small, and, where a file is large, an extract in the original format (same header, same encoding,
// same layout) holding the rows the catalogue needs: healthcare occupations and the schools that
// train for them.
//
//   node reference-data/extract.mjs /path/to/the/public/files
//
// The source folder holds `bls/`, `onet/` and `ipeds/` as the agencies publish them.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../api/package.json'));
const ExcelJS = require('exceljs');

const from = process.argv[2] ? resolve(process.argv[2]) : null;
if (!from) {
  console.error('usage: node reference-data/extract.mjs <folder with bls/, onet/ and ipeds/>');
  process.exit(2);
}

// The catalogue's default scope (shared/src/catalogue/catalogue-scope.ts says the same): SOC major
// groups 29 and 31, and health occupations elsewhere in the SOC.
const MAJOR_GROUPS = ['29', '31'];
const NAMED_CODES = [
  '11-9111',
  '19-1042',
  '21-1011',
  '21-1014',
  '21-1018',
  '21-1022',
  '21-1023',
  '21-1091',
  '21-1094',
  '25-1071',
  '43-6013',
  '51-9081',
  '51-9082',
  '51-9083',
];
const inScope = (soc) =>
  /^\d\d-\d{4}/.test(soc) &&
  (MAJOR_GROUPS.includes(soc.slice(0, 2)) || NAMED_CODES.includes(soc.slice(0, 7)));
// Totals the portal compares against, and the major groups' own rows.
const isTotal = (soc) => soc === '00-0000' || MAJOR_GROUPS.some((group) => soc === `${group}-0000`);

function copy(path) {
  mkdirSync(dirname(join(here, path)), { recursive: true });
  copyFileSync(join(from, path), join(here, path));
  report(path, 'whole file');
}

/** Keeps the header and each line whose columns pass `keep`; bytes are read and written as latin1 so any encoding survives. */
function filterLines(path, separator, keep) {
  const text = readFileSync(join(from, path), 'latin1');
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(newline);
  const header = splitRow(lines[0].replace(/^\u00ef\u00bb\u00bf/, ''), separator);
  const kept = [lines[0]];
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const cells = splitRow(line, separator);
    const row = Object.fromEntries(header.map((name, index) => [name, cells[index] ?? '']));
    if (keep(row)) kept.push(line);
  }
  const trailing = text.endsWith(newline) ? newline : '';
  mkdirSync(dirname(join(here, path)), { recursive: true });
  writeFileSync(join(here, path), kept.join(newline) + trailing, 'latin1');
  report(path, `${kept.length - 1} of ${lines.length - 1 - (trailing ? 1 : 0)} rows`);
  return kept
    .slice(1)
    .map((line) => Object.fromEntries(header.map((name, i) => [name, splitRow(line, separator)[i]])));
}

function splitRow(line, separator) {
  if (separator === '\t') return line.split('\t');
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** Rewrites the first worksheet with its header row and the rows whose first cell passes `keep`. */
async function filterWorkbook(path, keep) {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(join(from, path));
  const sheet = source.worksheets[0];
  const target = new ExcelJS.Workbook();
  const copySheet = target.addWorksheet(sheet.name);
  let kept = 0;
  let total = 0;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values.slice(1);
    if (number === 1) {
      copySheet.addRow(values);
      return;
    }
    total++;
    if (keep(String(values[0] ?? ''))) {
      copySheet.addRow(values);
      kept++;
    }
  });
  mkdirSync(dirname(join(here, path)), { recursive: true });
  await target.xlsx.writeFile(join(here, path));
  report(path, `${kept} of ${total} rows`);
}

function report(path, what) {
  console.log(`${path.padEnd(52)} ${what}`);
}

// BLS
for (const name of [
  'national_M2024_dl.xlsx',
  'national_M2023_dl.xlsx',
  'national_M2023_dl.excel-saved.csv',
  'national_M2024_field_descriptions.csv',
  'ep_occupation_2024-34.xlsx',
  'ep_education_table5.4_2024.xlsx',
]) {
  copy(`bls/${name}`);
}
filterLines(
  'bls/state_M2024_dl.columns-subset.csv',
  ',',
  (row) => inScope(row.OCC_CODE) || isTotal(row.OCC_CODE),
);
filterLines(
  'bls/projections-central_long-term_2022-32_all-states.csv',
  ',',
  (row) => inScope(row.OccCode) || isTotal(row.OccCode),
);

// O*NET 29.3 (CC BY 4.0)
for (const name of [
  'Occupation Data.txt',
  'Job Zones.txt',
  'Job Zone Reference.txt',
  'Education, Training, and Experience Categories.txt',
  'Read Me.txt',
]) {
  copy(`onet/${name}`);
}
const onetInScope = (row) => inScope(row['O*NET-SOC Code'] ?? '');
filterLines('onet/Task Statements.txt', '\t', onetInScope);
filterLines('onet/Related Occupations.txt', '\t', onetInScope);
filterLines('onet/Technology Skills.txt', '\t', onetInScope);
await filterWorkbook('onet/Alternate Titles.xlsx', inScope);
await filterWorkbook('onet/Education, Training, and Experience.xlsx', inScope);
await filterWorkbook('onet/Skills.xlsx', inScope);

// IPEDS
for (const name of ['hd2022.csv', 'hd2023.csv', 'cip2020.csv']) {
  copy(`ipeds/${name}`);
}
const crosswalk = filterLines('ipeds/cip2020-soc2018-crosswalk.csv', ',', () => true);
const healthCips = new Set(crosswalk.filter((row) => inScope(row.SOC2018Code)).map((row) => row.CIP2020Code));
const unitIds = new Set();
for (const year of ['2022', '2023']) {
  for (const row of filterLines(`ipeds/c${year}_a.first-majors.csv`, ',', (row) =>
    healthCips.has(row.CIPCODE),
  )) {
    unitIds.add(row.UNITID);
  }
}
filterLines('ipeds/ic2022_ay.csv', ',', (row) => unitIds.has(row.UNITID));
