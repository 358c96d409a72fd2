import type { PublishProblem } from '@careerscope/shared';

/** What publishing checks beyond the schema's own rules (NOT NULL source ids, foreign keys). */
export interface PublishCheckInput {
  occupations: Array<{
    id: string;
    slug: string;
    title: string;
    socCode: string;
    summaryMarkdown: string;
    /** Keys of the sections that have text. */
    sectionKeys: string[];
  }>;
  /** SOC codes that have a national wage statistic. */
  nationalWageSocCodes: string[];
  /** SOC codes that have a national employment projection. */
  projectionSocCodes: string[];
  /** SOC codes with an O*NET description, which stands in for a summary no editor wrote. */
  describedSocCodes: string[];
  comparisons: Array<{
    id: string;
    slug: string;
    title: string;
    occupationIds: string[];
    rows: Array<{ key: string; label: string; kind: string; sectionKey: string | null }>;
  }>;
}

/**
 * Every problem that would put a gap on a public page, each named by the record and field an editor
 * has to fix (`occupations.medical-coder.summary`, `comparisons.cma-vs-medical-coder.rows.licensing`)
 * and pointing at that record.
 */
export function publishProblems(input: PublishCheckInput): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const wages = new Set(input.nationalWageSocCodes);
  const projections = new Set(input.projectionSocCodes);
  const described = new Set(input.describedSocCodes);
  const byId = new Map(input.occupations.map((occupation) => [occupation.id, occupation]));
  // A comparison's table needs each compared occupation's projection; a profile shows what is held.
  const compared = new Set(input.comparisons.flatMap((comparison) => comparison.occupationIds));

  for (const occupation of input.occupations) {
    const at = `occupations.${occupation.slug}`;
    const record = { recordType: 'occupation' as const, recordId: occupation.id };
    if (occupation.summaryMarkdown.trim() === '' && !described.has(occupation.socCode)) {
      problems.push({
        field: `${at}.summary`,
        message: `${occupation.title} has no summary, and O*NET has no description of SOC ${occupation.socCode}`,
        ...record,
      });
    }
    if (!wages.has(occupation.socCode)) {
      problems.push({
        field: `${at}.wages`,
        message: `${occupation.title} has no national wage statistic for SOC ${occupation.socCode}`,
        ...record,
      });
    }
    if (compared.has(occupation.id) && !projections.has(occupation.socCode)) {
      problems.push({
        field: `${at}.projections`,
        message: `${occupation.title} has no employment projection for SOC ${occupation.socCode}`,
        ...record,
      });
    }
  }

  for (const comparison of input.comparisons) {
    for (const row of comparison.rows) {
      if (row.kind !== 'section' || row.sectionKey === null) continue;
      for (const occupationId of comparison.occupationIds) {
        const occupation = byId.get(occupationId);
        if (occupation && !occupation.sectionKeys.includes(row.sectionKey)) {
          problems.push({
            field: `comparisons.${comparison.slug}.rows.${row.key}`,
            message: `"${row.label}" in ${comparison.title} needs the section "${row.sectionKey}" of ${occupation.title}, which is missing or empty`,
            recordType: 'comparison',
            recordId: comparison.id,
          });
        }
      }
    }
  }
  return problems;
}
