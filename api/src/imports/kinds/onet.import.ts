import { BadRequestException } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  OnetProfileEntity,
  type OnetEducationShare,
  type OnetFacet,
  type OnetRelated,
  type OnetSkill,
  type OnetSpecialty,
  type OnetTask,
} from '../../catalogue/onet-profile.entity';
import { upsertRecords } from '../apply/upsert-records';
import type { CatalogueState } from '../catalogue-state';
import type { OnetFile, OnetFileKind } from '../parsing/onet.parser';
import type { ApplyContext, KindPreview, ReleaseSource } from './import-kind';
import { textRow } from './text-rows';

/** The part of a profile each O*NET file fills. */
const FACET_OF: Record<OnetFileKind, OnetFacet> = {
  'onet-occupations': 'occupations',
  'onet-tasks': 'tasks',
  'onet-related': 'related',
  'onet-job-zones': 'jobZones',
  'onet-alternate-titles': 'alternateTitles',
  'onet-technology': 'technology',
  'onet-skills': 'skills',
  'onet-education': 'education',
};

/** The profile columns one facet writes. */
type FacetValues = Partial<
  Pick<
    OnetProfileEntity,
    | 'onetSocCode'
    | 'title'
    | 'description'
    | 'specialties'
    | 'tasks'
    | 'related'
    | 'jobZone'
    | 'alternateTitles'
    | 'hotTechnologies'
    | 'skills'
    | 'education'
  >
>;

const isBase = (onetSocCode: string) => onetSocCode.endsWith('.00');

function groupBySoc<T extends { socCode: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.socCode, [...(groups.get(row.socCode) ?? []), row]);
  return groups;
}

/**
 * SOC 2018 codes O*NET still describes by the codes they replaced (O*NET-SOC 2019 keeps the older
 * detail): Substance Abuse, Behavioral Disorder, and Mental Health Counselors merged two.
 */
const ONET_CODES_OF: Readonly<Record<string, string[]>> = {
  '21-1018': ['21-1011', '21-1014'],
};

/**
 * The O*NET rows of one catalogue occupation: its own code's, else those of the codes it merged,
 * else, for a broad code BLS publishes as one occupation (29-2010), its detailed occupations'.
 */
function rowsOf<T extends { socCode: string }>(groups: Map<string, T[]>, socCode: string): T[] | undefined {
  const own = groups.get(socCode);
  if (own) return own;
  const codes =
    ONET_CODES_OF[socCode] ??
    (socCode.endsWith('0') ? [...groups.keys()].filter((code) => code.startsWith(socCode.slice(0, 6))) : []);
  const rows = codes.sort().flatMap((code) => groups.get(code) ?? []);
  return rows.length > 0 ? rows : undefined;
}

/** What one O*NET file says of one SOC occupation (its `.00` code; specialties folded in). */
function facetValues(file: OnetFile, socCode: string, rows: OnetFile['rows']): FacetValues | null {
  switch (file.kind) {
    case 'onet-occupations': {
      const all = rows as Extract<OnetFile, { kind: 'onet-occupations' }>['rows'];
      const base = all.find((row) => isBase(row.onetSocCode)) ?? all[0];
      const specialties: OnetSpecialty[] = all
        .filter((row) => row !== base)
        .map((row) => ({
          onetSocCode: row.onetSocCode,
          title: row.title,
          description: row.description || null,
        }));
      return { onetSocCode: base.onetSocCode, title: base.title, description: base.description, specialties };
    }
    case 'onet-tasks': {
      const base = (rows as Extract<OnetFile, { kind: 'onet-tasks' }>['rows']).filter((row) =>
        isBase(row.onetSocCode),
      );
      const tasks: OnetTask[] = [...base]
        .sort((a, b) => Number(b.core) - Number(a.core))
        .map((row) => ({ task: row.task, core: row.core }));
      return tasks.length > 0 ? { tasks } : null;
    }
    case 'onet-related': {
      const seen = new Set<string>([socCode]);
      const related: OnetRelated[] = [];
      for (const row of [...(rows as Extract<OnetFile, { kind: 'onet-related' }>['rows'])]
        .filter((row) => isBase(row.onetSocCode))
        .sort((a, b) => a.index - b.index)) {
        if (seen.has(row.relatedSocCode)) continue;
        seen.add(row.relatedSocCode);
        related.push({ socCode: row.relatedSocCode, title: row.relatedTitle, tier: row.tier });
      }
      return { related };
    }
    case 'onet-job-zones': {
      const all = rows as Extract<OnetFile, { kind: 'onet-job-zones' }>['rows'];
      const base = all.find((row) => isBase(row.onetSocCode)) ?? all[0];
      return { jobZone: base.jobZone };
    }
    case 'onet-alternate-titles': {
      const titles = new Set<string>();
      for (const row of rows as Extract<OnetFile, { kind: 'onet-alternate-titles' }>['rows']) {
        titles.add(row.title);
        if (row.shortTitle) titles.add(row.shortTitle);
      }
      return { alternateTitles: [...titles] };
    }
    case 'onet-technology': {
      const hot = new Set<string>();
      for (const row of rows as Extract<OnetFile, { kind: 'onet-technology' }>['rows']) {
        if (row.hot && isBase(row.onetSocCode)) hot.add(row.example);
      }
      return { hotTechnologies: [...hot] };
    }
    case 'onet-skills': {
      const skills: OnetSkill[] = (rows as Extract<OnetFile, { kind: 'onet-skills' }>['rows'])
        .filter((row) => isBase(row.onetSocCode))
        .map((row) => ({ name: row.name, importance: row.importance }));
      return skills.length > 0 ? { skills } : null;
    }
    case 'onet-education': {
      const education: OnetEducationShare[] = (rows as Extract<OnetFile, { kind: 'onet-education' }>['rows'])
        .filter((row) => isBase(row.onetSocCode))
        .map((row) => ({ category: row.category, label: row.label, percent: row.percent }));
      return education.length > 0 ? { education } : null;
    }
  }
}

/** A facet in words, for the preview: the text itself, or a count and the first items. */
function describe(values: FacetValues): Record<string, string> {
  const list = (items: string[]) =>
    `${items.length}: ${items.slice(0, 5).join('; ')}${items.length > 5 ? '; …' : ''}`;
  const described: Record<string, string> = {};
  if (values.description !== undefined) described.description = values.description ?? '';
  if (values.specialties !== undefined)
    described.specialties = list(values.specialties.map((item) => item.title));
  if (values.tasks !== undefined) described.tasks = list(values.tasks.map((item) => item.task));
  if (values.related !== undefined) described.related = list(values.related.map((item) => item.title));
  if (values.jobZone !== undefined) described.jobZone = String(values.jobZone);
  if (values.alternateTitles !== undefined) described.alternateTitles = list(values.alternateTitles);
  if (values.hotTechnologies !== undefined) described.hotTechnologies = list(values.hotTechnologies);
  if (values.skills !== undefined)
    described.skills = list(values.skills.map((skill) => `${skill.name} (${skill.importance})`));
  if (values.education !== undefined)
    described.education = list(values.education.map((level) => `${level.label} ${level.percent}%`));
  return described;
}

const LABELS: Record<string, string> = {
  description: 'Description',
  specialties: 'Specialties',
  tasks: 'Tasks',
  related: 'Related occupations',
  jobZone: 'Job zone',
  alternateTitles: 'Alternate titles',
  hotTechnologies: 'Hot technologies',
  skills: 'Skills (importance)',
  education: 'Required level of education',
};

export interface OnetWrite {
  socCode: string;
  values: FacetValues;
}

/** One file of the O*NET database against the catalogue's occupations. */
export async function previewOnetFile(
  manager: EntityManager,
  file: OnetFile,
  release: string | undefined,
  catalogue: CatalogueState,
  fileName: string,
): Promise<KindPreview> {
  if (!release) {
    const message = `Say which O*NET release ${fileName} comes from (for example 29.3): its files do not say`;
    throw new BadRequestException({ message, fields: [{ field: 'release', message }] });
  }
  const facet = FACET_OF[file.kind];
  const groups = groupBySoc(file.rows as Array<{ socCode: string }>);
  const stored = new Map(
    (
      await manager.find(OnetProfileEntity, {
        where: { socCode: In(catalogue.tracked.map((occupation) => occupation.socCode)) },
      })
    ).map((profile) => [profile.socCode, profile]),
  );
  const rows: KindPreview['preview']['rows'] = [];
  const unmatched: KindPreview['preview']['unmatched'] = [];
  for (const occupation of catalogue.tracked) {
    const group = rowsOf(groups, occupation.socCode);
    const values = group ? facetValues(file, occupation.socCode, group as OnetFile['rows']) : null;
    if (!values) {
      unmatched.push(occupation);
      continue;
    }
    const held = stored.get(occupation.socCode);
    const current = held && held.facetImports[facet] ? describe(pickFacet(held, values)) : null;
    rows.push({
      ...textRow({ occupation, current, incoming: describe(values), labels: LABELS }),
      write: { socCode: occupation.socCode, values } satisfies OnetWrite,
    });
  }
  return {
    referencePeriod: `O*NET ${release}`,
    periodYear: new Date().getUTCFullYear(),
    preview: {
      rows,
      unmatched,
      newOccupations: [],
      warnings: [],
      onetRelease: release,
      onetFacet: facet,
    },
  };
}

/** The stored values of the columns a facet writes. */
function pickFacet(profile: OnetProfileEntity, like: FacetValues): FacetValues {
  return Object.fromEntries(
    Object.keys(like).map((key) => [key, profile[key as keyof FacetValues]]),
  ) as FacetValues;
}

export async function applyOnetRows(context: ApplyContext, rows: OnetWrite[]): Promise<number> {
  const { manager, entry } = context;
  const facet = entry.preview.onetFacet as OnetFacet;
  const existing = new Map(
    (
      await manager.find(OnetProfileEntity, {
        where: { socCode: In(rows.map((row) => row.socCode)) },
        lock: { mode: 'pessimistic_write' },
      })
    ).map((profile) => [profile.socCode, profile]),
  );
  await upsertRecords(
    manager,
    context.revisions,
    {
      entity: OnetProfileEntity,
      conflictPaths: ['socCode'],
      recordType: null,
      toRecord: (profile) => profile,
      userId: context.user.id,
    },
    rows.map((row) => {
      const held = existing.get(row.socCode) ?? null;
      return {
        existing: held,
        values: {
          socCode: row.socCode,
          ...row.values,
          facetImports: { ...(held?.facetImports ?? {}), [facet]: entry.id },
          sourceId: context.sourceId,
        },
      };
    }),
  );
  return rows.length;
}

export function onetReleaseSource(release: string): ReleaseSource {
  return {
    key: `onet-${release}`,
    publisher:
      'National Center for O*NET Development, for the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
    title: `O*NET ${release} Database (CC BY 4.0)`,
    url: 'https://www.onetcenter.org/database.html',
    referencePeriod: `O*NET ${release}`,
    citation: `O*NET ${release}`,
  };
}
