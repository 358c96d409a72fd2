import { ChangeDetectionStrategy, Component, RESPONSE_INIT, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { PageMeta } from '../core/seo/page-meta';

/**
 * "Page not found": the wildcard route, and what a page shows for an unknown slug. During server
 * rendering it answers 404 (the resolver has already set it for unknown slugs).
 */
@Component({
  selector: 'cs-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <section class="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>We could not find that page. It may have moved, or the address may be mistyped.</p>
      <form class="search" method="get" action="/careers" role="search" aria-label="Careers">
        <label for="not-found-search">Search careers</label>
        <input id="not-found-search" name="q" type="search" maxlength="100" />
        <button type="submit">Search</button>
      </form>
      <ul>
        <li><a routerLink="/">Compare careers</a>: the comparisons we publish.</li>
        <li><a routerLink="/careers">Find a career</a> by title, education, pay and job growth.</li>
        <li><a routerLink="/compare">Build your own comparison</a> of 2 to 5 careers.</li>
        <li><a routerLink="/schools">Find a school</a> by state, delivery and accreditation.</li>
        <li><a routerLink="/sources">Sources</a> and <a routerLink="/about-data">about the data</a>.</li>
      </ul>
    </section>
  `,
})
export class NotFoundPage {
  constructor() {
    const response = inject(RESPONSE_INIT, { optional: true });
    if (response) {
      response.status = 404;
    }
    inject(PageMeta).set({
      title: 'Page not found',
      description: 'The page you asked for does not exist.',
      canonicalPath: null,
    });
  }
}
