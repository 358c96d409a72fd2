/** Lower-case words of letters and digits joined by single hyphens: `cma-vs-medical-coder`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 120;

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/** Turns a title into a slug: "Certified Medical Assistant (CMA)" → "certified-medical-assistant-cma". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
}

/** Standard Occupational Classification code, e.g. 31-9092. */
export const SOC_CODE_PATTERN = /^\d{2}-\d{4}$/;

/** Two-letter U.S. state or territory postal code. */
export const STATE_CODE_PATTERN = /^[A-Z]{2}$/;
