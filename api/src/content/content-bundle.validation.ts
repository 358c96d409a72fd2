import {
  CONTENT_BUNDLE_FORMAT,
  CONTENT_BUNDLE_FORMAT_VERSION,
  isSlug,
  RECORD_SHAPES,
  RECORD_TYPE_LABELS,
  SOC_CODE_PATTERN,
  type ContentBundle,
  type RecordType,
} from '@careerscope/shared';
import { unknownReferences } from './bundle-fields';

/**
 * Checks what the database cannot: the document's format, and that every natural key it refers to
 * exists in the same document (each record's references are the id fields its shape declares). Types and ranges of individual values are then held by the schema's
 * constraints inside the one import transaction.
 */
export function validateContentBundle(input: unknown): string[] {
  const problems: string[] = [];
  if (typeof input !== 'object' || input === null) {
    return ['The content file must be a JSON object'];
  }
  const bundle = input as Partial<ContentBundle>;
  if (bundle.format !== CONTENT_BUNDLE_FORMAT) {
    problems.push(`"format" must be "${CONTENT_BUNDLE_FORMAT}"`);
  }
  if (bundle.formatVersion !== CONTENT_BUNDLE_FORMAT_VERSION) {
    problems.push(`"formatVersion" must be ${CONTENT_BUNDLE_FORMAT_VERSION}`);
  }
  const lists = [
    'sources',
    'authors',
    'accreditationBodies',
    'certifyingBodies',
    'credentials',
    'occupations',
    'wageStatistics',
    'employmentProjections',
    'schools',
    'comparisons',
  ] as const;
  for (const list of lists) {
    if (!Array.isArray(bundle[list])) {
      problems.push(`"${list}" must be an array`);
    }
  }
  if (problems.length > 0) {
    return problems;
  }
  const content = bundle as ContentBundle;

  const keys = (name: string, values: string[]): Set<string> => {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) problems.push(`${name}: "${value}" appears twice`);
      seen.add(value);
    }
    return seen;
  };
  /** The natural keys the file defines, by the record type they name. */
  const defined = new Map<RecordType, Set<string>>([
    [
      'source',
      keys(
        'sources',
        content.sources.map((source) => source.key),
      ),
    ],
    [
      'author',
      keys(
        'authors',
        content.authors.map((author) => author.slug),
      ),
    ],
    [
      'occupation',
      keys(
        'occupations',
        content.occupations.map((occupation) => occupation.slug),
      ),
    ],
    [
      'accreditationBody',
      keys(
        'accreditationBodies',
        content.accreditationBodies.map((body) => body.slug),
      ),
    ],
    [
      'certifyingBody',
      keys(
        'certifyingBodies',
        content.certifyingBodies.map((body) => body.slug),
      ),
    ],
    [
      'credential',
      keys(
        'credentials',
        content.credentials.map((credential) => credential.slug),
      ),
    ],
    [
      'school',
      keys(
        'schools',
        content.schools.map((school) => school.slug),
      ),
    ],
    [
      'comparison',
      keys(
        'comparisons',
        content.comparisons.map((comparison) => comparison.slug),
      ),
    ],
  ]);
  const known = (type: RecordType, key: string) => defined.get(type)?.has(key) ?? false;
  /** Every reference the record's shape declares must name a record of the file. */
  const references = (where: string, type: RecordType, item: object) =>
    problems.push(
      ...unknownReferences(
        where,
        RECORD_SHAPES[type],
        item as Record<string, unknown>,
        known,
        (ref) => RECORD_TYPE_LABELS[ref].one,
      ),
    );

  const slugs = [
    ...content.authors.map((item) => ['authors', item.slug]),
    ...content.occupations.map((item) => ['occupations', item.slug]),
    ...content.schools.map((item) => ['schools', item.slug]),
    ...content.comparisons.map((item) => ['comparisons', item.slug]),
  ];
  for (const [list, slug] of slugs) {
    if (typeof slug !== 'string' || !isSlug(slug)) problems.push(`${list}: "${slug}" is not a valid slug`);
  }

  content.sources.forEach((source) => references(`sources.${source.key}`, 'source', source));
  content.authors.forEach((author) => references(`authors.${author.slug}`, 'author', author));
  content.accreditationBodies.forEach((body) =>
    references(`accreditationBodies.${body.slug}`, 'accreditationBody', body),
  );
  content.certifyingBodies.forEach((body) =>
    references(`certifyingBodies.${body.slug}`, 'certifyingBody', body),
  );
  content.credentials.forEach((credential) =>
    references(`credentials.${credential.slug}`, 'credential', credential),
  );
  content.occupations.forEach((occupation) => {
    const where = `occupations.${occupation.slug}`;
    if (!SOC_CODE_PATTERN.test(occupation.socCode)) problems.push(`${where}: socCode must look like 31-9092`);
    references(where, 'occupation', occupation);
    occupation.sections.forEach((section) =>
      references(`${where}.sections.${section.key}`, 'occupationSection', section),
    );
    occupation.certifications.forEach((certification, index) =>
      references(`${where}.certifications.${index}`, 'occupationCertification', certification),
    );
    occupation.educationPaths.forEach((path, index) =>
      references(`${where}.educationPaths.${index}`, 'educationPath', path),
    );
    occupation.workSettings.forEach((setting, index) =>
      references(`${where}.workSettings.${index}`, 'workSetting', setting),
    );
    // Optional: files written before SOC code periods were part of the format have none.
    const periods: unknown = (occupation as Partial<typeof occupation>).socCodePeriods;
    if (periods !== undefined && !Array.isArray(periods)) {
      problems.push(`${where}: "socCodePeriods" must be an array`);
    }
    (Array.isArray(periods) ? occupation.socCodePeriods : []).forEach((period, index) => {
      if (typeof period?.socCode !== 'string' || !SOC_CODE_PATTERN.test(period.socCode)) {
        problems.push(`${where}.socCodePeriods.${index}: socCode must look like 29-2071`);
      }
    });
  });
  content.wageStatistics.forEach((wage, index) =>
    references(`wageStatistics.${index}`, 'wageStatistic', wage),
  );
  content.employmentProjections.forEach((projection, index) =>
    references(`employmentProjections.${index}`, 'employmentProjection', projection),
  );
  content.schools.forEach((school) => {
    references(`schools.${school.slug}`, 'school', school);
    school.programs.forEach((program, index) =>
      references(`schools.${school.slug}.programs.${index}`, 'program', program),
    );
  });
  content.comparisons.forEach((comparison) => {
    references(`comparisons.${comparison.slug}`, 'comparison', comparison);
    comparison.rows.forEach((row) =>
      references(`comparisons.${comparison.slug}.rows.${row.key}`, 'comparisonRow', row),
    );
    keys(
      `comparisons.${comparison.slug}.rows`,
      comparison.rows.map((row) => row.key),
    );
  });
  return problems;
}
