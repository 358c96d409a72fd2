import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The global stylesheet the build emitted (`styles-<hash>.css`), or null when there is none. */
export function findGlobalStylesheet(browserDir: string): { href: string; css: string } | null {
  const file = readdirSync(browserDir).find((name) => /^styles-[A-Z0-9]+\.css$/.test(name));
  return file ? { href: file, css: readFileSync(join(browserDir, file), 'utf8') } : null;
}

/**
 * Replaces the page's `<link rel="stylesheet">` to the global stylesheet with the stylesheet itself.
 * It is a few kilobytes: inlined, the first paint waits for no second request (a round trip on a
 * phone). Pages are cached per publication, so this runs once per page. Anything else is left as is.
 */
export function inlineStylesheet(html: string, stylesheet: { href: string; css: string }): string {
  const link = `<link rel="stylesheet" href="${stylesheet.href}">`;
  const at = html.indexOf(link);
  if (at === -1) return html;
  // `</style` inside the CSS would end the element early; minified CSS has none, but never trust it.
  const css = stylesheet.css.replace(/<\/style/gi, '<\\/style');
  return `${html.slice(0, at)}<style>${css}</style>${html.slice(at + link.length)}`;
}

/**
 * Removes the `<link rel="modulepreload">` hints the engine adds for the scripts and the route's
 * lazy chunks. The page is complete and usable without its scripts (server-rendered, plain links
 * and GET forms): on a slow connection the hints make a dozen script downloads compete with the
 * page itself before its first paint. Without them the scripts load after the page, from the
 * `<script type="module">` at the end of the body and its imports.
 */
export function withoutModulePreloads(html: string): string {
  return html.replace(/<link rel="modulepreload" href="[^"]*">/g, '');
}
