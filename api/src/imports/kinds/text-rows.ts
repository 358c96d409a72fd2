import type { ImportRowPreview, ImportTextChange } from '@careerscope/shared';
import type { TrackedOccupation } from '../preview/wage-preview';

/** One occupation's text facts: what is stored (null when none) and what the file says. */
export interface TextFacts {
  occupation: TrackedOccupation;
  current: Record<string, string> | null;
  incoming: Record<string, string>;
  labels: Record<string, string>;
}

/** A preview row of text facts: the fields that are new or differ, and whether anything does. */
export function textRow(facts: TextFacts): Omit<ImportRowPreview, 'areaCode' | 'areaName'> & {
  areaCode: null;
  areaName: null;
} {
  const fields: ImportTextChange[] = [];
  for (const [field, incoming] of Object.entries(facts.incoming)) {
    const current = facts.current?.[field] ?? null;
    if (current === incoming) continue;
    fields.push({ field, label: facts.labels[field] ?? field, current, incoming });
  }
  return {
    occupationSlug: facts.occupation.slug,
    occupationTitle: facts.occupation.title,
    socCode: facts.occupation.socCode,
    areaCode: null,
    areaName: null,
    status: facts.current === null ? 'new' : fields.length > 0 ? 'changed' : 'unchanged',
    figures: [],
    fields,
  };
}
