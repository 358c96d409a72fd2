import { In, type EntityManager } from 'typeorm';
import { EducationRequirementEntity } from '../../catalogue/education-requirement.entity';
import { upsertRecords } from '../apply/upsert-records';
import type { CatalogueState } from '../catalogue-state';
import type { EducationRelease, EducationRequirementRow } from '../parsing/education.parser';
import type { ApplyContext, KindPreview, ReleaseSource } from './import-kind';
import { textRow } from './text-rows';

const LABELS = {
  typicalEducation: 'Typical education needed for entry',
  workExperience: 'Work experience in a related occupation',
  onTheJobTraining: 'Typical on-the-job training',
};

type EducationWrite = Pick<
  EducationRequirementRow,
  'socCode' | 'socTitle' | 'typicalEducation' | 'workExperience' | 'onTheJobTraining'
>;

/** BLS Employment Projections Table 5.4 against the catalogue's occupations. */
export async function previewEducationRelease(
  manager: EntityManager,
  release: EducationRelease,
  catalogue: CatalogueState,
): Promise<KindPreview> {
  const stored = new Map(
    (
      await manager.find(EducationRequirementEntity, {
        where: { socCode: In(catalogue.tracked.map((occupation) => occupation.socCode)), year: release.year },
      })
    ).map((row) => [row.socCode, row]),
  );
  const bySoc = new Map(release.rows.map((row) => [row.socCode, row]));
  const rows: KindPreview['preview']['rows'] = [];
  const unmatched: KindPreview['preview']['unmatched'] = [];
  for (const occupation of catalogue.tracked) {
    const incoming = bySoc.get(occupation.socCode);
    if (!incoming) {
      unmatched.push(occupation);
      continue;
    }
    const held = stored.get(occupation.socCode);
    const facts = (row: EducationWrite) => ({
      typicalEducation: row.typicalEducation,
      workExperience: row.workExperience,
      onTheJobTraining: row.onTheJobTraining,
    });
    rows.push({
      ...textRow({
        occupation,
        current: held ? facts(held) : null,
        incoming: facts(incoming),
        labels: LABELS,
      }),
      write: {
        socCode: incoming.socCode,
        socTitle: incoming.socTitle,
        ...facts(incoming),
      } satisfies EducationWrite,
    });
  }
  return {
    referencePeriod: `${release.year}–${String(release.year + 10).slice(-2)}`,
    periodYear: release.year,
    preview: { rows, unmatched, newOccupations: [], warnings: [] },
  };
}

export async function applyEducationRows(context: ApplyContext, rows: EducationWrite[]): Promise<number> {
  const { manager, entry } = context;
  const existing = new Map(
    (
      await manager.find(EducationRequirementEntity, {
        where: { socCode: In(rows.map((row) => row.socCode)), year: entry.periodYear },
        lock: { mode: 'pessimistic_write' },
      })
    ).map((row) => [row.socCode, row]),
  );
  await upsertRecords(
    manager,
    context.revisions,
    {
      entity: EducationRequirementEntity,
      conflictPaths: ['socCode', 'year'],
      recordType: null,
      toRecord: (row) => row,
      userId: context.user.id,
    },
    rows.map((row) => ({
      existing: existing.get(row.socCode) ?? null,
      values: {
        socCode: row.socCode,
        socTitle: row.socTitle.slice(0, 200),
        year: entry.periodYear,
        typicalEducation: row.typicalEducation.slice(0, 80),
        workExperience: row.workExperience.slice(0, 80),
        onTheJobTraining: row.onTheJobTraining.slice(0, 80),
        sourceId: context.sourceId,
        importId: entry.id,
      },
    })),
  );
  return rows.length;
}

export function educationReleaseSource(year: number): ReleaseSource {
  const period = `${year}–${String(year + 10).slice(-2)}`;
  return {
    key: `bls-ep-education-${year}`,
    publisher: 'U.S. Bureau of Labor Statistics',
    title: `Employment Projections ${period}: Education and training assignments by detailed occupation (Table 5.4)`,
    url: 'https://www.bls.gov/emp/tables/education-and-training-by-occupation.htm',
    referencePeriod: period,
    citation: `BLS, Employment Projections ${period}, Table 5.4`,
  };
}
