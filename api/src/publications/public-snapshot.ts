import type { ComparisonView, OccupationView, SchoolSummaryView, SourceView } from '@careerscope/shared';

/**
 * Everything the public sees, frozen at publish time. Views are stored fully resolved (Markdown already
 * rendered and sanitized), so serving a page is a lookup, and an old publication renders exactly as
 * it did.
 */
export interface PublicSnapshot {
  sources: SourceView[];
  occupations: OccupationView[];
  comparisons: Omit<ComparisonView, 'publication'>[];
  schools: SchoolSummaryView[];
}
