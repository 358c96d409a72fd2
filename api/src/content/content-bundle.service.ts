import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type EntityTarget, type FindManyOptions } from 'typeorm';
import {
  CONTENT_BUNDLE_FORMAT,
  CONTENT_BUNDLE_FORMAT_VERSION,
  naturalKeyOf,
  RECORD_SHAPES,
  type ContentBundle,
  type RecordType,
} from '@careerscope/shared';
import { AccreditationBodyEntity } from '../accreditation/accreditation-body.entity';
import { AuditService } from '../audit/audit.service';
import { AuthorEntity } from '../authors/author.entity';
import { CertifyingBodyEntity } from '../certification/certifying-body.entity';
import { CredentialEntity } from '../certification/credential.entity';
import { ComparisonRowEntity } from '../comparisons/comparison-row.entity';
import { ComparisonEntity } from '../comparisons/comparison.entity';
import { EditorialRegistry } from '../common/editorial/editorial-registry';
import type { EditableEntity } from '../database/base.entity';
import { EducationPathEntity } from '../occupations/education-path.entity';
import { OccupationCertificationEntity } from '../occupations/occupation-certification.entity';
import { OccupationSectionEntity } from '../occupations/occupation-section.entity';
import { OccupationSocCodeEntity } from '../occupations/occupation-soc-code.entity';
import { OccupationEntity } from '../occupations/occupation.entity';
import { WorkSettingEntity } from '../occupations/work-setting.entity';
import { EmploymentProjectionEntity } from '../projections/employment-projection.entity';
import { ProgramEntity } from '../schools/program.entity';
import { SchoolEntity } from '../schools/school.entity';
import { SourceEntity } from '../sources/source.entity';
import { WageStatisticEntity } from '../wages/wage-statistic.entity';
import { fromBundleItem, NaturalKeys, toBundleItem } from './bundle-fields';
import { validateContentBundle } from './content-bundle.validation';

type Values = Record<string, unknown>;

/** Tables that hold editorial content, in an order that respects foreign keys when counting or clearing. */
const CONTENT_TABLES = [
  SourceEntity,
  AuthorEntity,
  OccupationEntity,
  WageStatisticEntity,
  EmploymentProjectionEntity,
  AccreditationBodyEntity,
  CertifyingBodyEntity,
  CredentialEntity,
  SchoolEntity,
  ComparisonEntity,
];

/** Reads and writes all editorial content as one JSON document (the seed and backup format). */
@Injectable()
export class ContentBundleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: EditorialRegistry,
    private readonly audit: AuditService,
  ) {}

  async hasContent(): Promise<boolean> {
    for (const table of CONTENT_TABLES) {
      if ((await this.dataSource.getRepository(table).count()) > 0) return true;
    }
    return false;
  }

  /**
   * Loads a bundle into an empty database: all of it in one transaction, or nothing. Every record
   * goes through its type's editorial create (the same checks, reference checks and revision as an
   * editor's save) and the import is one audit entry.
   */
  async importBundle(input: unknown, options: { fileName?: string } = {}): Promise<void> {
    const problems = validateContentBundle(input);
    if (problems.length > 0) {
      throw new BadRequestException({ message: 'The content file is not valid', problems });
    }
    await this.dataSource.transaction(async (manager) => {
      for (const table of CONTENT_TABLES) {
        if ((await manager.getRepository(table).count()) > 0) {
          throw new ConflictException('Content can only be imported into an empty database');
        }
      }
      const counts = await this.write(manager, input as ContentBundle);
      await this.audit.record(
        {
          type: 'content.imported',
          actor: null,
          details: {
            fileName: options.fileName ?? null,
            records: Object.values(counts).reduce((sum, count) => sum + count, 0),
            counts,
          },
        },
        manager,
      );
    });
  }

  /** Writes the bundle's records through their editorial services; answers how many of each type. */
  private async write(manager: EntityManager, bundle: ContentBundle): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const keys = new NaturalKeys();
    /**
     * Creates one record of the file as an editor's save would, without an audit entry of its own:
     * `implied` holds what its place in the file says (its parent, its position among siblings).
     */
    const create = async (type: RecordType, item: object, implied: Record<string, unknown> = {}) => {
      const service = this.registry.byType(type);
      const { input, columns } = fromBundleItem(type, RECORD_SHAPES[type], item as Values, keys);
      const record = await service.createIn(manager, { ...input, ...implied }, null, {
        columns,
        audited: false,
      });
      counts[type] = (counts[type] ?? 0) + 1;
      const naturalKey = naturalKeyOf(type);
      if (naturalKey) keys.add(type, record.id, (item as Values)[naturalKey] as string);
      return record.id;
    };
    const children = async (type: RecordType, items: object[], parent: Record<string, string>) => {
      for (const [position, item] of items.entries()) await create(type, item, { ...parent, position });
    };

    for (const source of bundle.sources) await create('source', source);
    for (const author of bundle.authors) await create('author', author);
    for (const occupation of bundle.occupations) {
      const {
        sections,
        certifications: _later,
        educationPaths,
        workSettings,
        socCodePeriods,
        ...fields
      } = occupation;
      const occupationId = await create('occupation', fields);
      await children('occupationSection', sections, { occupationId });
      await children('educationPath', educationPaths, { occupationId });
      await children('workSetting', workSettings, { occupationId });
      // Absent in files written before SOC code periods were part of the format.
      for (const period of socCodePeriods ?? []) await create('occupationSocCode', period, { occupationId });
    }
    for (const body of bundle.accreditationBodies) await create('accreditationBody', body);
    for (const body of bundle.certifyingBodies) await create('certifyingBody', body);
    for (const credential of bundle.credentials) await create('credential', credential);
    // Certifications name credentials, which name certifying bodies: written once both exist.
    for (const occupation of bundle.occupations) {
      await children('occupationCertification', occupation.certifications, {
        occupationId: keys.idOf('occupation', occupation.slug),
      });
    }
    for (const wage of bundle.wageStatistics) await create('wageStatistic', wage);
    for (const projection of bundle.employmentProjections) await create('employmentProjection', projection);
    for (const { programs, ...school } of bundle.schools) {
      const schoolId = await create('school', school);
      for (const program of programs) await create('program', program, { schoolId });
    }
    for (const { rows, ...comparison } of bundle.comparisons) {
      const comparisonId = await create('comparison', comparison);
      await children('comparisonRow', rows, { comparisonId });
    }
    return counts;
  }

  /** The working copy as one document, in the same format the seed is written in. */
  async exportBundle(): Promise<ContentBundle> {
    const manager = this.dataSource.manager;
    const keys = new NaturalKeys();
    /** Every record of a type as the API answers it, its natural key noted for the records naming it. */
    const records = async <E extends EditableEntity>(
      type: RecordType,
      entity: EntityTarget<E>,
      options: FindManyOptions<E> = {},
    ): Promise<Values[]> => {
      const service = this.registry.byType(type);
      const found = await manager.find(entity, options);
      const answered = found.map((one) => service.toRecord(one) as unknown as Values);
      const naturalKey = naturalKeyOf(type);
      if (naturalKey)
        for (const record of answered) keys.add(type, record.id as string, record[naturalKey] as string);
      return answered;
    };
    const item = (type: RecordType) => (record: Values) =>
      toBundleItem(type, RECORD_SHAPES[type], record, keys);
    const byPosition = (a: Values, b: Values) => (a.position as number) - (b.position as number);
    const childrenOf = (type: RecordType, all: Values[], parentField: string, parentId: unknown) =>
      all
        .filter((child) => child[parentField] === parentId)
        .sort(byPosition)
        .map(item(type));

    const sources = await records('source', SourceEntity, { order: { key: 'ASC' } });
    const authors = await records('author', AuthorEntity, { order: { slug: 'ASC' } });
    const occupations = await records('occupation', OccupationEntity, { order: { slug: 'ASC' } });
    const certifiers = await records('certifyingBody', CertifyingBodyEntity, { order: { slug: 'ASC' } });
    const credentials = await records('credential', CredentialEntity, { order: { slug: 'ASC' } });
    const accreditors = await records('accreditationBody', AccreditationBodyEntity, {
      relations: { occupations: true, sources: true },
      order: { slug: 'ASC' },
    });
    const sections = await records('occupationSection', OccupationSectionEntity, {
      relations: { sources: true },
    });
    const certifications = await records('occupationCertification', OccupationCertificationEntity);
    const educationPaths = await records('educationPath', EducationPathEntity);
    const workSettings = await records('workSetting', WorkSettingEntity);
    const socCodePeriods = await records('occupationSocCode', OccupationSocCodeEntity, {
      order: { fromYear: { direction: 'ASC', nulls: 'FIRST' }, toYear: 'ASC', socCode: 'ASC' },
    });
    const wages = await records('wageStatistic', WageStatisticEntity, {
      order: { socCode: 'ASC', periodYear: 'ASC', areaCode: 'ASC' },
    });
    const projections = await records('employmentProjection', EmploymentProjectionEntity, {
      order: { socCode: 'ASC', baseYear: 'ASC' },
    });
    const schools = await records('school', SchoolEntity, { order: { slug: 'ASC' } });
    const programs = await records('program', ProgramEntity);
    const comparisons = await records('comparison', ComparisonEntity, {
      relations: { columns: true },
      order: { slug: 'ASC' },
    });
    const rows = await records('comparisonRow', ComparisonRowEntity);

    const programKey = (program: Values) =>
      `${String(program.occupation)}/${String(program.name)}/${String(program.delivery)}/${String(program.cipCode ?? '')}/${String(program.awardLevel ?? '')}`;
    return {
      format: CONTENT_BUNDLE_FORMAT,
      formatVersion: CONTENT_BUNDLE_FORMAT_VERSION,
      sources: sources.map(item('source')),
      authors: authors.map(item('author')),
      accreditationBodies: accreditors.map(item('accreditationBody')),
      certifyingBodies: certifiers.map(item('certifyingBody')),
      credentials: credentials.map(item('credential')),
      occupations: occupations.map((occupation) => ({
        ...item('occupation')(occupation),
        sections: childrenOf('occupationSection', sections, 'occupationId', occupation.id),
        certifications: childrenOf('occupationCertification', certifications, 'occupationId', occupation.id),
        educationPaths: childrenOf('educationPath', educationPaths, 'occupationId', occupation.id),
        workSettings: childrenOf('workSetting', workSettings, 'occupationId', occupation.id),
        socCodePeriods: socCodePeriods
          .filter((period) => period.occupationId === occupation.id)
          .map(item('occupationSocCode')),
      })),
      wageStatistics: wages.map(item('wageStatistic')),
      employmentProjections: projections.map(item('employmentProjection')),
      schools: schools.map((school) => ({
        ...item('school')(school),
        programs: programs
          .filter((program) => program.schoolId === school.id)
          .map(item('program'))
          .sort((a, b) => programKey(a).localeCompare(programKey(b))),
      })),
      comparisons: comparisons.map((comparison) => ({
        ...item('comparison')(comparison),
        rows: childrenOf('comparisonRow', rows, 'comparisonId', comparison.id),
      })),
    } as ContentBundle;
  }
}
