import { ImportFileError } from './import-file.error';
import { readTabularFile } from './tabular-file';

/** One institution of the IPEDS institutional directory (HD file). */
export interface IpedsInstitution {
  unitId: number;
  name: string;
  city: string;
  state: string;
  website: string | null;
}

/** `www.pima.edu/` → `https://www.pima.edu/`; IPEDS leaves the scheme off most addresses. */
export function normalizeWebsite(address: string): string | null {
  const trimmed = address.trim();
  if (trimmed === '') return null;
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(withScheme).toString();
  } catch {
    return null;
  }
}

/** Reads the IPEDS directory CSV (Windows-1252) into institutions keyed by UNITID. */
export async function parseIpedsDirectory(bytes: Buffer, fileName: string): Promise<IpedsInstitution[]> {
  const [sheet] = await readTabularFile(bytes, fileName);
  const header = sheet?.rows[0];
  const names = header?.cells.map((cell) => cell.trim().toUpperCase()) ?? [];
  const column = (name: string) => names.indexOf(name);
  const required = ['UNITID', 'INSTNM', 'CITY', 'STABBR'];
  const missing = required.filter((name) => column(name) < 0);
  if (!header || missing.length > 0) {
    throw new ImportFileError(
      `${fileName} is not an IPEDS directory file: it lacks ${missing.join(', ')}`,
      header?.number ?? null,
    );
  }
  const institutions: IpedsInstitution[] = [];
  for (const { number, cells } of sheet.rows.slice(1)) {
    const unitId = (cells[column('UNITID')] ?? '').trim();
    if (!/^\d{6}$/.test(unitId)) {
      throw new ImportFileError(`"${unitId.slice(0, 20)}" is not a six-digit UNITID`, number, 'UNITID');
    }
    const state = (cells[column('STABBR')] ?? '').trim();
    institutions.push({
      unitId: Number(unitId),
      name: (cells[column('INSTNM')] ?? '').trim(),
      city: (cells[column('CITY')] ?? '').trim(),
      state,
      website: column('WEBADDR') >= 0 ? normalizeWebsite(cells[column('WEBADDR')] ?? '') : null,
    });
  }
  if (institutions.length === 0) throw new ImportFileError(`${fileName} has a header but no institutions`);
  return institutions;
}
