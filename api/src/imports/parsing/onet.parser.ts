import { ImportFileError } from './import-file.error';
import { sheetsOf, type TabularInput, type TabularSheet } from './tabular-file';

export type OnetFileKind =
  | 'onet-occupations'
  | 'onet-tasks'
  | 'onet-related'
  | 'onet-job-zones'
  | 'onet-alternate-titles'
  | 'onet-technology'
  | 'onet-skills'
  | 'onet-education';

interface OnetRowBase {
  /** `29-1141.00`: `.00` is the occupation as BLS defines it, `.01` … its specialties. */
  onetSocCode: string;
  /** The BLS SOC code the O*NET-SOC code belongs to: `29-1141`. */
  socCode: string;
  /** Row number in the file, for messages (always set by the parser). */
  row?: number;
}

export interface OnetOccupationRow extends OnetRowBase {
  title: string;
  description: string;
}

export interface OnetTaskRow extends OnetRowBase {
  taskId: number;
  task: string;
  /** Task Type `Core`; `Supplemental` or no type (tasks not yet rated) is false. */
  core: boolean;
}

export interface OnetRelatedRow extends OnetRowBase {
  relatedOnetSocCode: string;
  relatedSocCode: string;
  relatedTitle: string;
  /** `Primary-Short`, `Primary-Long` or `Supplemental`. */
  tier: string;
  /** 1 is the most related. */
  index: number;
}

export interface OnetJobZoneRow extends OnetRowBase {
  /** 1 (little or no preparation) to 5 (extensive preparation). */
  jobZone: number;
}

export interface OnetAlternateTitleRow extends OnetRowBase {
  title: string;
  shortTitle: string | null;
}

export interface OnetTechnologyRow extends OnetRowBase {
  example: string;
  /** UNSPSC commodity code, `43232606` (always set by the parser). */
  commodityCode?: string;
  commodityTitle: string;
  hot: boolean;
  inDemand: boolean;
}

export interface OnetSkillRow extends OnetRowBase {
  /** `2.A.1.a` (always set by the parser). */
  elementId?: string;
  name: string;
  /** Importance, 1 (not important) to 5 (extremely important). */
  importance: number;
}

export interface OnetEducationRow extends OnetRowBase {
  /** Required Level of Education category, 1 (less than high school) to 12 (post-doctoral training). */
  category: number;
  /** The category's name, e.g. "Post-Secondary Certificate". */
  label: string;
  /** Share of respondents who say the job needs this level, 0–100. */
  percent: number;
  /**
   * O*NET's "Recommend Suppress" (a high relative standard error). Kept, not dropped: the levels of
   * an occupation add up to 100 only together, and the suppressed one is often the largest. Always
   * set by the parser.
   */
  suppressRecommended?: boolean;
}

export type OnetFile =
  | { kind: 'onet-occupations'; rows: OnetOccupationRow[] }
  | { kind: 'onet-tasks'; rows: OnetTaskRow[] }
  | { kind: 'onet-related'; rows: OnetRelatedRow[] }
  | { kind: 'onet-job-zones'; rows: OnetJobZoneRow[] }
  | { kind: 'onet-alternate-titles'; rows: OnetAlternateTitleRow[] }
  | { kind: 'onet-technology'; rows: OnetTechnologyRow[] }
  | { kind: 'onet-skills'; rows: OnetSkillRow[] }
  | { kind: 'onet-education'; rows: OnetEducationRow[] };

/** The names O*NET gives its files (the database's file names, with the O*NET prefix). */
export const ONET_FILE_TITLES: Record<OnetFileKind, string> = {
  'onet-occupations': 'O*NET Occupation Data',
  'onet-tasks': 'O*NET Task Statements',
  'onet-related': 'O*NET Related Occupations',
  'onet-job-zones': 'O*NET Job Zones',
  'onet-alternate-titles': 'O*NET Alternate Titles',
  'onet-technology': 'O*NET Technology Skills',
  'onet-skills': 'O*NET Skills',
  'onet-education': 'O*NET Education, Training, and Experience',
};

/**
 * The 12 categories of Required Level of Education (element 2.D.1, scale RL), as
 * `Education, Training, and Experience Categories.txt` of O*NET 29.3 describes them; the label is the
 * description up to its explanation.
 */
export const ONET_EDUCATION_LEVELS: ReadonlyArray<{ category: number; label: string; description: string }> =
  [
    'Less than a High School Diploma',
    'High School Diploma - or the equivalent (for example, GED)',
    'Post-Secondary Certificate - awarded for training completed after high school (for example, in agriculture or natural resources, computer services, personal or culinary services, engineering technologies, healthcare, construction trades, mechanic and repair technologies, or precision production)',
    'Some College Courses',
    "Associate's Degree (or other 2-year degree)",
    "Bachelor's Degree",
    'Post-Baccalaureate Certificate - awarded for completion of an organized program of study; designed for people who have completed a Baccalaureate degree but do not meet the requirements of academic degrees carrying the title of Master.',
    "Master's Degree",
    "Post-Master's Certificate - awarded for completion of an organized program of study; designed for people who have completed a Master's degree but do not meet the requirements of academic degrees at the doctoral level.",
    'First Professional Degree - awarded for completion of a program that: requires at least 2 years of college work before entrance into the program, includes a total of at least 6 academic years of work to complete, and provides all remaining academic requirements to begin practice in a profession.',
    'Doctoral Degree',
    'Post-Doctoral Training',
  ].map((description, index) => ({ category: index + 1, label: description.split(' - ')[0], description }));

export const NOT_ONET_FILE = 'is not an O*NET database file';

export const ONET_SOC_CODE_PATTERN = /^\d{2}-\d{4}\.\d{2}$/;

const CODE = 'o*net-soc code';

/**
 * How each file is told apart by its header. Skills and Education, Training, and Experience share
 * their layout with other O*NET files (Knowledge, Abilities, Work Context …), so their element IDs
 * decide too: skills are 2.A (basic) and 2.B (cross-functional), education and training 2.D and 3.A.
 */
const LAYOUTS: ReadonlyArray<{ kind: OnetFileKind; columns: string[]; elements?: RegExp }> = [
  { kind: 'onet-related', columns: ['related o*net-soc code', 'related title', 'relatedness tier', 'index'] },
  { kind: 'onet-tasks', columns: ['task id', 'task'] },
  { kind: 'onet-alternate-titles', columns: ['alternate title'] },
  { kind: 'onet-technology', columns: ['example', 'commodity title', 'hot technology'] },
  {
    kind: 'onet-education',
    columns: ['element id', 'scale id', 'category', 'data value'],
    elements: /^(2\.D|3\.A)\./,
  },
  {
    kind: 'onet-skills',
    columns: ['element id', 'element name', 'scale id', 'data value'],
    elements: /^2\.[AB]\./,
  },
  { kind: 'onet-job-zones', columns: ['job zone'] },
  { kind: 'onet-occupations', columns: ['title', 'description'] },
];

const normalize = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

/** Reads the cells of one row by column name, and refuses what is not what O*NET publishes there. */
class RowReader {
  constructor(
    private readonly columns: Map<string, { position: number; label: string }>,
    readonly rowNumber: number,
    private readonly cells: string[],
  ) {}

  text(name: string): string {
    const column = this.columns.get(name);
    return column === undefined ? '' : (this.cells[column.position] ?? '').replace(/\s+/g, ' ').trim();
  }

  required(name: string): string {
    const value = this.text(name);
    if (value === '') throw this.error(name, 'is empty');
    return value;
  }

  onetSocCode(name: string): string {
    const value = this.text(name);
    if (!ONET_SOC_CODE_PATTERN.test(value)) {
      throw this.error(name, `"${value.slice(0, 40)}" is not an O*NET-SOC code like 29-1141.00`);
    }
    return value;
  }

  number(name: string, min: number, max: number, integer = false): number {
    const value = this.text(name);
    const parsed = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (Number.isNaN(parsed) || (integer && !Number.isInteger(parsed)) || parsed < min || parsed > max) {
      const kind = integer ? 'a whole number' : 'a number';
      throw this.error(name, `"${value.slice(0, 40)}" is not ${kind} from ${min} to ${max}`);
    }
    return parsed;
  }

  error(name: string, problem: string): ImportFileError {
    const label = this.columns.get(name)?.label ?? name;
    return new ImportFileError(problem, this.rowNumber, label);
  }
}

function headerOf(sheet: TabularSheet) {
  for (const [index, row] of sheet.rows.slice(0, 10).entries()) {
    const names = row.cells.map(normalize);
    if (!names.includes(CODE)) continue;
    const columns = new Map<string, { position: number; label: string }>();
    names.forEach((name, position) => {
      if (name !== '' && !columns.has(name))
        columns.set(name, { position, label: row.cells[position].trim() });
    });
    return { index, columns };
  }
  return null;
}

const kindsList = () =>
  Object.values(ONET_FILE_TITLES)
    .map((title) => title.replace('O*NET ', ''))
    .join('; ');

/**
 * Reads a file of the O*NET database (tab-separated text or Excel, as the O*NET Resource Center
 * publishes both) and tells which file it is from its header, not its name.
 */
export async function parseOnetFile(input: TabularInput, fileName: string): Promise<OnetFile> {
  const sheets = await sheetsOf(input, fileName);
  const found = sheets
    .map((sheet) => ({ sheet, header: headerOf(sheet) }))
    .find((item) => item.header !== null);
  const notOnet = (why: string) =>
    new ImportFileError(`${fileName} ${NOT_ONET_FILE} the catalogue reads (${kindsList()}): ${why}`);
  if (!found?.header) throw notOnet('no sheet has an O*NET-SOC Code column');
  const { sheet, header } = found;
  const layout = LAYOUTS.find((candidate) => candidate.columns.every((name) => header.columns.has(name)));
  if (!layout) throw notOnet('its columns are those of another O*NET file');
  const readers = sheet.rows
    .slice(header.index + 1)
    .map(({ number, cells }) => new RowReader(header.columns, number, cells))
    .filter((reader) => reader.text(CODE) !== ''); // notes under the data, if a user added any
  if (readers.length === 0) throw new ImportFileError(`${fileName} has a header but no rows`);
  if (layout.elements && !layout.elements.test(readers[0].text('element id'))) {
    throw notOnet(
      `it has the layout of ${ONET_FILE_TITLES[layout.kind]}, but ${readers[0].text('element id') || 'its first element'} is not one of its elements`,
    );
  }
  const base = (reader: RowReader) => {
    const onetSocCode = reader.onetSocCode(CODE);
    return { onetSocCode, socCode: onetSocCode.slice(0, 7), row: reader.rowNumber };
  };
  const element = (reader: RowReader) => {
    const id = reader.required('element id');
    if (!layout.elements?.test(id)) {
      throw reader.error('element id', `${id} is not an element of ${ONET_FILE_TITLES[layout.kind]}`);
    }
    return id;
  };
  const file = readRows(layout.kind, readers, base, element);
  if (file.rows.length === 0) {
    throw new ImportFileError(`${fileName} has no rows the catalogue reads (${ONET_FILE_TITLES[file.kind]})`);
  }
  return file;
}

function readRows(
  kind: OnetFileKind,
  readers: RowReader[],
  base: (reader: RowReader) => OnetRowBase,
  element: (reader: RowReader) => string,
): OnetFile {
  const flag = (reader: RowReader, name: string) => reader.text(name).toUpperCase() === 'Y';
  switch (kind) {
    case 'onet-occupations':
      return {
        kind,
        rows: unique(
          readers.map((reader) => ({
            ...base(reader),
            title: reader.required('title'),
            description: reader.text('description'),
          })),
        ),
      };
    case 'onet-tasks':
      return {
        kind,
        rows: readers.map((reader) => ({
          ...base(reader),
          taskId: reader.number('task id', 1, Number.MAX_SAFE_INTEGER, true),
          task: reader.required('task'),
          core: reader.text('task type').toLowerCase() === 'core',
        })),
      };
    case 'onet-related':
      return {
        kind,
        rows: readers.map((reader) => {
          const relatedOnetSocCode = reader.onetSocCode('related o*net-soc code');
          return {
            ...base(reader),
            relatedOnetSocCode,
            relatedSocCode: relatedOnetSocCode.slice(0, 7),
            relatedTitle: reader.text('related title'),
            tier: reader.required('relatedness tier'),
            index: reader.number('index', 1, Number.MAX_SAFE_INTEGER, true),
          };
        }),
      };
    case 'onet-job-zones':
      return {
        kind,
        rows: unique(
          readers.map((reader) => ({ ...base(reader), jobZone: reader.number('job zone', 1, 5, true) })),
        ),
      };
    case 'onet-alternate-titles':
      return {
        kind,
        rows: readers.map((reader) => ({
          ...base(reader),
          title: reader.required('alternate title'),
          shortTitle: reader.text('short title') || null,
        })),
      };
    case 'onet-technology':
      return {
        kind,
        rows: readers.map((reader) => ({
          ...base(reader),
          example: reader.required('example'),
          commodityCode: reader.text('commodity code'),
          commodityTitle: reader.text('commodity title'),
          hot: flag(reader, 'hot technology'),
          inDemand: flag(reader, 'in demand'),
        })),
      };
    case 'onet-skills':
      return {
        kind,
        rows: readers
          .filter((reader) => reader.text('scale id') === 'IM' && !flag(reader, 'recommend suppress'))
          .map((reader) => ({
            ...base(reader),
            elementId: element(reader),
            name: reader.required('element name'),
            importance: reader.number('data value', 1, 5),
          })),
      };
    case 'onet-education':
      return {
        kind,
        rows: readers
          .filter((reader) => reader.text('scale id') === 'RL')
          .map((reader) => {
            element(reader);
            const category = reader.number('category', 1, ONET_EDUCATION_LEVELS.length, true);
            return {
              ...base(reader),
              category,
              label: ONET_EDUCATION_LEVELS[category - 1].label,
              percent: reader.number('data value', 0, 100),
              suppressRecommended: flag(reader, 'recommend suppress'),
            };
          }),
      };
  }
}

/** Files with one row per occupation: a second row for the same code is an error, not a silent overwrite. */
function unique<T extends OnetRowBase>(rows: T[]): T[] {
  const seen = new Map<string, number | undefined>();
  for (const row of rows) {
    if (seen.has(row.onetSocCode)) {
      const first = seen.get(row.onetSocCode);
      throw new ImportFileError(
        `${row.onetSocCode} appears twice (first on row ${first})`,
        row.row ?? null,
        'O*NET-SOC Code',
      );
    }
    seen.set(row.onetSocCode, row.row);
  }
  return rows;
}
