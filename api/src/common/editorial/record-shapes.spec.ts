import 'reflect-metadata';
import { getMetadataStorage, validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { getMetadataArgsStorage } from 'typeorm';
import {
  bundleFormatOf,
  bundleKeyOf,
  editableFieldsOf,
  naturalKeyOf,
  RECORD_SHAPES,
  RECORD_TYPES,
  type FieldSpec,
  type RecordType,
} from '@careerscope/shared';
import { AccreditationBodyEntity } from '../../accreditation/accreditation-body.entity';
import { toAccreditationBodyRecord } from '../../accreditation/accreditation-bodies.service';
import { CreateAccreditationBodyDto } from '../../accreditation/dto/accreditation-body.dto';
import { AuthorEntity } from '../../authors/author.entity';
import { toAuthorRecord } from '../../authors/authors.service';
import { CreateAuthorDto } from '../../authors/dto/author.dto';
import { toCertifyingBodyRecord, toCredentialRecord } from '../../certification/certification.service';
import { CertifyingBodyEntity } from '../../certification/certifying-body.entity';
import { CredentialEntity } from '../../certification/credential.entity';
import { CreateCertifyingBodyDto, CreateCredentialDto } from '../../certification/dto/certification.dto';
import { ComparisonRowEntity } from '../../comparisons/comparison-row.entity';
import { ComparisonEntity } from '../../comparisons/comparison.entity';
import { toComparisonRecord, toComparisonRowRecord } from '../../comparisons/comparisons.service';
import { CreateComparisonDto, CreateComparisonRowDto } from '../../comparisons/dto/comparison.dto';
import { fromBundleItem, NaturalKeys, toBundleItem } from '../../content/bundle-fields';
import { shapeProblems } from './shape-check';
import {
  CreateEducationPathDto,
  CreateOccupationCertificationDto,
  CreateOccupationSectionDto,
  CreateOccupationSocCodeDto,
  CreateWorkSettingDto,
} from '../../occupations/dto/occupation-parts.dto';
import { CreateOccupationDto } from '../../occupations/dto/occupation.dto';
import { EducationPathEntity } from '../../occupations/education-path.entity';
import {
  toEducationPathRecord,
  toOccupationCertificationRecord,
  toOccupationSectionRecord,
  toOccupationSocCodeRecord,
  toWorkSettingRecord,
} from '../../occupations/occupation-parts.service';
import { OccupationCertificationEntity } from '../../occupations/occupation-certification.entity';
import { OccupationSectionEntity } from '../../occupations/occupation-section.entity';
import { OccupationSocCodeEntity } from '../../occupations/occupation-soc-code.entity';
import { OccupationEntity } from '../../occupations/occupation.entity';
import { toOccupationRecord } from '../../occupations/occupations.service';
import { WorkSettingEntity } from '../../occupations/work-setting.entity';
import { CreateEmploymentProjectionDto } from '../../projections/dto/employment-projection.dto';
import { EmploymentProjectionEntity } from '../../projections/employment-projection.entity';
import { toEmploymentProjectionRecord } from '../../projections/employment-projections.service';
import { CreateProgramDto, CreateSchoolDto } from '../../schools/dto/school.dto';
import { ProgramEntity } from '../../schools/program.entity';
import { SchoolEntity } from '../../schools/school.entity';
import { toProgramRecord, toSchoolRecord } from '../../schools/schools.service';
import { CreateSourceDto } from '../../sources/dto/source.dto';
import { SourceEntity } from '../../sources/source.entity';
import { toSourceRecord } from '../../sources/sources.service';
import { CreateWageStatisticDto } from '../../wages/dto/wage-statistic.dto';
import { WageStatisticEntity } from '../../wages/wage-statistic.entity';
import { toWageStatisticRecord } from '../../wages/wage-statistics.service';

type Values = Record<string, unknown>;

/**
 * What each record type's shape is held against: the table's entity, the create DTO and the
 * mapper. `satisfies Record<RecordType, …>`: a new record type does not compile until it is here.
 */
const TYPES = {
  source: { entity: SourceEntity, dto: CreateSourceDto, toRecord: toSourceRecord },
  author: { entity: AuthorEntity, dto: CreateAuthorDto, toRecord: toAuthorRecord },
  occupation: { entity: OccupationEntity, dto: CreateOccupationDto, toRecord: toOccupationRecord },
  occupationSection: {
    entity: OccupationSectionEntity,
    dto: CreateOccupationSectionDto,
    toRecord: toOccupationSectionRecord,
  },
  occupationCertification: {
    entity: OccupationCertificationEntity,
    dto: CreateOccupationCertificationDto,
    toRecord: toOccupationCertificationRecord,
  },
  educationPath: {
    entity: EducationPathEntity,
    dto: CreateEducationPathDto,
    toRecord: toEducationPathRecord,
  },
  workSetting: { entity: WorkSettingEntity, dto: CreateWorkSettingDto, toRecord: toWorkSettingRecord },
  wageStatistic: {
    entity: WageStatisticEntity,
    dto: CreateWageStatisticDto,
    toRecord: toWageStatisticRecord,
  },
  employmentProjection: {
    entity: EmploymentProjectionEntity,
    dto: CreateEmploymentProjectionDto,
    toRecord: toEmploymentProjectionRecord,
  },
  accreditationBody: {
    entity: AccreditationBodyEntity,
    dto: CreateAccreditationBodyDto,
    toRecord: toAccreditationBodyRecord,
  },
  certifyingBody: {
    entity: CertifyingBodyEntity,
    dto: CreateCertifyingBodyDto,
    toRecord: toCertifyingBodyRecord,
  },
  credential: { entity: CredentialEntity, dto: CreateCredentialDto, toRecord: toCredentialRecord },
  school: { entity: SchoolEntity, dto: CreateSchoolDto, toRecord: toSchoolRecord },
  program: { entity: ProgramEntity, dto: CreateProgramDto, toRecord: toProgramRecord },
  comparison: { entity: ComparisonEntity, dto: CreateComparisonDto, toRecord: toComparisonRecord },
  comparisonRow: {
    entity: ComparisonRowEntity,
    dto: CreateComparisonRowDto,
    toRecord: toComparisonRowRecord,
  },
  occupationSocCode: {
    entity: OccupationSocCodeEntity,
    dto: CreateOccupationSocCodeDto,
    toRecord: toOccupationSocCodeRecord,
  },
} satisfies Record<
  RecordType,
  { entity: new () => object; dto: new () => object; toRecord: (entity: never) => object }
>;

/** The entity's columns, its own and inherited. */
function columnsOf(entity: new () => object): Set<string> {
  const storage = getMetadataArgsStorage();
  return new Set(storage.filterColumns(entity).map((column) => column.propertyName));
}

/** A value of the field's kind that its checks accept, distinct per field. */
function sampleOf(name: string, spec: FieldSpec, index: number): unknown {
  switch (spec.kind) {
    case 'id':
      return `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
    case 'ids':
      return [`00000000-0000-4000-8000-${String(100 + index).padStart(12, '0')}`];
    case 'strings':
      return [`${name} ${index}`];
    case 'int':
    case 'decimal':
      return (spec.min ?? 0) + index;
    case 'enum':
      return spec.values?.[0];
    case 'object':
      return spec.default;
    default:
      return `${name}-${index}`;
  }
}

/** Values at and past each edge of the field's rules, to hold its two checkers to the same answers. */
function edgesOf(name: string, spec: FieldSpec): unknown[] {
  const max = spec.max ?? 10;
  // Numbers' limits are values, not lengths.
  const length = spec.kind === 'int' || spec.kind === 'decimal' ? 10 : max;
  return [
    sampleOf(name, spec, 1),
    null,
    '',
    '  ',
    'x'.repeat(length + 1),
    'Not A Slug!',
    'https://example.org/a',
    'ftp://example.org',
    '2024-02-30x',
    '2024-02-29',
    '29-1141',
    spec.min ?? 0,
    (spec.min ?? 0) - 1,
    max,
    max + 1,
    1.5,
    1.125,
    ['a'],
    Array.from({ length: length + 1 }, (_, index) => `item ${index}`),
    ['00000000-0000-4000-8000-000000000001'],
    ...(spec.values ?? []),
  ];
}

describe.each(RECORD_TYPES)('the %s shape', (type) => {
  const shape = RECORD_SHAPES[type];
  const { entity, dto, toRecord } = TYPES[type];
  const fields = Object.entries(shape);

  it('is stored: every field other than a list of references is a column of the table', () => {
    const columns = columnsOf(entity);
    const missing = fields
      .filter(([, spec]) => spec.kind !== 'ids')
      .map(([name]) => name)
      .filter((name) => !columns.has(name));
    expect(missing).toEqual([]);
  });

  it('is what the create request validates: one checked property per editable field, and no other', () => {
    const validated = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(dto, '', true, false)
        .map((metadata) => metadata.propertyName),
    );
    expect([...validated].sort()).toEqual([...editableFieldsOf(shape)].sort());
  });

  it('is what the API answers: the bookkeeping fields and every field of the shape, as stored', () => {
    const row: Values = { id: 'r', version: 2, createdAt: new Date(0), updatedAt: new Date(0) };
    const related: Values = {};
    fields.forEach(([name, spec], index) => {
      row[name] = sampleOf(name, spec, index);
      // Lists of references live in relations: give each its records.
      if (spec.kind === 'ids') {
        const ids = row[name] as string[];
        const relation = ids.map((id) => ({ id, occupationId: id, position: 0 }));
        // Each list's relation: its sources, its occupations (a comparison's in column order).
        if (name === 'sourceIds') related.sources = relation;
        else Object.assign(related, { occupations: relation, columns: relation });
      }
    });
    const record = toRecord(Object.assign(new entity(), row, related) as never) as unknown as Values;
    expect(Object.keys(record).sort()).toEqual(
      ['id', 'version', 'createdAt', 'updatedAt', ...fields.map(([name]) => name)].sort(),
    );
    for (const [name] of fields) expect([name, record[name]]).toEqual([name, row[name]]);
  });

  it('refuses a value in bulk exactly when the create request refuses it (two checkers, one set of rules)', () => {
    const disagreements: string[] = [];
    for (const [name, spec] of fields) {
      if (spec.readOnly || spec.kind === 'object') continue;
      for (const value of edgesOf(name, spec)) {
        const bulk = shapeProblems(shape, { [name]: value }).length > 0;
        const request = validateSync(plainToInstance(dto as new () => object, { [name]: value }), {
          forbidUnknownValues: false,
        }).some((error) => error.property === name);
        if (bulk !== request)
          disagreements.push(`${name} = ${JSON.stringify(value)}: bulk ${bulk}, request ${request}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('survives the content file: written by natural key and read back to the same fields', () => {
    const keys = new NaturalKeys();
    const record: Values = {};
    fields.forEach(([name, spec], index) => {
      record[name] = sampleOf(name, spec, index);
      const ids =
        spec.kind === 'id' ? [record[name]] : spec.kind === 'ids' ? (record[name] as unknown[]) : [];
      for (const id of ids) keys.add(spec.ref as RecordType, id as string, `natural-key-${index}`);
    });
    const item = toBundleItem(type, shape, record, keys);
    for (const [name, spec] of fields) {
      if (spec.ref && bundleKeyOf(name, spec) in item)
        expect(JSON.stringify(item)).not.toContain(String(record[name]));
    }
    const { input, columns } = fromBundleItem(type, shape, JSON.parse(JSON.stringify(item)) as Values, keys);
    const back = { ...input, ...columns };
    const { implied } = bundleFormatOf(type);
    expect(Object.keys(back).sort()).toEqual(
      fields
        .map(([name]) => name)
        .filter((name) => !implied.includes(name))
        .sort(),
    );
    for (const name of Object.keys(back)) expect([name, back[name]]).toEqual([name, record[name]]);
    if (naturalKeyOf(type))
      expect(item[naturalKeyOf(type) as string]).toBe(record[naturalKeyOf(type) as string]);
  });
});
