import { In, type EntityManager } from 'typeorm';
import { CreateEmploymentProjectionDto } from '../../projections/dto/employment-projection.dto';
import { EmploymentProjectionEntity } from '../../projections/employment-projection.entity';
import { toEmploymentProjectionRecord } from '../../projections/employment-projections.service';
import { upsertRecords } from '../apply/upsert-records';
import type { CatalogueState } from '../catalogue-state';
import type { ProjectionsRelease } from '../parsing/projections.parser';
import { previewProjections } from '../preview/projection-preview';
import type { ProjectionRowToWrite } from '../stored-preview';
import type { ApplyContext, KindPreview, ReleaseSource } from './import-kind';
import { refuseInvalidRows } from './import-kind';
import { SOURCE_CREATED_AT_APPLY } from './wages.import';

/** The national Employment Projections workbook (Table 1.2) against the catalogue's occupations. */
export async function previewProjectionRelease(
  manager: EntityManager,
  release: ProjectionsRelease,
  catalogue: CatalogueState,
  fileName: string,
): Promise<KindPreview> {
  const stored = await manager.find(EmploymentProjectionEntity, {
    where: { socCode: In(catalogue.tracked.map((occupation) => occupation.socCode)), areaCode: 'US' },
  });
  const result = previewProjections(release, catalogue.tracked, stored);
  refuseInvalidRows(
    fileName,
    CreateEmploymentProjectionDto,
    result.rows
      .filter((row) => row.status !== 'unchanged')
      .map((row) => ({
        label: `${row.incoming.socTitle} (row ${row.incoming.row})`,
        values: {
          ...row.incoming,
          baseYear: release.baseYear,
          targetYear: release.targetYear,
          allOccupationsPercentChange: release.allOccupationsPercentChange,
          sourceId: SOURCE_CREATED_AT_APPLY,
        },
      })),
  );
  return {
    referencePeriod: `${release.baseYear}–${String(release.targetYear).slice(-2)}`,
    periodYear: release.baseYear,
    preview: {
      unmatched: result.unmatched,
      newOccupations: [],
      warnings: [],
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
    },
  };
}

/**
 * Writes projection rows (national, or a state's with its own baseline and openings) in set-based
 * statements, each with its revision.
 */
export async function applyProjectionRows(
  context: ApplyContext,
  rows: Array<
    ProjectionRowToWrite & {
      areaCode?: string;
      areaName?: string;
      allOccupationsPercentChange?: number;
      averageAnnualOpenings?: number | null;
    }
  >,
): Promise<number> {
  const { manager, entry } = context;
  const baseYear = entry.preview.baseYear as number;
  const targetYear = entry.preview.targetYear as number;
  const existing = await manager.find(EmploymentProjectionEntity, {
    where: { socCode: In([...new Set(rows.map((row) => row.socCode))]), baseYear, targetYear },
    lock: { mode: 'pessimistic_write' },
  });
  const byKey = new Map(existing.map((row) => [`${row.socCode}/${row.areaCode}`, row]));
  await upsertRecords(
    manager,
    context.revisions,
    {
      entity: EmploymentProjectionEntity,
      conflictPaths: ['socCode', 'areaCode', 'baseYear', 'targetYear'],
      recordType: 'employmentProjection',
      toRecord: toEmploymentProjectionRecord,
      userId: context.user.id,
    },
    rows.map((row) => {
      const areaCode = row.areaCode ?? 'US';
      return {
        existing: byKey.get(`${row.socCode}/${areaCode}`) ?? null,
        values: {
          socCode: row.socCode,
          socTitle: row.socTitle,
          areaCode,
          areaName: row.areaName ?? 'United States',
          baseYear,
          targetYear,
          baseEmployment: row.baseEmployment,
          targetEmployment: row.targetEmployment,
          numericChange: row.numericChange,
          percentChange: row.percentChange,
          allOccupationsPercentChange:
            row.allOccupationsPercentChange ?? (entry.preview.allOccupationsPercentChange as number),
          ...(row.averageAnnualOpenings !== undefined
            ? { averageAnnualOpenings: row.averageAnnualOpenings }
            : {}),
          sourceId: context.sourceId,
          importId: entry.id,
        },
      };
    }),
  );
  return rows.length;
}

export function projectionReleaseSource(
  baseYear: number,
  referencePeriod: string,
  targetYear: number,
): ReleaseSource {
  return {
    key: `bls-ep-${baseYear}-${String(targetYear).slice(-2)}`,
    publisher: 'U.S. Bureau of Labor Statistics',
    title: `Employment Projections: Occupational projections, ${referencePeriod} (Table 1.2)`,
    url: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
    referencePeriod,
    citation: `BLS, Employment Projections ${referencePeriod}`,
  };
}
