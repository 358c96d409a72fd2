import type { EntityManager } from 'typeorm';
import type { CatalogueScope, SessionUser } from '@careerscope/shared';
import { proposeNewOccupations, type ProposedOccupation } from '../catalogue/new-occupations';
import { OccupationSocCodeEntity } from '../occupations/occupation-soc-code.entity';
import { OccupationEntity } from '../occupations/occupation.entity';
import { toOccupationRecord } from '../occupations/occupations.service';
import type { RevisionsService } from '../revisions/revisions.service';
import { socCodeForYear } from './preview/soc-mapping';
import type { TrackedOccupation } from './preview/wage-preview';
import { upsertRecords } from './apply/upsert-records';

/** The occupations an import can concern, as of one reference year. */
export interface CatalogueState {
  /** Every occupation, with the SOC code that measures it in the year. */
  tracked: TrackedOccupation[];
  /** Every SOC code any occupation is measured by in any year. */
  covered: Set<string>;
  slugs: Set<string>;
  scope: CatalogueScope;
}

export async function loadCatalogueState(
  manager: EntityManager,
  scope: CatalogueScope,
  year: number,
): Promise<CatalogueState> {
  const occupations = await manager.find(OccupationEntity, { order: { title: 'ASC' } });
  const periods = await manager.find(OccupationSocCodeEntity);
  return {
    tracked: occupations.map((occupation) => ({
      slug: occupation.slug,
      title: occupation.title,
      socCode: socCodeForYear(
        occupation.socCode,
        periods.filter((period) => period.occupationId === occupation.id),
        year,
      ),
    })),
    covered: new Set([
      ...occupations.map((occupation) => occupation.socCode),
      ...periods.map((period) => period.socCode),
    ]),
    slugs: new Set(occupations.map((occupation) => occupation.slug)),
    scope,
  };
}

/**
 * The tracked occupations plus the in-scope codes of the file that no occupation covers yet, which
 * the preview shows as new occupations and applying creates.
 */
export function withNewOccupations(
  state: CatalogueState,
  candidates: Iterable<{ socCode: string; socTitle: string }>,
): { tracked: TrackedOccupation[]; proposed: ProposedOccupation[] } {
  const proposed = proposeNewOccupations(candidates, state.scope, state.covered, state.slugs);
  return {
    tracked: [...state.tracked, ...proposed.map((occupation) => ({ ...occupation, proposed: true }))],
    proposed,
  };
}

/**
 * Creates the proposed occupations as working-copy records (public on the next publish). A code or
 * slug someone used in the meantime is skipped, not duplicated.
 */
export async function createProposedOccupations(
  manager: EntityManager,
  revisions: RevisionsService,
  proposed: ProposedOccupation[],
  user: SessionUser,
): Promise<number> {
  if (proposed.length === 0) return 0;
  const state = await loadCatalogueState(
    manager,
    { majorGroups: [], socCodes: [] },
    new Date().getFullYear(),
  );
  const fresh = proposed.filter(
    (occupation) => !state.covered.has(occupation.socCode) && !state.slugs.has(occupation.slug),
  );
  await upsertRecords(
    manager,
    revisions,
    {
      entity: OccupationEntity,
      conflictPaths: ['slug'],
      recordType: 'occupation',
      toRecord: toOccupationRecord,
      userId: user.id,
    },
    fresh.map((occupation) => ({
      existing: null,
      values: {
        slug: occupation.slug,
        title: occupation.title.slice(0, 200),
        shortTitle: occupation.title.slice(0, 120),
        socCode: occupation.socCode,
        socTitle: occupation.title.slice(0, 200),
        socNoteMarkdown: '',
        summaryMarkdown: '',
        dutiesMarkdown: '',
        skills: [],
        skillsSourceId: null,
        specializations: [],
        specializationsSourceId: null,
      } as Partial<OccupationEntity>,
    })),
  );
  return fresh.length;
}
