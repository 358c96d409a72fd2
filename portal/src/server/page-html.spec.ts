import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { findGlobalStylesheet, inlineStylesheet, withoutModulePreloads } from './page-html';

const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body><p>x</p></body></html>`;

describe('inlineStylesheet', () => {
  const stylesheet = { href: 'styles-ABC123.css', css: 'body{color:#111}' };

  it('puts the stylesheet in place of its link', () => {
    const html = inlineStylesheet(
      page('<link rel="stylesheet" href="styles-ABC123.css"><title>t</title>'),
      stylesheet,
    );
    expect(html).toBe(page('<style>body{color:#111}</style><title>t</title>'));
  });

  it('leaves a page without that link untouched', () => {
    const html = page('<link rel="stylesheet" href="styles-OTHER.css">');
    expect(inlineStylesheet(html, stylesheet)).toBe(html);
  });

  it('cannot end the style element early', () => {
    const html = inlineStylesheet(page('<link rel="stylesheet" href="styles-ABC123.css">'), {
      ...stylesheet,
      css: 'a::after{content:"</style><script>alert(1)</script>"}',
    });
    expect(html).not.toContain('</style><script>');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});

describe('findGlobalStylesheet', () => {
  it('finds the hashed global stylesheet among the build output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-browser-'));
    writeFileSync(join(dir, 'chunk-XYZ.js'), '');
    writeFileSync(join(dir, 'styles-Q1W2E3R4.css'), 'main{margin:0}');
    expect(findGlobalStylesheet(dir)).toEqual({ href: 'styles-Q1W2E3R4.css', css: 'main{margin:0}' });
  });

  it('answers null when the build has none', () => {
    expect(findGlobalStylesheet(mkdtempSync(join(tmpdir(), 'portal-browser-')))).toBeNull();
  });
});

describe('withoutModulePreloads', () => {
  it('drops every modulepreload hint and keeps the scripts and other links', () => {
    const html = page(
      '<link rel="modulepreload" href="chunk-AB12.js"><link rel="canonical" href="https://x.test/a">' +
        '<link rel="modulepreload" href="chunk-CD34.js"><script src="main-EF56.js" type="module"></script>',
    );
    expect(withoutModulePreloads(html)).toBe(
      page(
        '<link rel="canonical" href="https://x.test/a"><script src="main-EF56.js" type="module"></script>',
      ),
    );
  });
});
