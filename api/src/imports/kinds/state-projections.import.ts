import { In, type EntityManager } from 'typeorm';
import type { ImportFigureChange } from '@careerscope/shared';
import { CreateEmploymentProjectionDto } from '../../projections/dto/employment-projection.dto';
import { EmploymentProjectionEntity } from '../../projections/employment-projection.entity';
import type { CatalogueState } from '../catalogue-state';
import type { StateProjectionsRelease } from '../parsing/state-projections.parser';
import { DEFAULT_SUSPICIOUS_CHANGE_PERCENT } from '../preview/wage-preview';
import type { ProjectionRowToWrite } from '../stored-preview';
import type { KindPreview, ReleaseSource } from './import-kind';
import { refuseInvalidRows } from './import-kind';
import { SOURCE_CREATED_AT_APPLY } from './wages.import';

const FIELDS = [
  'baseEmployment',
  'targetEmployment',
  'numericChange',
  'percentChange',
  'averageAnnualOpenings',
] as const;

/**
 * Projections Central's long-term projections for every state against the catalogue. The nation's
 * rows are left to BLS's own projections; each state's growth is compared with that state's
 * all-occupations growth.
 */
export async function previewStateProjectionRelease(
  manager: EntityManager,
  release: StateProjectionsRelease,
  catalogue: CatalogueState,
  fileName: string,
): Promise<KindPreview> {
  const baseline = new Map(
    release.rows
      .filter((row) => row.socCode === '00-0000' && row.percentChange !== null)
      .map((row) => [row.areaCode, row.percentChange as number]),
  );
  const stored = new Map(
    (
      await manager.find(EmploymentProjectionEntity, {
        where: {
          socCode: In(catalogue.tracked.map((occupation) => occupation.socCode)),
          baseYear: release.baseYear,
          targetYear: release.targetYear,
        },
      })
    ).map((row) => [`${row.socCode}/${row.areaCode}`, row]),
  );
  const bySoc = new Map<string, StateProjectionsRelease['rows']>();
  for (const row of release.rows) {
    // A state with no base employment projects nothing to compare (the file prints 0 → 0).
    if (row.areaCode === 'US' || !row.baseEmployment || row.targetEmployment === null) continue;
    bySoc.set(row.socCode, [...(bySoc.get(row.socCode) ?? []), row]);
  }
  const rows: KindPreview['preview']['rows'] = [];
  const unmatched: KindPreview['preview']['unmatched'] = [];
  for (const occupation of catalogue.tracked) {
    const incomingRows = bySoc.get(occupation.socCode);
    if (!incomingRows) {
      unmatched.push(occupation);
      continue;
    }
    for (const incoming of incomingRows) {
      const base = incoming.baseEmployment as number;
      const target = incoming.targetEmployment as number;
      const write: ProjectionRowToWrite = {
        socCode: incoming.socCode,
        socTitle: incoming.socTitle.replace(/\s*\(SOC 2018\)\s*$/, '').slice(0, 200),
        areaCode: incoming.areaCode,
        areaName: incoming.areaName,
        baseEmployment: base,
        targetEmployment: target,
        numericChange: target - base,
        percentChange:
          incoming.percentChange ?? (base === 0 ? 0 : Math.round(((target - base) / base) * 1000) / 10),
        averageAnnualOpenings: incoming.averageAnnualOpenings,
        allOccupationsPercentChange: baseline.get(incoming.areaCode) ?? 0,
      };
      const current = stored.get(`${incoming.socCode}/${incoming.areaCode}`);
      const figures: ImportFigureChange[] = [];
      for (const field of FIELDS) {
        const next = write[field] ?? null;
        const before = current ? current[field] : null;
        if (current && before === next) continue;
        const changePercent =
          before !== null && next !== null && before !== 0
            ? ((next - before) / Math.abs(before)) * 100
            : null;
        figures.push({
          field,
          current: current ? { value: before, flag: null } : null,
          incoming: { value: next, flag: null },
          changePercent,
          suspicious: changePercent !== null && Math.abs(changePercent) > DEFAULT_SUSPICIOUS_CHANGE_PERCENT,
        });
      }
      rows.push({
        occupationSlug: occupation.slug,
        occupationTitle: occupation.title,
        socCode: incoming.socCode,
        areaCode: incoming.areaCode,
        areaName: incoming.areaName,
        status: !current ? 'new' : figures.length > 0 ? 'changed' : 'unchanged',
        figures,
        write,
      });
    }
  }
  refuseInvalidRows(
    fileName,
    CreateEmploymentProjectionDto,
    rows
      .filter((row) => row.status !== 'unchanged')
      .map((row) => ({
        label: `${row.occupationTitle}, ${row.areaName}`,
        values: {
          ...(row.write as ProjectionRowToWrite),
          baseYear: release.baseYear,
          targetYear: release.targetYear,
          sourceId: SOURCE_CREATED_AT_APPLY,
        },
      })),
  );
  return {
    referencePeriod: `${release.baseYear}–${String(release.targetYear).slice(-2)}`,
    periodYear: release.baseYear,
    preview: {
      rows,
      unmatched,
      newOccupations: [],
      warnings: [],
      baseYear: release.baseYear,
      targetYear: release.targetYear,
    },
  };
}

export function stateProjectionReleaseSource(baseYear: number, targetYear: number): ReleaseSource {
  const period = `${baseYear}–${String(targetYear).slice(-2)}`;
  return {
    key: `projections-central-${baseYear}-${String(targetYear).slice(-2)}`,
    publisher: 'Projections Central (state labor market information agencies)',
    title: `Long-term occupational projections ${period}, all states`,
    url: 'https://projectionscentral.org/Projections/LongTerm',
    referencePeriod: period,
    citation: `Projections Central ${period}`,
  };
}
