import { In, LessThan } from 'typeorm';
import { looksDetailed, WAGE_VALUE_FIELDS, type WageValueField } from '@careerscope/shared';
import { WageStatisticEntity } from '../../wages/wage-statistic.entity';
import { CreateWageStatisticDto } from '../../wages/dto/wage-statistic.dto';
import { toWageStatisticRecord } from '../../wages/wage-statistics.service';
import { upsertRecords } from '../apply/upsert-records';
import { withNewOccupations, type CatalogueState } from '../catalogue-state';
import type { OewsRelease } from '../parsing/oews.parser';
import { previewWages, type StoredWage } from '../preview/wage-preview';
import type { WageRowToWrite } from '../stored-preview';
import type { EntityManager } from 'typeorm';
import type { ApplyContext, KindPreview, ReleaseSource } from './import-kind';
import { refuseInvalidRows } from './import-kind';

/** The release's source is created when the file is applied; any id passes the id rule until then. */
export const SOURCE_CREATED_AT_APPLY = '00000000-0000-4000-8000-000000000000';

function toStored(row: WageStatisticEntity): StoredWage {
  return {
    socCode: row.socCode,
    areaCode: row.areaCode,
    periodYear: row.periodYear,
    referencePeriod: row.referencePeriod,
    values: Object.fromEntries(WAGE_VALUE_FIELDS.map((field) => [field, row[field]])) as Record<
      WageValueField,
      number | null
    >,
    flags: row.flags,
  };
}

/** An OEWS release (national or state) against the catalogue: new, changed and unchanged figures. */
export async function previewWageRelease(
  manager: EntityManager,
  release: OewsRelease,
  catalogue: CatalogueState,
  fileName: string,
): Promise<KindPreview> {
  const detailed = release.rows.filter((row) =>
    row.group === null ? looksDetailed(row.socCode) : row.group === 'detailed',
  );
  const { tracked, proposed } = withNewOccupations(catalogue, detailed);
  const codes = tracked.map((occupation) => occupation.socCode);
  const samePeriod = await manager.find(WageStatisticEntity, {
    where: { socCode: In(codes), periodYear: release.periodYear },
  });
  // The newest earlier period of each series, to show beside a period not held yet.
  const earlier = await manager
    .createQueryBuilder(WageStatisticEntity, 'wage')
    .distinctOn(['wage.socCode', 'wage.areaCode'])
    .where({ socCode: In(codes), periodYear: LessThan(release.periodYear) })
    .orderBy('wage.socCode')
    .addOrderBy('wage.areaCode')
    .addOrderBy('wage.periodYear', 'DESC')
    .getMany();
  const result = previewWages(release, tracked, [...samePeriod, ...earlier].map(toStored));
  const proposedSlugs = new Set(proposed.map((occupation) => occupation.slug));
  refuseInvalidRows(
    fileName,
    CreateWageStatisticDto,
    result.rows
      .filter((row) => row.status !== 'unchanged')
      .map((row) => ({
        label: `${row.incoming.socTitle}, ${row.incoming.areaName} (row ${row.incoming.row})`,
        values: {
          ...wageRowToWrite(row.incoming),
          ...row.incoming.values,
          referencePeriod: release.referencePeriod,
          periodYear: release.periodYear,
          sourceId: SOURCE_CREATED_AT_APPLY,
        },
      })),
  );
  const newest = await manager
    .createQueryBuilder(WageStatisticEntity, 'wage')
    .select('MAX(wage.periodYear)', 'year')
    .where("wage.areaType = 'national'")
    .getRawOne<{ year: number | null }>();
  const warnings =
    newest?.year && newest.year > release.periodYear
      ? [
          `This file is for ${release.referencePeriod}, older than the May ${newest.year} figures already held. Applying it adds ${release.referencePeriod} to the wage history; pages keep showing May ${newest.year} as the current figures.`,
        ]
      : [];
  return {
    referencePeriod: release.referencePeriod,
    periodYear: release.periodYear,
    preview: {
      unmatched: result.unmatched.filter((occupation) => !occupation.proposed),
      newOccupations: proposed,
      warnings,
      rows: result.rows.map(({ incoming, figures, ...row }) => ({
        ...row,
        figures: figures.map(({ previous, ...figure }) => (previous ? { ...figure, previous } : figure)),
        ...(proposedSlugs.has(row.occupationSlug) ? { newOccupation: true } : {}),
        write: wageRowToWrite(incoming),
      })),
    },
  };
}

function wageRowToWrite(incoming: OewsRelease['rows'][number]): WageRowToWrite {
  return {
    socCode: incoming.socCode,
    socTitle: incoming.socTitle,
    areaType: incoming.areaType,
    areaCode: incoming.areaCode,
    areaName: incoming.areaName,
    values: incoming.values,
    flags: incoming.flags,
  };
}

/** Writes the previewed wage rows in set-based statements, each with its revision. */
export async function applyWageRows(context: ApplyContext, rows: WageRowToWrite[]): Promise<number> {
  const { manager, entry } = context;
  const existing = await manager.find(WageStatisticEntity, {
    where: { socCode: In([...new Set(rows.map((row) => row.socCode))]), periodYear: entry.periodYear },
    lock: { mode: 'pessimistic_write' },
  });
  const byKey = new Map(existing.map((row) => [`${row.socCode}/${row.areaCode}`, row]));
  await upsertRecords(
    manager,
    context.revisions,
    {
      entity: WageStatisticEntity,
      conflictPaths: ['socCode', 'areaCode', 'periodYear'],
      recordType: 'wageStatistic',
      toRecord: toWageStatisticRecord,
      userId: context.user.id,
    },
    rows.map((row) => ({
      existing: byKey.get(`${row.socCode}/${row.areaCode}`) ?? null,
      values: {
        socCode: row.socCode,
        socTitle: row.socTitle,
        areaType: row.areaType,
        areaCode: row.areaCode,
        areaName: row.areaName,
        periodYear: entry.periodYear,
        referencePeriod: entry.referencePeriod,
        ...row.values,
        flags: row.flags,
        sourceId: context.sourceId,
        importId: entry.id,
      },
    })),
  );
  return rows.length;
}

export function wageReleaseSource(year: number): ReleaseSource {
  return {
    key: `bls-oews-${year}`,
    publisher: 'U.S. Bureau of Labor Statistics',
    title: `Occupational Employment and Wage Statistics: National occupational employment and wage estimates, May ${year}`,
    url: `https://www.bls.gov/oes/${year}/may/oes_nat.htm`,
    referencePeriod: `May ${year}`,
    citation: `BLS, OEWS May ${year}`,
  };
}
