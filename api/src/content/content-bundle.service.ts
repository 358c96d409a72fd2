import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  CONTENT_BUNDLE_FORMAT,
  CONTENT_BUNDLE_FORMAT_VERSION,
  ContentBundle,
  WAGE_VALUE_FIELDS,
} from '@careerscope/shared';
import { AccreditationBodyEntity } from '../accreditation/accreditation-body.entity';
import { AuditService } from '../audit/audit.service';
import { AuthorEntity } from '../authors/author.entity';
import { CertifyingBodyEntity } from '../certification/certifying-body.entity';
import { CredentialEntity } from '../certification/credential.entity';
import { ComparisonRowEntity } from '../comparisons/comparison-row.entity';
import { ComparisonEntity } from '../comparisons/comparison.entity';
import { EditorialRegistry } from '../common/editorial/editorial-registry';
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
import { validateContentBundle } from './content-bundle.validation';

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
    /** Creates one record of `entity`'s type as an editor's save would, without an audit entry of its own. */
    const create = async (entity: unknown, input: object, columns: Record<string, unknown> = {}) => {
      const service = this.registry.get(entity);
      if (!service) throw new Error('A content record type has no editorial service');
      const defined = Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
      const record = await service.createIn(manager, input, null, { columns: defined, audited: false });
      counts[service.recordType] = (counts[service.recordType] ?? 0) + 1;
      return record.id;
    };

    const sourceIds = new Map<string, string>();
    for (const source of bundle.sources) {
      sourceIds.set(source.key, await create(SourceEntity, { ...source }));
    }
    const sourceId = (key: string) => sourceIds.get(key) as string;
    const optionalSourceId = (key: string | null) => (key === null ? null : sourceId(key));

    const authorIds = new Map<string, string>();
    for (const author of bundle.authors) {
      authorIds.set(author.slug, await create(AuthorEntity, { ...author }));
    }

    const occupationIds = new Map<string, string>();
    for (const occupation of bundle.occupations) {
      const {
        sections,
        certifications: _certifications,
        educationPaths,
        workSettings,
        socCodePeriods,
        skillsSource,
        specializationsSource,
        ...fields
      } = occupation;
      const occupationId = await create(OccupationEntity, {
        ...fields,
        skillsSourceId: optionalSourceId(skillsSource),
        specializationsSourceId: optionalSourceId(specializationsSource),
      });
      occupationIds.set(occupation.slug, occupationId);
      for (const [position, section] of sections.entries()) {
        await create(OccupationSectionEntity, {
          occupationId,
          key: section.key,
          title: section.title,
          bodyMarkdown: section.bodyMarkdown,
          position,
          sourceIds: section.sources.map(sourceId),
        });
      }
      for (const [position, path] of educationPaths.entries()) {
        await create(EducationPathEntity, {
          credentialLevel: path.credentialLevel,
          minMonths: path.minMonths,
          maxMonths: path.maxMonths,
          note: path.note,
          occupationId,
          position,
          sourceId: sourceId(path.source),
        });
      }
      for (const [position, setting] of workSettings.entries()) {
        await create(WorkSettingEntity, {
          name: setting.name,
          percent: setting.percent,
          occupationId,
          position,
          sourceId: sourceId(setting.source),
        });
      }
      // Absent in files written before SOC code periods were part of the format.
      for (const period of socCodePeriods ?? []) {
        await create(OccupationSocCodeEntity, {
          occupationId,
          socCode: period.socCode,
          fromYear: period.fromYear,
          toYear: period.toYear,
          note: period.note,
        });
      }
    }
    const occupationId = (slug: string) => occupationIds.get(slug) as string;

    const accreditorIds = new Map<string, string>();
    for (const body of bundle.accreditationBodies) {
      const id = await create(AccreditationBodyEntity, {
        slug: body.slug,
        name: body.name,
        abbreviation: body.abbreviation,
        url: body.url,
        recognizedBy: body.recognizedBy,
        descriptionMarkdown: body.descriptionMarkdown,
        sourceId: sourceId(body.source),
        occupationIds: body.occupations.map(occupationId),
        sourceIds: body.sources.map(sourceId),
      });
      accreditorIds.set(body.slug, id);
    }

    const certifierIds = new Map<string, string>();
    for (const { source, ...body } of bundle.certifyingBodies) {
      certifierIds.set(
        body.slug,
        await create(CertifyingBodyEntity, { ...body, sourceId: sourceId(source) }),
      );
    }
    const certifierId = (slug: string | null) => (slug === null ? null : (certifierIds.get(slug) ?? null));
    const credentialIds = new Map<string, string>();
    for (const { source, certifyingBody, ...credential } of bundle.credentials) {
      const id = await create(CredentialEntity, {
        ...credential,
        certifyingBodyId: certifierId(certifyingBody),
        sourceId: sourceId(source),
      });
      credentialIds.set(credential.slug, id);
    }
    for (const occupation of bundle.occupations) {
      for (const [position, certification] of occupation.certifications.entries()) {
        await create(OccupationCertificationEntity, {
          occupationId: occupationId(occupation.slug),
          requirement: certification.requirement,
          certifyingBodyId: certifierId(certification.certifyingBody),
          credentialId:
            certification.credential === null ? null : (credentialIds.get(certification.credential) ?? null),
          noteMarkdown: certification.noteMarkdown,
          position,
          sourceId: sourceId(certification.source),
        });
      }
    }

    for (const { source, ...wage } of bundle.wageStatistics) {
      await create(WageStatisticEntity, { ...wage, sourceId: sourceId(source) });
    }
    for (const { source, ...projection } of bundle.employmentProjections) {
      await create(EmploymentProjectionEntity, { ...projection, sourceId: sourceId(source) });
    }

    for (const school of bundle.schools) {
      const { programs, source, pricesSource, ...fields } = school;
      // Figures from IPEDS files that no editor writes are stored beside the checked fields.
      const schoolId = await create(
        SchoolEntity,
        { ...fields, sourceId: optionalSourceId(source) },
        {
          sector: fields.sector,
          closedOn: fields.closedOn,
          directoryYear: fields.directoryYear,
          tuitionInDistrict: fields.tuitionInDistrict,
          tuitionInState: fields.tuitionInState,
          tuitionOutOfState: fields.tuitionOutOfState,
          booksAndSupplies: fields.booksAndSupplies,
          pricesYear: fields.pricesYear,
          pricesSourceId: optionalSourceId(pricesSource ?? null),
          handEdited: fields.handEdited,
        },
      );
      for (const program of programs) {
        await create(
          ProgramEntity,
          {
            schoolId,
            occupationId: occupationId(program.occupation),
            name: program.name,
            credentialLevel: program.credentialLevel,
            delivery: program.delivery,
            minMonths: program.minMonths,
            maxMonths: program.maxMonths,
            accreditationBodyId:
              program.accreditationBody === null
                ? null
                : (accreditorIds.get(program.accreditationBody) ?? null),
            url: program.url,
            cipCode: program.cipCode ?? null,
            awardLevel: program.awardLevel ?? null,
          },
          {
            completions: program.completions ?? null,
            completionsYear: program.completionsYear ?? null,
            completionsSourceId: optionalSourceId(program.completionsSource ?? null),
            vanishedIn: program.vanishedIn ?? null,
            handEdited: program.handEdited ?? [],
          },
        );
      }
    }

    for (const comparison of bundle.comparisons) {
      const comparisonId = await create(ComparisonEntity, {
        slug: comparison.slug,
        title: comparison.title,
        introMarkdown: comparison.introMarkdown,
        authorId: comparison.author === null ? null : (authorIds.get(comparison.author) ?? null),
        occupationIds: comparison.occupations.map(occupationId),
      });
      for (const [position, row] of comparison.rows.entries()) {
        await create(ComparisonRowEntity, { ...row, comparisonId, position });
      }
    }
    return counts;
  }

  /** The working copy as one document, in the same format the seed is written in. */
  async exportBundle(): Promise<ContentBundle> {
    const manager = this.dataSource.manager;
    const sources = await manager.find(SourceEntity, { order: { key: 'ASC' } });
    const sourceKey = new Map(sources.map((source) => [source.id, source.key]));
    const key = (id: string) => sourceKey.get(id) as string;
    const optionalKey = (id: string | null) => (id === null ? null : key(id));
    const occupations = await manager.find(OccupationEntity, {
      relations: {
        sections: { sources: true },
        certifications: true,
        educationPaths: true,
        workSettings: true,
      },
      order: { slug: 'ASC' },
    });
    const socCodePeriods = await manager.find(OccupationSocCodeEntity, {
      order: { fromYear: { direction: 'ASC', nulls: 'FIRST' }, toYear: 'ASC', socCode: 'ASC' },
    });
    const occupationSlug = new Map(occupations.map((occupation) => [occupation.id, occupation.slug]));
    const certifiers = await manager.find(CertifyingBodyEntity, { order: { slug: 'ASC' } });
    const certifierSlug = new Map(certifiers.map((body) => [body.id, body.slug]));
    const credentials = await manager.find(CredentialEntity, { order: { slug: 'ASC' } });
    const credentialSlug = new Map(credentials.map((credential) => [credential.id, credential.slug]));
    const accreditors = await manager.find(AccreditationBodyEntity, {
      relations: { occupations: true, sources: true },
      order: { slug: 'ASC' },
    });
    const accreditorSlug = new Map(accreditors.map((body) => [body.id, body.slug]));
    const authors = await manager.find(AuthorEntity, { order: { slug: 'ASC' } });
    const authorSlug = new Map(authors.map((author) => [author.id, author.slug]));
    const byPosition = <T extends { position: number }>(items: T[] = []) =>
      [...items].sort((a, b) => a.position - b.position);

    const wages = await manager.find(WageStatisticEntity, {
      order: { socCode: 'ASC', periodYear: 'ASC', areaCode: 'ASC' },
    });
    const projections = await manager.find(EmploymentProjectionEntity, {
      order: { socCode: 'ASC', baseYear: 'ASC' },
    });
    const schools = await manager.find(SchoolEntity, {
      relations: { programs: true },
      order: { slug: 'ASC' },
    });
    const comparisons = await manager.find(ComparisonEntity, {
      relations: { columns: true, rows: true },
      order: { slug: 'ASC' },
    });

    return {
      format: CONTENT_BUNDLE_FORMAT,
      formatVersion: CONTENT_BUNDLE_FORMAT_VERSION,
      sources: sources.map((source) => ({
        key: source.key,
        publisher: source.publisher,
        title: source.title,
        url: source.url,
        referencePeriod: source.referencePeriod,
        retrievedOn: source.retrievedOn,
        citation: source.citation,
      })),
      authors: authors.map((author) => ({
        slug: author.slug,
        name: author.name,
        jobTitle: author.jobTitle,
        bioMarkdown: author.bioMarkdown,
      })),
      accreditationBodies: accreditors.map((body) => ({
        slug: body.slug,
        name: body.name,
        abbreviation: body.abbreviation,
        url: body.url,
        recognizedBy: body.recognizedBy,
        descriptionMarkdown: body.descriptionMarkdown,
        occupations: (body.occupations ?? []).map((occupation) => occupation.slug).sort(),
        source: key(body.sourceId),
        sources: (body.sources ?? []).map((source) => source.key).sort(),
      })),
      certifyingBodies: certifiers.map((body) => ({
        slug: body.slug,
        name: body.name,
        abbreviation: body.abbreviation,
        url: body.url,
        source: key(body.sourceId),
      })),
      credentials: credentials.map((credential) => ({
        slug: credential.slug,
        name: credential.name,
        abbreviation: credential.abbreviation,
        certifyingBody:
          credential.certifyingBodyId === null
            ? null
            : (certifierSlug.get(credential.certifyingBodyId) ?? null),
        renewalPeriodMonths: credential.renewalPeriodMonths,
        renewalUnits: credential.renewalUnits,
        renewalUnitName: credential.renewalUnitName,
        renewalNoteMarkdown: credential.renewalNoteMarkdown,
        source: key(credential.sourceId),
      })),
      occupations: occupations.map((occupation) => ({
        slug: occupation.slug,
        title: occupation.title,
        shortTitle: occupation.shortTitle,
        socCode: occupation.socCode,
        socTitle: occupation.socTitle,
        socNoteMarkdown: occupation.socNoteMarkdown,
        summaryMarkdown: occupation.summaryMarkdown,
        dutiesMarkdown: occupation.dutiesMarkdown,
        skills: occupation.skills,
        skillsSource: optionalKey(occupation.skillsSourceId),
        specializations: occupation.specializations,
        specializationsSource: optionalKey(occupation.specializationsSourceId),
        sections: byPosition(occupation.sections).map((section) => ({
          key: section.key,
          title: section.title,
          bodyMarkdown: section.bodyMarkdown,
          sources: (section.sources ?? []).map((source) => source.key).sort(),
        })),
        certifications: byPosition(occupation.certifications).map((certification) => ({
          requirement: certification.requirement,
          certifyingBody:
            certification.certifyingBodyId === null
              ? null
              : (certifierSlug.get(certification.certifyingBodyId) ?? null),
          credential:
            certification.credentialId === null
              ? null
              : (credentialSlug.get(certification.credentialId) ?? null),
          noteMarkdown: certification.noteMarkdown,
          source: key(certification.sourceId),
        })),
        educationPaths: byPosition(occupation.educationPaths).map((path) => ({
          credentialLevel: path.credentialLevel,
          minMonths: path.minMonths,
          maxMonths: path.maxMonths,
          note: path.note,
          source: key(path.sourceId),
        })),
        workSettings: byPosition(occupation.workSettings).map((setting) => ({
          name: setting.name,
          percent: setting.percent,
          source: key(setting.sourceId),
        })),
        socCodePeriods: socCodePeriods
          .filter((period) => period.occupationId === occupation.id)
          .map((period) => ({
            socCode: period.socCode,
            fromYear: period.fromYear,
            toYear: period.toYear,
            note: period.note,
          })),
      })),
      wageStatistics: wages.map((wage) => {
        const values = Object.fromEntries(WAGE_VALUE_FIELDS.map((field) => [field, wage[field]])) as Record<
          (typeof WAGE_VALUE_FIELDS)[number],
          number | null
        >;
        return {
          socCode: wage.socCode,
          socTitle: wage.socTitle,
          areaType: wage.areaType,
          areaCode: wage.areaCode,
          areaName: wage.areaName,
          referencePeriod: wage.referencePeriod,
          periodYear: wage.periodYear,
          ...values,
          flags: wage.flags,
          source: key(wage.sourceId),
        };
      }),
      employmentProjections: projections.map((projection) => ({
        socCode: projection.socCode,
        socTitle: projection.socTitle,
        baseYear: projection.baseYear,
        targetYear: projection.targetYear,
        baseEmployment: projection.baseEmployment,
        targetEmployment: projection.targetEmployment,
        numericChange: projection.numericChange,
        percentChange: projection.percentChange,
        allOccupationsPercentChange: projection.allOccupationsPercentChange,
        source: key(projection.sourceId),
        ...(projection.areaCode === 'US'
          ? {}
          : { areaCode: projection.areaCode, areaName: projection.areaName }),
        ...present({ averageAnnualOpenings: projection.averageAnnualOpenings }),
      })),
      schools: schools.map((school) => ({
        slug: school.slug,
        name: school.name,
        city: school.city,
        state: school.state,
        website: school.website,
        ipedsUnitId: school.ipedsUnitId,
        source: optionalKey(school.sourceId),
        ...present({
          zip: school.zip,
          latitude: school.latitude,
          longitude: school.longitude,
          sector: school.sector,
          closedOn: school.closedOn,
          directoryYear: school.directoryYear,
          tuitionInDistrict: school.tuitionInDistrict,
          tuitionInState: school.tuitionInState,
          tuitionOutOfState: school.tuitionOutOfState,
          booksAndSupplies: school.booksAndSupplies,
          pricesYear: school.pricesYear,
          pricesSource: optionalKey(school.pricesSourceId),
          handEdited: school.handEdited,
        }),
        programs: (school.programs ?? [])
          .map((program) => ({
            occupation: occupationSlug.get(program.occupationId) as string,
            name: program.name,
            credentialLevel: program.credentialLevel,
            delivery: program.delivery,
            minMonths: program.minMonths,
            maxMonths: program.maxMonths,
            accreditationBody:
              program.accreditationBodyId === null
                ? null
                : (accreditorSlug.get(program.accreditationBodyId) ?? null),
            url: program.url,
            ...present({
              cipCode: program.cipCode,
              awardLevel: program.awardLevel,
              completions: program.completions,
              completionsYear: program.completionsYear,
              completionsSource: optionalKey(program.completionsSourceId),
              vanishedIn: program.vanishedIn,
              handEdited: program.handEdited,
            }),
          }))
          .sort((a, b) =>
            `${a.occupation}/${a.name}/${a.delivery}/${a.cipCode ?? ''}/${a.awardLevel ?? ''}`.localeCompare(
              `${b.occupation}/${b.name}/${b.delivery}/${b.cipCode ?? ''}/${b.awardLevel ?? ''}`,
            ),
          ),
      })),
      comparisons: comparisons.map((comparison) => ({
        slug: comparison.slug,
        title: comparison.title,
        introMarkdown: comparison.introMarkdown,
        author: comparison.authorId === null ? null : (authorSlug.get(comparison.authorId) ?? null),
        occupations: byPosition(comparison.columns).map(
          (column) => occupationSlug.get(column.occupationId) as string,
        ),
        rows: byPosition(comparison.rows).map((row) => ({
          key: row.key,
          group: row.group,
          label: row.label,
          kind: row.kind,
          sectionKey: row.sectionKey,
          delivery: row.delivery,
        })),
      })),
    };
  }
}

/**
 * The fields that hold something: a bundle leaves out what is not known (null) or empty, so content
 * without IPEDS or state figures reads as it always did.
 */
function present<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  ) as { [K in keyof T]?: Exclude<T[K], null> };
}
