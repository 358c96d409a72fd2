import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type {
  ImportRowFilter,
  ImportRowQuery,
  ImportSummary,
  ImportUploadFields,
  ImportView,
  Page,
  SessionUser,
} from '@careerscope/shared';
import { AuditService } from '../audit/audit.service';
import { CatalogueScopeService } from '../catalogue/catalogue-scope.service';
import { StaleVersionException } from '../common/errors/stale-version.exception';
import { RevisionsService } from '../revisions/revisions.service';
import { SourcesService, type WantedSource } from '../sources/sources.service';
import { UserEntity } from '../users/user.entity';
import { createProposedOccupations, loadCatalogueState } from './catalogue-state';
import { ImportEntity } from './import.entity';
import type { OewsRelease } from './parsing/oews.parser';
import type { ProjectionsRelease } from './parsing/projections.parser';
import type { EducationRelease } from './parsing/education.parser';
import type { OnetFile } from './parsing/onet.parser';
import type { StateProjectionsRelease } from './parsing/state-projections.parser';
import type { IpedsRelease } from './parsing/ipeds.parser';
import {
  applyIpedsImport,
  completionsSource,
  crosswalkSource,
  directorySource,
  previewCipSocCrosswalk,
  previewIpedsCompletions,
  previewIpedsDirectory,
  previewIpedsPrices,
  pricesSource,
} from './kinds/ipeds.import';
import { type ParsedUpload, UploadParsingService } from './parsing/upload-parsing.service';
import {
  applyEducationRows,
  educationReleaseSource,
  previewEducationRelease,
} from './kinds/education.import';
import { applyOnetRows, onetReleaseSource, previewOnetFile, type OnetWrite } from './kinds/onet.import';
import {
  previewStateProjectionRelease,
  stateProjectionReleaseSource,
} from './kinds/state-projections.import';
import type { ApplyContext, KindPreview, ReleaseSource } from './kinds/import-kind';
import {
  applyProjectionRows,
  previewProjectionRelease,
  projectionReleaseSource,
} from './kinds/projections.import';
import { applyWageRows, previewWageRelease, wageReleaseSource } from './kinds/wages.import';
import {
  compactPreview,
  expandFigure,
  type ProjectionRowToWrite,
  type WageRowToWrite,
} from './stored-preview';

/** The file as the upload handler received it. */
export interface UploadedImportFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

type Release =
  OewsRelease | ProjectionsRelease | EducationRelease | StateProjectionsRelease | OnetFile | IpedsRelease;

const DEFAULT_ROWS_PAGE_SIZE = 100;

/** IPEDS files that write school listings, which only admins manage. */
const LISTING_KINDS = new Set<ImportEntity['kind']>(['ipeds-directory', 'ipeds-completions', 'ipeds-prices']);

/**
 * The yearly update: an uploaded public file becomes a preview (nothing changes), then, when an
 * editor applies it, every new or changed figure is written to the working copy in one transaction,
 * each pointing at the import as its provenance. Publishing then takes it live.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly revisions: RevisionsService,
    private readonly audit: AuditService,
    private readonly scope: CatalogueScopeService,
    private readonly parsing: UploadParsingService,
    private readonly sources: SourcesService,
  ) {}

  async upload(
    file: UploadedImportFile | undefined,
    fields: ImportUploadFields,
    user: SessionUser,
    ip: string | null = null,
  ): Promise<ImportView> {
    if (!file) {
      throw new BadRequestException({
        message: 'Choose a file to upload',
        fields: [{ field: 'file', message: 'Choose a file to upload' }],
      });
    }
    const { release, sha256 } = await this.parse(file, fields);
    const manager = this.dataSource.manager;
    const catalogue = await loadCatalogueState(manager, await this.scope.get(), yearOf(release));
    const kind = await this.preview(manager, release, catalogue, file.originalname, fields);
    if (
      !kind.preview.ipeds &&
      kind.preview.rows.length === 0 &&
      (kind.preview.newOccupations ?? []).length === 0
    ) {
      const message = `${file.originalname} holds no figure for an occupation of the catalogue (its SOC codes are outside the catalogue's scope, or it has no rows)`;
      throw new BadRequestException({ message, fields: [{ field: 'file', message }] });
    }
    // The warnings are stored beside the preview, for the history to list without reading it.
    const { warnings = [], ...preview } = kind.preview;
    const saved = await this.dataSource.transaction(async (manager) => {
      const entry = Object.assign(new ImportEntity(), {
        kind: kindOf(release),
        fileName: file.originalname.slice(0, 255),
        sha256,
        sizeBytes: file.size,
        referencePeriod: kind.referencePeriod,
        periodYear: kind.periodYear,
        status: 'previewed',
        counts: countRows(kind),
        warnings,
        preview,
        createdById: user.id,
        version: 1,
        appliedById: null,
        appliedAt: null,
      } satisfies Partial<ImportEntity>);
      // One plain insert: the preview (thousands of rows, its figures compacted) goes as its JSON text.
      const stored = await manager.insert(ImportEntity, {
        ...entry,
        preview: compactPreview(preview),
      } as QueryDeepPartialEntity<ImportEntity>);
      const { id, createdAt, updatedAt } = stored.generatedMaps[0] as Pick<
        ImportEntity,
        'id' | 'createdAt' | 'updatedAt'
      >;
      Object.assign(entry, { id, createdAt, updatedAt });
      await this.recordEvent(manager, 'import.uploaded', entry, user, ip, {
        sizeBytes: entry.sizeBytes,
        counts: entry.counts,
      });
      return entry;
    });
    // The preview is answered from what was just stored, not read back (it can hold thousands of rows).
    saved.createdBy = { id: user.id, name: user.name } as UserEntity;
    return this.toView(saved, {});
  }

  /** One page of imports as the history lists them, their stored previews (megabytes each) left unread. */
  async list(page: number, pageSize: number): Promise<Page<ImportSummary>> {
    const query = this.dataSource
      .getRepository(ImportEntity)
      .createQueryBuilder('entry')
      .leftJoin('entry.createdBy', 'createdBy')
      .select([...SUMMARY_COLUMNS.map((column) => `entry.${column}`), 'createdBy.id', 'createdBy.name'])
      .addSelect(
        (applied) =>
          applied
            .select('earlier.id')
            .from(ImportEntity, 'earlier')
            .where('earlier.sha256 = entry.sha256 AND earlier.kind = entry.kind')
            .andWhere(`earlier.status = 'applied' AND entry.status <> 'applied'`)
            .orderBy('earlier.appliedAt', 'DESC')
            .limit(1),
        'already_applied_id',
      )
      .orderBy('entry.createdAt', 'DESC')
      .offset((page - 1) * pageSize)
      .limit(pageSize);
    const [{ entities, raw }, total] = await Promise.all([query.getRawAndEntities(), query.getCount()]);
    const alreadyApplied = new Map(
      (raw as Array<{ entry_id: string; already_applied_id: string | null }>).map((row) => [
        row.entry_id,
        row.already_applied_id,
      ]),
    );
    return {
      items: entities.map((entry) => toSummary(entry, alreadyApplied.get(entry.id) ?? null)),
      total,
      page,
      pageSize,
    };
  }

  async get(id: string, query: ImportRowQuery = {}): Promise<ImportView> {
    const found = await this.dataSource
      .getRepository(ImportEntity)
      .findOne({ where: { id }, relations: { createdBy: true } });
    if (!found) throw new NotFoundException('There is no such import');
    return this.toView(found, query);
  }

  /** Writes every new and changed row of the preview (and the occupations it creates), all of it or nothing. */
  async apply(id: string, version: number, user: SessionUser, ip: string | null): Promise<ImportView> {
    const applied = await this.dataSource.transaction(async (manager) => {
      const entry = await this.lockForDecision(manager, id, version);
      if (LISTING_KINDS.has(entry.kind) && user.role !== 'admin') {
        throw new ForbiddenException(
          'Only an admin applies IPEDS files: they create and refresh school listings',
        );
      }
      const createdOccupations = await createProposedOccupations(
        manager,
        this.revisions,
        entry.preview.newOccupations ?? [],
        user,
      );
      // The citation for the release, created the first time one of its files is applied.
      const ensureSource = (wanted: WantedSource) => this.sources.ensureIn(manager, wanted, user.id);
      const sourceId = await ensureSource(this.sourceOf(entry));
      const context: ApplyContext = {
        manager,
        revisions: this.revisions,
        entry,
        sourceId,
        user,
        ensureSource,
      };
      const written = entry.preview.ipeds
        ? await applyIpedsImport(context)
        : await this.write(
            context,
            entry.preview.rows.filter((row) => row.status !== 'unchanged').map((row) => row.write),
          );
      await this.decide(manager, entry, { status: 'applied', appliedById: user.id, appliedAt: new Date() });
      await this.recordEvent(manager, 'import.applied', entry, user, ip, {
        written,
        createdOccupations,
        counts: entry.counts,
      });
      return entry;
    });
    return this.toView(applied, {});
  }

  async discard(id: string, version: number, user: SessionUser, ip: string | null): Promise<ImportView> {
    const discarded = await this.dataSource.transaction(async (manager) => {
      const entry = await this.lockForDecision(manager, id, version);
      await this.decide(manager, entry, { status: 'discarded' });
      await this.recordEvent(manager, 'import.discarded', entry, user, ip);
      return entry;
    });
    return this.toView(discarded, {});
  }

  /**
   * Records the decision on the locked import, with its next version, without writing its preview
   * again (saving the whole entity would read and compare thousands of rows for three columns).
   */
  private async decide(
    manager: EntityManager,
    entry: ImportEntity,
    changes: Pick<Partial<ImportEntity>, 'status' | 'appliedById' | 'appliedAt'>,
  ): Promise<void> {
    const [rows] = (await manager.query(
      `UPDATE imports SET status = $2, applied_by_id = COALESCE($3, applied_by_id), applied_at = COALESCE($4, applied_at),
         version = version + 1, updated_at = now() WHERE id = $1 RETURNING version, updated_at`,
      [entry.id, changes.status, changes.appliedById ?? null, changes.appliedAt ?? null],
    )) as [Array<{ version: number; updated_at: Date }>, number];
    Object.assign(entry, changes, { version: rows[0].version, updatedAt: rows[0].updated_at });
  }

  private preview(
    manager: EntityManager,
    release: Release,
    catalogue: Awaited<ReturnType<typeof loadCatalogueState>>,
    fileName: string,
    fields: ImportUploadFields,
  ): Promise<KindPreview> {
    switch (release.kind) {
      case 'oews':
        return previewWageRelease(manager, release, catalogue, fileName);
      case 'projections':
        return previewProjectionRelease(manager, release, catalogue, fileName);
      case 'ep-education':
        return previewEducationRelease(manager, release, catalogue);
      case 'projections-central':
        return previewStateProjectionRelease(manager, release, catalogue, fileName);
      case 'ipeds-directory':
        return previewIpedsDirectory(manager, release);
      case 'ipeds-completions':
        return previewIpedsCompletions(manager, release);
      case 'ipeds-prices':
        return previewIpedsPrices(manager, release);
      case 'cip-soc-crosswalk':
        return previewCipSocCrosswalk(manager, release, catalogue);
      default:
        return previewOnetFile(manager, release, fields.release, catalogue, fileName);
    }
  }

  private write(context: ApplyContext, rows: unknown[]): Promise<number> {
    switch (context.entry.kind) {
      case 'oews':
        return applyWageRows(context, rows as WageRowToWrite[]);
      case 'projections':
      case 'state-projections':
        return applyProjectionRows(context, rows as ProjectionRowToWrite[]);
      case 'ep-education':
        return applyEducationRows(context, rows as Parameters<typeof applyEducationRows>[1]);
      case 'onet':
        return applyOnetRows(context, rows as OnetWrite[]);
      default:
        return applyIpedsImport(context);
    }
  }

  private sourceOf(entry: ImportEntity): ReleaseSource {
    switch (entry.kind) {
      case 'oews':
        return wageReleaseSource(entry.periodYear);
      case 'projections':
        return projectionReleaseSource(
          entry.periodYear,
          entry.referencePeriod,
          entry.preview.targetYear as number,
        );
      case 'state-projections':
        return stateProjectionReleaseSource(entry.periodYear, entry.preview.targetYear as number);
      case 'ep-education':
        return educationReleaseSource(entry.periodYear);
      case 'onet':
        return onetReleaseSource(entry.preview.onetRelease as string);
      case 'ipeds-directory':
        return directorySource(entry.periodYear);
      case 'ipeds-completions':
        return completionsSource(entry.periodYear);
      case 'ipeds-prices':
        return pricesSource(entry.periodYear);
      case 'cip-soc-crosswalk':
        return crosswalkSource();
    }
  }

  /** Read in a worker thread, one file at a time (see UploadParsingService). */
  private parse(file: UploadedImportFile, fields: ImportUploadFields): Promise<ParsedUpload<Release>> {
    return this.parsing.parseImport(file, fields.periodYear);
  }

  /** One audit entry about an import: who, from where, which file, plus what the step adds. */
  private recordEvent(
    manager: EntityManager,
    type: 'import.uploaded' | 'import.applied' | 'import.discarded',
    entry: ImportEntity,
    user: SessionUser,
    ip: string | null,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record(
      {
        type,
        actor: { id: user.id, email: user.email },
        subjectType: 'import',
        subjectId: entry.id,
        ip,
        details: {
          fileName: entry.fileName,
          kind: entry.kind,
          sha256: entry.sha256,
          referencePeriod: entry.referencePeriod,
          ...extra,
        },
      },
      manager,
    );
  }

  private async lockForDecision(manager: EntityManager, id: string, version: number): Promise<ImportEntity> {
    const entry = await manager.findOne(ImportEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entry) throw new NotFoundException('There is no such import');
    // The view shows who uploaded it (a lock cannot join the user table).
    entry.createdBy = entry.createdById
      ? await manager.findOne(UserEntity, {
          where: { id: entry.createdById },
          select: { id: true, name: true },
        })
      : null;
    if (entry.version !== version) {
      throw new StaleVersionException('import', version, await this.toView(entry, {}));
    }
    if (entry.status !== 'previewed') {
      throw new ConflictException({
        message: `This import was already ${entry.status}`,
        current: await this.toView(entry, {}),
      });
    }
    return entry;
  }

  private async toView(entry: ImportEntity, query: ImportRowQuery): Promise<ImportView> {
    const applied =
      entry.status === 'applied'
        ? null
        : await this.dataSource.getRepository(ImportEntity).findOne({
            where: { sha256: entry.sha256, kind: entry.kind, status: 'applied' },
            order: { appliedAt: 'DESC' },
            // Its id only: its stored preview can be tens of megabytes.
            select: { id: true },
          });
    const rows = filterRows(entry.preview.rows, query.show ?? 'all', query.q);
    const pageSize = query.pageSize ?? DEFAULT_ROWS_PAGE_SIZE;
    const page = query.page ?? 1;
    const newOccupations = filterNewOccupations(entry.preview.newOccupations ?? [], query.newQ);
    const newPageSize = query.newPageSize ?? DEFAULT_ROWS_PAGE_SIZE;
    const newPage = query.newPage ?? 1;
    return {
      ...toSummary(entry, applied?.id ?? null),
      rows: rows
        .slice((page - 1) * pageSize, page * pageSize)
        .map(({ write: _write, ...row }) => ({ ...row, figures: row.figures.map(expandFigure) })),
      rowsTotal: rows.length,
      unmatched: entry.preview.unmatched,
      newOccupations: newOccupations
        .slice((newPage - 1) * newPageSize, newPage * newPageSize)
        .map(({ slug, title, socCode }) => ({ slug, title, socCode })),
      newOccupationsTotal: newOccupations.length,
    };
  }
}

/** The columns of an import its summary shows: all but the stored preview. */
const SUMMARY_COLUMNS = [
  'id',
  'version',
  'kind',
  'fileName',
  'sha256',
  'sizeBytes',
  'referencePeriod',
  'periodYear',
  'status',
  'counts',
  'warnings',
  'createdAt',
  'appliedAt',
] as const satisfies ReadonlyArray<keyof ImportEntity>;

/** `alreadyAppliedImportId`: an earlier import of the same file that was applied. */
function toSummary(
  entry: Pick<ImportEntity, (typeof SUMMARY_COLUMNS)[number] | 'createdBy'>,
  alreadyAppliedImportId: string | null,
): ImportSummary {
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
    warnings: entry.warnings,
    alreadyAppliedImportId,
    createdAt: entry.createdAt.toISOString(),
    createdBy: entry.createdBy ? { id: entry.createdBy.id, name: entry.createdBy.name } : null,
    appliedAt: entry.appliedAt ? entry.appliedAt.toISOString() : null,
  };
}

function yearOf(release: Release): number {
  switch (release.kind) {
    case 'oews':
      return release.periodYear;
    case 'projections':
    case 'projections-central':
      return release.baseYear;
    case 'ep-education':
      return release.year;
    case 'ipeds-directory':
    case 'ipeds-completions':
    case 'ipeds-prices':
      return release.year;
    default:
      return new Date().getUTCFullYear();
  }
}

function kindOf(release: Release): ImportEntity['kind'] {
  switch (release.kind) {
    case 'oews':
    case 'projections':
    case 'ep-education':
      return release.kind;
    case 'projections-central':
      return 'state-projections';
    case 'ipeds-directory':
    case 'ipeds-completions':
    case 'ipeds-prices':
    case 'cip-soc-crosswalk':
      return release.kind;
    default:
      return 'onet';
  }
}

function countRows(kind: KindPreview): ImportView['counts'] {
  const newOccupations = (kind.preview.newOccupations ?? []).length;
  if (kind.preview.counts) return { ...kind.preview.counts, newOccupations };
  const rows = kind.preview.rows;
  const count = (status: string) => rows.filter((row) => row.status === status).length;
  return {
    new: count('new'),
    changed: count('changed'),
    unchanged: count('unchanged'),
    unmatched: kind.preview.unmatched.length,
    suspicious: rows.filter(
      (row) => row.status !== 'unchanged' && row.figures.some((figure) => figure.suspicious),
    ).length,
    newOccupations,
  };
}

/** The rows a preview page shows: all, changed (new or changed), suspicious, or new; matching `q`. */
export function filterRows<T extends ImportView['rows'][number]>(
  rows: T[],
  show: ImportRowFilter,
  q: string | undefined,
): T[] {
  const needle = q?.trim().toLowerCase();
  return rows.filter((row) => {
    if (show === 'changed' && row.status === 'unchanged') return false;
    if (show === 'new' && row.status !== 'new') return false;
    if (show === 'suspicious' && !row.figures.some((figure) => figure.suspicious)) return false;
    if (!needle) return true;
    return `${row.occupationTitle} ${row.socCode} ${row.areaName ?? ''} ${row.listing?.name ?? ''} ${row.listing?.unitId ?? ''}`
      .toLowerCase()
      .includes(needle);
  });
}

/** The new occupations a preview page shows: those whose title, SOC code or slug holds `q`. */
export function filterNewOccupations<T extends { title: string; socCode: string; slug: string }>(
  occupations: T[],
  q: string | undefined,
): T[] {
  const needle = q?.trim().toLowerCase();
  if (!needle) return occupations;
  return occupations.filter((occupation) =>
    `${occupation.title} ${occupation.socCode} ${occupation.slug}`.toLowerCase().includes(needle),
  );
}
