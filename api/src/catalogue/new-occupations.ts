import { isInCatalogueScope, slugify, type CatalogueScope } from '@careerscope/shared';

/** An in-scope SOC code of a release that no occupation measures yet. */
export interface ProposedOccupation {
  socCode: string;
  title: string;
  slug: string;
}

/**
 * The release's in-scope codes that no occupation covers, as new occupations titled as BLS titles
 * them. `covered` holds every code an occupation is measured by in any year (its current code and
 * its SOC code periods), so a code BLS renamed or merged is matched, never duplicated.
 */
export function proposeNewOccupations(
  candidates: Iterable<{ socCode: string; socTitle: string }>,
  scope: CatalogueScope,
  covered: ReadonlySet<string>,
  takenSlugs: ReadonlySet<string>,
): ProposedOccupation[] {
  const proposed = new Map<string, ProposedOccupation>();
  const slugs = new Set(takenSlugs);
  for (const { socCode, socTitle } of candidates) {
    if (proposed.has(socCode) || covered.has(socCode) || !isInCatalogueScope(socCode, scope)) continue;
    const title = socTitle.trim().replace(/\s+/g, ' ');
    const base = slugify(title) || socCode;
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    proposed.set(socCode, { socCode, title, slug });
  }
  return [...proposed.values()].sort((a, b) => a.title.localeCompare(b.title));
}
