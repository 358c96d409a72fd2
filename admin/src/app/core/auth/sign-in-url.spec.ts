import { safeReturnUrl } from './sign-in-url';

describe('safeReturnUrl', () => {
  it.each(['/', '/occupations', '/occupations/42?tab=wages#p25', '/schools?q=a%2Fb'])(
    'keeps the app path %s',
    (url) => {
      expect(safeReturnUrl(url)).toBe(url);
    },
  );

  it.each([
    undefined,
    null,
    '',
    'occupations',
    'https://evil.example/',
    'HTTPS://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\tevil',
    'javascript:alert(1)',
    '/sign-in',
    '/sign-in?returnUrl=%2Fx',
  ])('falls back to the dashboard for %p', (url) => {
    expect(safeReturnUrl(url)).toBe('/');
  });
});
