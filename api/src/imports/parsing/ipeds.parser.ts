import { ImportFileError } from './import-file.error';
import { decodeText, readTabularFile, type TabularSheet } from './tabular-file';

/** One institution of the IPEDS institutional directory (HD file). */
export interface IpedsInstitution {
  unitId: number;
  name: string;
  city: string;
  state: string;
  website: string | null;
  /** First five digits of `ZIP`. */
  zip: string | null;
  latitude: number | null;
  longitude: number | null;
  sector: number | null;
  /** `CLOSEDAT` as an ISO date, when the directory reports the institution closed. */
  closedOn: string | null;
}

export interface IpedsDirectoryRelease {
  kind: 'ipeds-directory';
  /** hd2023.csv → 2023 (the 2023–24 directory). */
  year: number;
  institutions: IpedsInstitution[];
}

/** Awards of one institution in one program (CIP code) at one award level, first majors. */
export interface IpedsAward {
  unitId: number;
  cipCode: string;
  awardLevel: number;
  completions: number;
}

export interface IpedsCompletionsRelease {
  kind: 'ipeds-completions';
  /** c2023_a.csv → 2023: awards from July 2022 to June 2023. */
  year: number;
  awards: IpedsAward[];
}

/** Published yearly charges of one institution, full-time undergraduates; null when not reported. */
export interface IpedsPrice {
  unitId: number;
  tuitionInDistrict: number | null;
  tuitionInState: number | null;
  tuitionOutOfState: number | null;
  booksAndSupplies: number | null;
}

export interface IpedsPricesRelease {
  kind: 'ipeds-prices';
  /** ic2022_ay.csv → 2022 (charges for 2022–23). */
  year: number;
  prices: IpedsPrice[];
}

export interface CipSocPair {
  cipCode: string;
  /** Without the trailing period: "Medical/Clinical Assistant". */
  cipTitle: string;
  socCode: string;
  socTitle: string;
}

export interface CipSocCrosswalkRelease {
  kind: 'cip-soc-crosswalk';
  pairs: CipSocPair[];
}

export type IpedsRelease =
  IpedsDirectoryRelease | IpedsCompletionsRelease | IpedsPricesRelease | CipSocCrosswalkRelease;

const CIP_CODE = /^\d{2}\.\d{4}$/;
const SOC_CODE = /^\d{2}-\d{4}$/;

/** `www.pima.edu/` → `https://www.pima.edu/`; IPEDS leaves the scheme off most addresses. */
export function normalizeWebsite(address: string): string | null {
  const trimmed = address.trim();
  if (trimmed === '') return null;
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme).toString();
    return url.length <= 500 ? url : null;
  } catch {
    return null;
  }
}

/** A CIP title as a program name: "Medical/Clinical Assistant." → "Medical/Clinical Assistant". */
export function tidyCipTitle(title: string): string {
  return title.trim().replace(/\.+$/, '').trim();
}

/** The column names of a CSV file's first line, upper-cased, read without parsing the whole file. */
export function csvHeader(bytes: Buffer): string[] {
  const text = decodeText(bytes.subarray(0, 16_384));
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return line.split(',').map((name) => name.trim().replace(/^"|"$/g, '').trim().toUpperCase());
}

/** The year in an IPEDS file name: hd2023.csv, c2023_a.csv, ic2022_ay.csv. */
function yearIn(fileName: string, pattern: RegExp): number | null {
  const match = pattern.exec(fileName);
  return match ? Number(match[1]) : null;
}

/** Which IPEDS file this is, from its header and name; null when it is none of them. */
export function ipedsKindOf(bytes: Buffer, fileName: string): IpedsRelease['kind'] | null {
  if (!/\.csv$/i.test(fileName)) return null;
  const header = new Set(csvHeader(bytes));
  if (header.has('CIP2020CODE') || /crosswalk/i.test(fileName)) return 'cip-soc-crosswalk';
  if (!header.has('UNITID')) return null;
  if (header.has('INSTNM') || /^hd\d{4}/i.test(fileName)) return 'ipeds-directory';
  if (header.has('CIPCODE') || /^c\d{4}_a/i.test(fileName)) return 'ipeds-completions';
  if ([...header].some((name) => name.startsWith('TUITION')) || /^ic\d{4}_ay/i.test(fileName)) {
    return 'ipeds-prices';
  }
  return null;
}

/** Reads an IPEDS file whose kind `ipedsKindOf` recognised. */
export function parseIpedsFile(
  bytes: Buffer,
  fileName: string,
  kind: IpedsRelease['kind'],
  periodYear?: number,
): Promise<IpedsRelease> {
  switch (kind) {
    case 'ipeds-directory':
      return parseIpedsDirectory(bytes, fileName, periodYear);
    case 'ipeds-completions':
      return parseIpedsCompletions(bytes, fileName, periodYear);
    case 'ipeds-prices':
      return parseIpedsPrices(bytes, fileName, periodYear);
    case 'cip-soc-crosswalk':
      return parseCipSocCrosswalk(bytes, fileName);
  }
}

/** The sheet of a CSV file with its header's columns by name, refusing a file that lacks a required one. */
async function columnsOf(
  bytes: Buffer,
  fileName: string,
  what: string,
  required: string[],
): Promise<{ sheet: TabularSheet; column: (name: string) => number }> {
  const [sheet] = await readTabularFile(bytes, fileName);
  const header = sheet?.rows[0];
  const names = header?.cells.map((cell) => cell.trim().toUpperCase()) ?? [];
  const column = (name: string) => names.indexOf(name.toUpperCase());
  const missing = required.filter((name) => column(name) < 0);
  if (!sheet || !header || missing.length > 0) {
    throw new ImportFileError(
      `${fileName} is not ${what}: it lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      header?.number ?? null,
    );
  }
  return { sheet, column };
}

function yearOrRefuse(
  fileName: string,
  pattern: RegExp,
  periodYear: number | undefined,
  like: string,
): number {
  const year = periodYear ?? yearIn(fileName, pattern);
  if (year === null || year < 1980 || year > 2100) {
    throw new ImportFileError(
      `${fileName} does not say its year: name it like the IPEDS file (${like}) or give the year`,
    );
  }
  return year;
}

function unitIdOf(value: string | undefined, row: number): number {
  const unitId = (value ?? '').trim();
  if (!/^\d{6}$/.test(unitId)) {
    throw new ImportFileError(`"${unitId.slice(0, 20)}" is not a six-digit UNITID`, row, 'UNITID');
  }
  return Number(unitId);
}

/** A whole-dollar figure; `.`, blank and IPEDS's negative "not applicable" codes mean not reported. */
function dollars(value: string | undefined): number | null {
  const text = (value ?? '').trim();
  if (text === '' || text === '.' || !/^\d+(\.\d+)?$/.test(text)) return null;
  return Math.round(Number(text));
}

function coordinate(value: string | undefined, limit: number): number | null {
  const text = (value ?? '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const number = Number(text);
  return Math.abs(number) <= limit ? Math.round(number * 1e6) / 1e6 : null;
}

/** `CLOSEDAT` 05/26/2023 → 2023-05-26; -2 (not applicable) → null. */
function closingDate(value: string | undefined): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec((value ?? '').trim());
  if (!match) return null;
  const [, month, day, year] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  // IPEDS writes an unknown day as 00/00/0000 or with a zero day or month.
  return Number(year) >= 1800 && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso)
    ? iso
    : null;
}

/** Reads the IPEDS directory CSV (Windows-1252 or UTF-8, with or without BOM), one row per institution. */
export async function parseIpedsDirectory(
  bytes: Buffer,
  fileName: string,
  periodYear?: number,
): Promise<IpedsDirectoryRelease> {
  const { sheet, column } = await columnsOf(bytes, fileName, 'an IPEDS directory file', [
    'UNITID',
    'INSTNM',
    'CITY',
    'STABBR',
  ]);
  const year = yearOrRefuse(fileName, /hd(\d{4})/i, periodYear, 'hd2023.csv');
  const cell = (cells: string[], name: string) => (column(name) >= 0 ? (cells[column(name)] ?? '') : '');
  const institutions: IpedsInstitution[] = [];
  for (const { number, cells } of sheet.rows.slice(1)) {
    if (cells.every((value) => value.trim() === '')) continue;
    const unitId = unitIdOf(cells[column('UNITID')], number);
    const zip = /^(\d{5})/.exec(cell(cells, 'ZIP').trim());
    const sector = cell(cells, 'SECTOR').trim();
    const latitude = coordinate(cell(cells, 'LATITUDE'), 90);
    const longitude = coordinate(cell(cells, 'LONGITUD'), 180);
    const both = latitude !== null && longitude !== null;
    const active = cell(cells, 'CYACTIVE').trim();
    institutions.push({
      unitId,
      name: cell(cells, 'INSTNM').trim(),
      city: cell(cells, 'CITY').trim(),
      state: cell(cells, 'STABBR').trim().toUpperCase(),
      website: normalizeWebsite(cell(cells, 'WEBADDR')),
      zip: zip ? zip[1] : null,
      latitude: both ? latitude : null,
      longitude: both ? longitude : null,
      sector: /^\d$/.test(sector) ? Number(sector) : null,
      // CYACTIVE 3: closed during the year; CLOSEDAT says when.
      closedOn: closingDate(cell(cells, 'CLOSEDAT')) ?? (active === '3' ? `${year + 1}-06-30` : null),
    });
  }
  if (institutions.length === 0) throw new ImportFileError(`${fileName} has a header but no institutions`);
  return { kind: 'ipeds-directory', year, institutions };
}

/**
 * Reads completions by program (C20xx_A): the full file (both majors, every award column) or the
 * first-majors extract, by header name. Second majors and the CIP "99" totals are left out.
 */
export async function parseIpedsCompletions(
  bytes: Buffer,
  fileName: string,
  periodYear?: number,
): Promise<IpedsCompletionsRelease> {
  const { sheet, column } = await columnsOf(bytes, fileName, 'an IPEDS completions file', [
    'UNITID',
    'CIPCODE',
    'AWLEVEL',
    'CTOTALT',
  ]);
  const year = yearOrRefuse(fileName, /c(\d{4})_a/i, periodYear, 'c2023_a.csv');
  const major = column('MAJORNUM');
  const byKey = new Map<string, IpedsAward>();
  for (const { number, cells } of sheet.rows.slice(1)) {
    if (cells.every((value) => value.trim() === '')) continue;
    if (major >= 0 && (cells[major] ?? '').trim() !== '1') continue;
    const unitId = unitIdOf(cells[column('UNITID')], number);
    const cipCode = (cells[column('CIPCODE')] ?? '').trim();
    if (!CIP_CODE.test(cipCode)) continue;
    const level = (cells[column('AWLEVEL')] ?? '').trim();
    if (!/^\d{1,2}$/.test(level)) {
      throw new ImportFileError(`"${level.slice(0, 20)}" is not an award level`, number, 'AWLEVEL');
    }
    const total = (cells[column('CTOTALT')] ?? '').trim();
    if (!/^\d+$/.test(total)) {
      throw new ImportFileError(`"${total.slice(0, 20)}" is not a number of awards`, number, 'CTOTALT');
    }
    const key = `${unitId}|${cipCode}|${level}`;
    const existing = byKey.get(key);
    if (existing) existing.completions += Number(total);
    else byKey.set(key, { unitId, cipCode, awardLevel: Number(level), completions: Number(total) });
  }
  if (byKey.size === 0) throw new ImportFileError(`${fileName} has a header but no awards by program`);
  return { kind: 'ipeds-completions', year, awards: [...byKey.values()] };
}

/**
 * Reads student charges (IC20xx_AY): tuition plus required fees in-district (TUITION1/FEE1), in-state
 * (TUITION2/FEE2) and out-of-state (TUITION3/FEE3), and books and supplies of the file's own year
 * (CHG4AY3). `.` and blank mean not reported.
 */
export async function parseIpedsPrices(
  bytes: Buffer,
  fileName: string,
  periodYear?: number,
): Promise<IpedsPricesRelease> {
  const { sheet, column } = await columnsOf(bytes, fileName, 'an IPEDS student charges file', [
    'UNITID',
    'TUITION1',
    'FEE1',
    'TUITION2',
    'FEE2',
    'TUITION3',
    'FEE3',
  ]);
  const year = yearOrRefuse(fileName, /ic(\d{4})_ay/i, periodYear, 'ic2022_ay.csv');
  const books = column('CHG4AY3');
  const withFees = (cells: string[], tier: number): number | null => {
    const tuition = dollars(cells[column(`TUITION${tier}`)]);
    if (tuition === null) return null;
    return tuition + (dollars(cells[column(`FEE${tier}`)]) ?? 0);
  };
  const prices: IpedsPrice[] = [];
  for (const { number, cells } of sheet.rows.slice(1)) {
    if (cells.every((value) => value.trim() === '')) continue;
    prices.push({
      unitId: unitIdOf(cells[column('UNITID')], number),
      tuitionInDistrict: withFees(cells, 1),
      tuitionInState: withFees(cells, 2),
      tuitionOutOfState: withFees(cells, 3),
      booksAndSupplies: books >= 0 ? dollars(cells[books]) : null,
    });
  }
  if (prices.length === 0) throw new ImportFileError(`${fileName} has a header but no institutions`);
  return { kind: 'ipeds-prices', year, prices };
}

/** Reads the CIP 2020 → SOC 2018 crosswalk; the "no match" rows (99-9999) are left out. */
export async function parseCipSocCrosswalk(bytes: Buffer, fileName: string): Promise<CipSocCrosswalkRelease> {
  const { sheet, column } = await columnsOf(bytes, fileName, 'the CIP 2020 to SOC 2018 crosswalk', [
    'CIP2020Code',
    'CIP2020Title',
    'SOC2018Code',
    'SOC2018Title',
  ]);
  const pairs: CipSocPair[] = [];
  for (const { number, cells } of sheet.rows.slice(1)) {
    if (cells.every((value) => value.trim() === '')) continue;
    const cipCode = (cells[column('CIP2020Code')] ?? '').trim();
    const socCode = (cells[column('SOC2018Code')] ?? '').trim();
    if (!CIP_CODE.test(cipCode)) {
      throw new ImportFileError(`"${cipCode.slice(0, 20)}" is not a CIP 2020 code`, number, 'CIP2020Code');
    }
    if (!SOC_CODE.test(socCode) || socCode === '99-9999') continue;
    pairs.push({
      cipCode,
      cipTitle: tidyCipTitle(cells[column('CIP2020Title')] ?? '').slice(0, 300),
      socCode,
      socTitle: (cells[column('SOC2018Title')] ?? '').trim().slice(0, 300),
    });
  }
  if (pairs.length === 0) throw new ImportFileError(`${fileName} has a header but no CIP–SOC pairs`);
  return { kind: 'cip-soc-crosswalk', pairs };
}
