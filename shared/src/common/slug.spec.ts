import { isSlug, slugify } from './slug.js';

describe('slugs', () => {
  it('turns titles into slugs', () => {
    expect(slugify('Certified Medical Assistant (CMA)')).toBe('certified-medical-assistant-cma');
    expect(slugify('  Hematology & Oncology ')).toBe('hematology-and-oncology');
    expect(slugify('Émily Griffith')).toBe('emily-griffith');
  });

  it('accepts only lower-case words joined by single hyphens', () => {
    expect(isSlug('cma-vs-medical-coder')).toBe(true);
    expect(isSlug('CMA')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
    expect(isSlug('-a')).toBe(false);
    expect(isSlug('a'.repeat(121))).toBe(false);
  });
});
