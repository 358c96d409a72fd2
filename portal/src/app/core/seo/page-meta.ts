import { isPlatformServer } from '@angular/common';
import {
  DOCUMENT,
  Injectable,
  PLATFORM_ID,
  REQUEST_CONTEXT,
  TransferState,
  inject,
  makeStateKey,
} from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';

import { isPortalRenderContext } from '../api/portal-render-context';

export interface PageMetaInput {
  /** The page's own title; the site name is appended. */
  title: string;
  description: string;
  /** Path of the canonical URL, e.g. `/compare/cma-vs-medical-coder`; null for pages not to index. */
  canonicalPath: string | null;
  /** Open Graph type: `article` for dated editorial pages, `website` otherwise. */
  type?: 'website' | 'article';
  /** schema.org objects for the page's JSON-LD, or none. */
  jsonLd?: readonly object[];
}

export const SITE_NAME = 'Careerscope';

const ORIGIN_KEY = makeStateKey<string>('public-origin');
const JSON_LD_ID = 'page-json-ld';

/**
 * Sets `<title>`, the meta description, robots, the canonical link, Open Graph and Twitter tags and
 * the page's JSON-LD. Absolute URLs use the site's public origin (`PUBLIC_URL`, handed over by the
 * host during server rendering and carried to the browser in TransferState), so every host name
 * the site answers under names the same canonical URL.
 */
@Injectable({ providedIn: 'root' })
export class PageMeta {
  private readonly title = inject(Title);
  private readonly meta = inject(Meta);
  private readonly document = inject(DOCUMENT);
  private readonly origin: string;

  constructor() {
    const transferState = inject(TransferState);
    const context = inject(REQUEST_CONTEXT, { optional: true });
    const fromHost = isPortalRenderContext(context) ? context.publicOrigin : undefined;
    if (isPlatformServer(inject(PLATFORM_ID)) && fromHost) {
      transferState.set(ORIGIN_KEY, fromHost);
    }
    this.origin = fromHost ?? transferState.get(ORIGIN_KEY, '') ?? '';
  }

  /** An absolute URL on the site for a path. */
  absoluteUrl(path: string): string {
    return new URL(path, this.origin || this.document.location.href).href;
  }

  set(page: PageMetaInput): void {
    const fullTitle = page.title === SITE_NAME ? SITE_NAME : `${page.title} | ${SITE_NAME}`;
    this.title.setTitle(fullTitle);
    this.meta.updateTag({ name: 'description', content: page.description });
    if (page.canonicalPath === null) {
      this.meta.updateTag({ name: 'robots', content: 'noindex' });
    } else {
      this.meta.removeTag('name="robots"');
    }
    const url = page.canonicalPath === null ? null : this.absoluteUrl(page.canonicalPath);
    this.setCanonical(url);
    this.meta.updateTag({ property: 'og:site_name', content: SITE_NAME });
    this.meta.updateTag({ property: 'og:title', content: page.title });
    this.meta.updateTag({ property: 'og:description', content: page.description });
    this.meta.updateTag({ property: 'og:type', content: page.type ?? 'website' });
    this.meta.updateTag({ property: 'og:locale', content: 'en_US' });
    if (url) {
      this.meta.updateTag({ property: 'og:url', content: url });
    } else {
      this.meta.removeTag('property="og:url"');
    }
    this.meta.updateTag({ name: 'twitter:card', content: 'summary' });
    this.meta.updateTag({ name: 'twitter:title', content: page.title });
    this.meta.updateTag({ name: 'twitter:description', content: page.description });
    this.setJsonLd(page.jsonLd ?? []);
  }

  private setCanonical(url: string | null): void {
    const head = this.document.head;
    let link = head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (url === null) {
      link?.remove();
      return;
    }
    if (!link) {
      link = this.document.createElement('link');
      link.setAttribute('rel', 'canonical');
      head.appendChild(link);
    }
    link.setAttribute('href', url);
  }

  private setJsonLd(objects: readonly object[]): void {
    const head = this.document.head;
    let script = head.querySelector<HTMLScriptElement>(`script#${JSON_LD_ID}`);
    if (objects.length === 0) {
      script?.remove();
      return;
    }
    if (!script) {
      script = this.document.createElement('script');
      script.setAttribute('type', 'application/ld+json');
      script.id = JSON_LD_ID;
      head.appendChild(script);
    }
    const graph = objects.length === 1 ? objects[0] : { '@context': 'https://schema.org', '@graph': objects };
    script.textContent = toJsonLdText(graph);
  }
}

/** JSON for a `<script>` element: `<` escaped so no string in the data can close the element. */
export function toJsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Prose for a meta description: tags stripped, whitespace collapsed, cut at a word near 160 chars. */
export function toMetaDescription(html: string, maxLength = 160): string {
  const text = htmlToText(html);
  if (text.length <= maxLength) {
    return text;
  }
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** Sanitized HTML prose as plain text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
