import { createHash } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { ImportSummary, ImportView, Page, SessionUser, WageValueField } from '@careerscope/shared';
import { WAGE_VALUE_FIELDS } from '@careerscope/shared';
import { AuditService } from '../audit/audit.service';
import { OccupationSocCodeEntity } from '../occupations/occupation-soc-code.entity';
import { OccupationEntity } from '../occupations/occupation.entity';
import { EmploymentProjectionEntity } from '../projections/employment-projection.entity';
import { toEmploymentProjectionRecord } from '../projections/employment-projections.service';
import { RevisionsService } from '../revisions/revisions.service';
import { SourceEntity } from '../sources/source.entity';
import { WageStatisticEntity } from '../wages/wage-statistic.entity';
import { toWageStatisticRecord } from '../wages/wage-statistics.service';
import { ImportEntity } from './import.entity';
import { ImportFileError } from './parsing/import-file.error';
import { OewsRelease, parseOewsFile } from './parsing/oews.parser';
import { parseProjectionsFile, ProjectionsRelease } from './parsing/projections.parser';
import { previewProjections, StoredProjection } from './preview/projection-preview';
import { socCodeForYear } from './preview/soc-mapping';
import { previewWages, StoredWage, TrackedOccupation } from './preview/wage-preview';
import type { ProjectionRowToWrite, StoredImportPreview, WageRowToWrite } from './stored-preview';

/** The file as the upload handler received it. */
export interface UploadedImportFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

const NOT_OEWS = 'is not an OEWS estimates file';
const NOT_PROJECTIONS = 'is not an Employment Projections occupation workbook';

/**
 * The yearly update: an uploaded BLS file becomes a preview (nothing changes), then, when an editor
 * applies it, every new or changed figure is written to the working copy in one transaction, each
 * pointing at the import as its provenance. Publishing then takes it live.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly revisions: RevisionsService,
    private readonly audit: AuditService,
  ) {}

  async upload(
    file: UploadedImportFile | undefined,
    periodYear: number | undefined,
    user: SessionUser,
  ): Promise<ImportView> {
    if (!file) {
      throw new BadRequestException({
        message: 'Choose a file to upload',
        fields: [{ field: 'file', message: 'Choose a file to upload' }],
      });
    }
    const release = await this.parse(file, periodYear);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const occupations = await this.trackedOccupations(
      release.kind === 'oews' ? release.periodYear : release.baseYear,
    );
    let preview: StoredImportPreview;
    let counts: ImportView['counts'];
    let referencePeriod: string;
    let year: number;
    if (release.kind === 'oews') {
      const stored = await this.storedWages(occupations, release.periodYear);
      const result = previewWages(release, occupations, stored);
      counts = result.counts;
      referencePeriod = release.referencePeriod;
      year = release.periodYear;
      preview = {
        unmatched: result.unmatched,
        rows: result.rows.map(({ incoming, ...row }) => ({
          ...row,
          write: {
            socCode: incoming.socCode,
            socTitle: incoming.socTitle,
            areaType: incoming.areaType,
            areaCode: incoming.areaCode,
            areaName: incoming.areaName,
            values: incoming.values,
            flags: incoming.flags,
          } satisfies WageRowToWrite,
        })),
      };
    } else {
      const stored = await this.storedProjections(occupations);
      const result = previewProjections(release, occupations, stored);
      counts = result.counts;
      referencePeriod = `${release.baseYear}–${String(release.targetYear).slice(-2)}`;
      year = release.baseYear;
      preview = {
        unmatched: result.unmatched,
        baseYear: release.baseYear,
        targetYear: release.targetYear,
        allOccupationsPercentChange: release.allOccupationsPercentChange,
        rows: result.rows.map(({ incoming, ...row }) => ({
          ...row,
          write: {
            socCode: incoming.socCode,
            socTitle: incoming.socTitle,
            baseEmployment: incoming.baseEmployment,
            targetEmployment: incoming.targetEmployment,
            numericChange: incoming.numericChange,
            percentChange: incoming.percentChange,
          } satisfies ProjectionRowToWrite,
        })),
      };
    }
    const saved = await this.dataSource.getRepository(ImportEntity).save(
      this.dataSource.getRepository(ImportEntity).create({
        kind: release.kind,
        fileName: file.originalname.slice(0, 255),
        sha256,
        sizeBytes: file.size,
        referencePeriod,
        periodYear: year,
        status: 'previewed',
        counts,
        preview,
        createdById: user.id,
      }),
    );
    return this.get(saved.id);
  }

  async list(page: number, pageSize: number): Promise<Page<ImportSummary>> {
    const [items, total] = await this.dataSource.getRepository(ImportEntity).findAndCount({
      relations: { createdBy: true },
      order: { createdAt: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const views = await Promise.all(items.map((item) => this.toView(item)));
    return {
      items: views.map(({ rows: _rows, unmatched: _unmatched, ...summary }) => summary),
      total,
      page,
      pageSize,
    };
  }

  async get(id: string): Promise<ImportView> {
    const found = await this.dataSource
      .getRepository(ImportEntity)
      .findOne({ where: { id }, relations: { createdBy: true } });
    if (!found) throw new NotFoundException('There is no such import');
    return this.toView(found);
  }

  /** Writes every new and changed row of the preview, all of it or nothing. */
  async apply(id: string, version: number, user: SessionUser, ip: string | null): Promise<ImportView> {
    await this.dataSource.transaction(async (manager) => {
      const entry = await this.lockForDecision(manager, id, version);
      const sourceId = await this.releaseSource(manager, entry);
      let written = 0;
      for (const row of entry.preview.rows) {
        if (row.status === 'unchanged') continue;
        written++;
        if (entry.kind === 'oews') {
          await this.writeWage(manager, entry, row.write as WageRowToWrite, sourceId, user);
        } else {
          await this.writeProjection(manager, entry, row.write as ProjectionRowToWrite, sourceId, user);
        }
      }
      entry.status = 'applied';
      entry.appliedById = user.id;
      entry.appliedAt = new Date();
      await manager.save(entry);
      await this.audit.record(
        {
          type: 'import.applied',
          actor: { id: user.id, email: user.email },
          subjectType: 'import',
          subjectId: entry.id,
          ip,
          details: {
            fileName: entry.fileName,
            sha256: entry.sha256,
            referencePeriod: entry.referencePeriod,
            written,
            counts: entry.counts,
          },
        },
        manager,
      );
    });
    return this.get(id);
  }

  async discard(id: string, version: number): Promise<ImportView> {
    await this.dataSource.transaction(async (manager) => {
      const entry = await this.lockForDecision(manager, id, version);
      entry.status = 'discarded';
      await manager.save(entry);
    });
    return this.get(id);
  }

  private async parse(
    file: UploadedImportFile,
    periodYear: number | undefined,
  ): Promise<OewsRelease | ProjectionsRelease> {
    try {
      try {
        return await parseOewsFile(file.buffer, file.originalname, periodYear);
      } catch (error) {
        if (!(error instanceof ImportFileError) || !error.problem.includes(NOT_OEWS)) throw error;
        return await parseProjectionsFile(file.buffer, file.originalname);
      }
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      const message = error.problem.includes(NOT_PROJECTIONS)
        ? `${file.originalname} is neither an OEWS wage estimates file nor an Employment Projections occupation workbook`
        : error.message;
      throw new BadRequestException({ message, fields: [{ field: 'file', message }] });
    }
  }

  private async lockForDecision(manager: EntityManager, id: string, version: number): Promise<ImportEntity> {
    const entry = await manager.findOne(ImportEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entry) throw new NotFoundException('There is no such import');
    if (entry.version !== version) {
      throw new ConflictException({
        message: 'Someone else decided on this import in the meantime',
        current: await this.toView(entry),
      });
    }
    if (entry.status !== 'previewed') {
      throw new ConflictException({
        message: `This import was already ${entry.status}`,
        current: await this.toView(entry),
      });
    }
    return entry;
  }

  private async trackedOccupations(year: number): Promise<TrackedOccupation[]> {
    const occupations = await this.dataSource
      .getRepository(OccupationEntity)
      .find({ order: { title: 'ASC' } });
    const periods = await this.dataSource.getRepository(OccupationSocCodeEntity).find();
    return occupations.map((occupation) => ({
      slug: occupation.slug,
      title: occupation.title,
      socCode: socCodeForYear(
        occupation.socCode,
        periods.filter((period) => period.occupationId === occupation.id),
        year,
      ),
    }));
  }

  private async storedWages(occupations: TrackedOccupation[], periodYear: number): Promise<StoredWage[]> {
    const rows = await this.dataSource.getRepository(WageStatisticEntity).find({
      where: { socCode: In(occupations.map((occupation) => occupation.socCode)), periodYear },
    });
    return rows.map((row) => ({
      socCode: row.socCode,
      areaCode: row.areaCode,
      periodYear: row.periodYear,
      values: Object.fromEntries(WAGE_VALUE_FIELDS.map((field) => [field, row[field]])) as Record<
        WageValueField,
        number | null
      >,
      flags: row.flags,
    }));
  }

  private storedProjections(occupations: TrackedOccupation[]): Promise<StoredProjection[]> {
    return this.dataSource.getRepository(EmploymentProjectionEntity).find({
      where: { socCode: In(occupations.map((occupation) => occupation.socCode)) },
    });
  }

  /** The citation for the release, created the first time one of its files is applied. */
  private async releaseSource(manager: EntityManager, entry: ImportEntity): Promise<string> {
    const year = entry.periodYear;
    const retrievedOn = new Date().toISOString().slice(0, 10);
    const wanted =
      entry.kind === 'oews'
        ? {
            key: `bls-oews-${year}`,
            publisher: 'U.S. Bureau of Labor Statistics',
            title: `Occupational Employment and Wage Statistics: National occupational employment and wage estimates, May ${year}`,
            url: `https://www.bls.gov/oes/${year}/may/oes_nat.htm`,
            referencePeriod: `May ${year}`,
            citation: `BLS ${year + 1}`,
          }
        : {
            key: `bls-ep-${year}-${String(entry.preview.targetYear).slice(-2)}`,
            publisher: 'U.S. Bureau of Labor Statistics',
            title: `Employment Projections: Occupational projections, ${entry.referencePeriod} (Table 1.2)`,
            url: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
            referencePeriod: entry.referencePeriod,
            citation: `BLS ${year + 1}`,
          };
    const existing = await manager.findOneBy(SourceEntity, { key: wanted.key });
    if (existing) return existing.id;
    const created = await manager.save(manager.create(SourceEntity, { ...wanted, retrievedOn }));
    return created.id;
  }

  private async writeWage(
    manager: EntityManager,
    entry: ImportEntity,
    row: WageRowToWrite,
    sourceId: string,
    user: SessionUser,
  ): Promise<void> {
    const existing = await manager.findOne(WageStatisticEntity, {
      where: { socCode: row.socCode, areaCode: row.areaCode, periodYear: entry.periodYear },
      lock: { mode: 'pessimistic_write' },
    });
    const before = existing ? toWageStatisticRecord(existing) : null;
    const target =
      existing ??
      manager.create(WageStatisticEntity, {
        socCode: row.socCode,
        areaType: row.areaType,
        areaCode: row.areaCode,
        periodYear: entry.periodYear,
      });
    Object.assign(target, row.values, {
      socTitle: row.socTitle,
      areaName: row.areaName,
      referencePeriod: entry.referencePeriod,
      flags: row.flags,
      sourceId,
      importId: entry.id,
    });
    const saved = await manager.save(target);
    await this.revisions.write(manager, {
      recordType: 'wageStatistic',
      recordId: saved.id,
      version: saved.version,
      action: existing ? 'update' : 'create',
      userId: user.id,
      before,
      after: toWageStatisticRecord(saved),
    });
  }

  private async writeProjection(
    manager: EntityManager,
    entry: ImportEntity,
    row: ProjectionRowToWrite,
    sourceId: string,
    user: SessionUser,
  ): Promise<void> {
    const baseYear = entry.preview.baseYear as number;
    const targetYear = entry.preview.targetYear as number;
    const existing = await manager.findOne(EmploymentProjectionEntity, {
      where: { socCode: row.socCode, baseYear, targetYear },
      lock: { mode: 'pessimistic_write' },
    });
    const before = existing ? toEmploymentProjectionRecord(existing) : null;
    const target =
      existing ?? manager.create(EmploymentProjectionEntity, { socCode: row.socCode, baseYear, targetYear });
    Object.assign(target, {
      socTitle: row.socTitle,
      baseEmployment: row.baseEmployment,
      targetEmployment: row.targetEmployment,
      numericChange: row.numericChange,
      percentChange: row.percentChange,
      allOccupationsPercentChange: entry.preview.allOccupationsPercentChange,
      sourceId,
      importId: entry.id,
    });
    const saved = await manager.save(target);
    await this.revisions.write(manager, {
      recordType: 'employmentProjection',
      recordId: saved.id,
      version: saved.version,
      action: existing ? 'update' : 'create',
      userId: user.id,
      before,
      after: toEmploymentProjectionRecord(saved),
    });
  }

  private async toView(entry: ImportEntity): Promise<ImportView> {
    const applied =
      entry.status === 'applied'
        ? null
        : await this.dataSource.getRepository(ImportEntity).findOne({
            where: { sha256: entry.sha256, kind: entry.kind, status: 'applied' },
            order: { appliedAt: 'DESC' },
          });
    return {
      id: entry.id,
      version: entry.version,
      kind: entry.kind,
      fileName: entry.fileName,
      sha256: entry.sha256,
      sizeBytes: entry.sizeBytes,
      referencePeriod: entry.referencePeriod,
      periodYear: entry.periodYear,
      status: entry.status,
      counts: entry.counts,
      rows: entry.preview.rows.map(({ write: _write, ...row }) => row),
      unmatched: entry.preview.unmatched,
      alreadyAppliedImportId: applied?.id ?? null,
      createdAt: entry.createdAt.toISOString(),
      createdBy: entry.createdBy ? { id: entry.createdBy.id, name: entry.createdBy.name } : null,
      appliedAt: entry.appliedAt ? entry.appliedAt.toISOString() : null,
    };
  }
}
