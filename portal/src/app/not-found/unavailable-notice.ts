import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { PageMeta } from '../core/seo/page-meta';

/** Shown when the API could not answer (the resolver answers 503 during server rendering). */
@Component({
  selector: 'cs-unavailable-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <section class="unavailable" aria-labelledby="unavailable-heading">
      <h1 id="unavailable-heading">This page is temporarily unavailable</h1>
      <p>We could not load it just now. Please try again in a moment.</p>
      <p><a routerLink="/">Go to the home page</a></p>
    </section>
  `,
})
export class UnavailableNotice {
  constructor() {
    inject(PageMeta).set({
      title: 'Temporarily unavailable',
      description: 'This page could not be loaded.',
      canonicalPath: null,
    });
  }
}
