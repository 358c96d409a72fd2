import {
  CONTENT_BUNDLE_FORMAT,
  CONTENT_BUNDLE_FORMAT_VERSION,
  ContentBundle,
  isSlug,
  SOC_CODE_PATTERN,
} from '@careerscope/shared';

/**
 * Checks what the database cannot: the document's format, and that every natural key it refers to
 * exists in the same document. Types and ranges of individual values are then held by the schema's
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
  const sources = keys(
    'sources',
    content.sources.map((source) => source.key),
  );
  const authors = keys(
    'authors',
    content.authors.map((author) => author.slug),
  );
  const occupations = keys(
    'occupations',
    content.occupations.map((occupation) => occupation.slug),
  );
  const accreditors = keys(
    'accreditationBodies',
    content.accreditationBodies.map((body) => body.slug),
  );
  const certifiers = keys(
    'certifyingBodies',
    content.certifyingBodies.map((body) => body.slug),
  );
  const credentials = keys(
    'credentials',
    content.credentials.map((credential) => credential.slug),
  );
  keys(
    'schools',
    content.schools.map((school) => school.slug),
  );
  keys(
    'comparisons',
    content.comparisons.map((comparison) => comparison.slug),
  );

  const expect = (where: string, known: Set<string>, value: string | null | undefined, what: string) => {
    if (value !== null && value !== undefined && !known.has(value)) {
      problems.push(`${where}: unknown ${what} "${value}"`);
    }
  };
  const slugs = [
    ...content.authors.map((item) => ['authors', item.slug]),
    ...content.occupations.map((item) => ['occupations', item.slug]),
    ...content.schools.map((item) => ['schools', item.slug]),
    ...content.comparisons.map((item) => ['comparisons', item.slug]),
  ];
  for (const [list, slug] of slugs) {
    if (typeof slug !== 'string' || !isSlug(slug)) problems.push(`${list}: "${slug}" is not a valid slug`);
  }

  content.accreditationBodies.forEach((body) => {
    body.occupations.forEach((slug) =>
      expect(`accreditationBodies.${body.slug}`, occupations, slug, 'occupation'),
    );
    expect(`accreditationBodies.${body.slug}`, sources, body.source, 'source');
    body.sources.forEach((key) => expect(`accreditationBodies.${body.slug}`, sources, key, 'source'));
  });
  content.certifyingBodies.forEach((body) =>
    expect(`certifyingBodies.${body.slug}`, sources, body.source, 'source'),
  );
  content.credentials.forEach((credential) => {
    expect(`credentials.${credential.slug}`, certifiers, credential.certifyingBody, 'certifying body');
    expect(`credentials.${credential.slug}`, sources, credential.source, 'source');
  });
  content.occupations.forEach((occupation) => {
    const where = `occupations.${occupation.slug}`;
    if (!SOC_CODE_PATTERN.test(occupation.socCode)) problems.push(`${where}: socCode must look like 31-9092`);
    expect(where, sources, occupation.skillsSource, 'source');
    expect(where, sources, occupation.specializationsSource, 'source');
    occupation.sections.forEach((section) =>
      section.sources.forEach((key) => expect(`${where}.sections.${section.key}`, sources, key, 'source')),
    );
    occupation.certifications.forEach((certification, index) => {
      expect(`${where}.certifications.${index}`, certifiers, certification.certifyingBody, 'certifying body');
      expect(`${where}.certifications.${index}`, credentials, certification.credential, 'credential');
      expect(`${where}.certifications.${index}`, sources, certification.source, 'source');
    });
    occupation.educationPaths.forEach((path, index) =>
      expect(`${where}.educationPaths.${index}`, sources, path.source, 'source'),
    );
    occupation.workSettings.forEach((setting, index) =>
      expect(`${where}.workSettings.${index}`, sources, setting.source, 'source'),
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
    expect(`wageStatistics.${index}`, sources, wage.source, 'source'),
  );
  content.employmentProjections.forEach((projection, index) =>
    expect(`employmentProjections.${index}`, sources, projection.source, 'source'),
  );
  content.schools.forEach((school) => {
    expect(`schools.${school.slug}`, sources, school.source, 'source');
    expect(`schools.${school.slug}`, sources, school.pricesSource ?? null, 'source');
    school.programs.forEach((program, index) => {
      expect(`schools.${school.slug}.programs.${index}`, occupations, program.occupation, 'occupation');
      expect(
        `schools.${school.slug}.programs.${index}`,
        sources,
        program.completionsSource ?? null,
        'source',
      );
      expect(
        `schools.${school.slug}.programs.${index}`,
        accreditors,
        program.accreditationBody,
        'accreditation body',
      );
    });
  });
  content.comparisons.forEach((comparison) => {
    expect(`comparisons.${comparison.slug}`, authors, comparison.author, 'author');
    comparison.occupations.forEach((slug) =>
      expect(`comparisons.${comparison.slug}`, occupations, slug, 'occupation'),
    );
    keys(
      `comparisons.${comparison.slug}.rows`,
      comparison.rows.map((row) => row.key),
    );
  });
  return problems;
}
