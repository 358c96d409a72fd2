/** What a visitor reads as a source's short name: who published it and what period it covers. */
export interface CitableSource {
  publisher: string;
  title: string;
  referencePeriod: string | null;
  /** The label an editor filed the source under; used when nothing better can be said. */
  citation: string;
}

/** Publishers better known by their initials, as they sign their own releases. */
const PUBLISHER_SHORT_NAMES: Record<string, string> = {
  'U.S. Bureau of Labor Statistics': 'BLS',
  'Bureau of Labor Statistics': 'BLS',
  'National Center for Education Statistics': 'NCES',
  'U.S. Department of Education, National Center for Education Statistics': 'NCES',
};

/** BLS programs by the opening words of their titles. */
const PROGRAM_SHORT_NAMES: [prefix: string, short: string][] = [
  ['Occupational Employment and Wage Statistics', 'OEWS'],
  ['Employment Projections', 'Employment Projections'],
  ['Occupational Outlook Handbook', 'Occupational Outlook Handbook'],
  ['Integrated Postsecondary Education Data System', 'IPEDS'],
];

/** "American Association of Medical Assistants (AAMA)" → "AAMA"; "U.S. Bureau of Labor Statistics" → "BLS". */
export function publisherShortName(publisher: string): string {
  const known = PUBLISHER_SHORT_NAMES[publisher.trim()];
  if (known) return known;
  const initials = /\(([^()]{2,12})\)\s*$/.exec(publisher)?.[1];
  return initials ?? publisher.trim();
}

/**
 * The name a page cites a source by: publisher, program and reference period, as "BLS, OEWS May 2024"
 * or "BLS, Employment Projections 2024–34". A source with no reference period keeps its filed label.
 */
export function sourceCitationName(source: CitableSource): string {
  const period = source.referencePeriod?.trim();
  if (!period) return source.citation || publisherShortName(source.publisher);
  const publisher = publisherShortName(source.publisher);
  const program = PROGRAM_SHORT_NAMES.find(([prefix]) => source.title.startsWith(prefix))?.[1];
  return program ? `${publisher}, ${program} ${period}` : `${publisher}, ${period}`;
}
