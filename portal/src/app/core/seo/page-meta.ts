import { DOCUMENT, Injectable, inject } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';

export interface PageMetaInput {
  /** The page's own title; the site name is appended. */
  title: string;
  description: string;
  /** Path of the canonical URL, e.g. `/compare/cma-vs-medical-coder`; null for pages not to index. */
  canonicalPath: string | null;
}

export const SITE_NAME = 'Careerscope';

/** Sets `<title>`, the meta description, robots and the canonical link for the current page. */
@Injectable({ providedIn: 'root' })
export class PageMeta {
  private readonly title = inject(Title);
  private readonly meta = inject(Meta);
  private readonly document = inject(DOCUMENT);

  set(page: PageMetaInput): void {
    this.title.setTitle(page.title === SITE_NAME ? SITE_NAME : `${page.title} | ${SITE_NAME}`);
    this.meta.updateTag({ name: 'description', content: page.description });
    if (page.canonicalPath === null) {
      this.meta.updateTag({ name: 'robots', content: 'noindex' });
    } else {
      this.meta.removeTag('name="robots"');
    }
    this.setCanonical(page.canonicalPath);
  }

  private setCanonical(path: string | null): void {
    const head = this.document.head;
    let link = head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (path === null) {
      link?.remove();
      return;
    }
    if (!link) {
      link = this.document.createElement('link');
      link.setAttribute('rel', 'canonical');
      head.appendChild(link);
    }
    // The page's own origin: the request's host on the server (checked against allowedHosts).
    link.setAttribute('href', new URL(path, this.document.location.href).href);
  }
}

/** Prose for a meta description: tags stripped, whitespace collapsed, cut at a word near 160 chars. */
export function toMetaDescription(html: string, maxLength = 160): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) {
    return text;
  }
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
