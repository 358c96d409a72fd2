import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { PublicHomeView } from '@careerscope/shared';

import { PublicationLine } from '../citations/publication-line';
import type { PageResult } from '../core/page/page-result';
import { PageMeta, SITE_NAME } from '../core/seo/page-meta';
import { UnavailableNotice } from '../not-found/unavailable-notice';

/** `/`: featured comparisons, and a search that leads to the career finder. */
@Component({
  selector: 'cs-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PublicationLine, UnavailableNotice],
  template: `
    @if (home(); as home) {
      <h1>Compare healthcare careers</h1>
      <p class="lede">
        Side-by-side comparisons of healthcare careers: pay, growth, education and certification, with every
        figure cited to its source.
      </p>
      <cs-publication-line [publication]="home.publication" />

      <section aria-labelledby="comparisons-heading">
        <h2 id="comparisons-heading">Featured comparisons</h2>
        @if (home.comparisons.length) {
          <ul class="card-list">
            @for (comparison of home.comparisons; track comparison.slug) {
              <li>
                <a [routerLink]="['/compare', comparison.slug]">{{ comparison.title }}</a>
              </li>
            }
          </ul>
        } @else {
          <p>No comparisons are published yet.</p>
        }
      </section>

      <section aria-labelledby="careers-heading">
        <h2 id="careers-heading">Careers</h2>
        <form
          class="search"
          method="get"
          action="/careers"
          role="search"
          aria-label="Careers"
          (submit)="search($event)"
        >
          <label for="career-search">Search careers</label>
          <input id="career-search" name="q" type="search" maxlength="100" />
          <button type="submit">Search</button>
        </form>
        <p>
          Search by job title or the other names a job goes by, or
          <a routerLink="/careers">browse every career</a> by education, pay and job growth and pick 2 to 5 to
          compare.
        </p>
      </section>

      <section aria-labelledby="schools-heading">
        <h2 id="schools-heading">Schools</h2>
        <p>
          <a routerLink="/schools">Find a school</a> by career, state, online or campus delivery, credential
          and accreditation.
        </p>
      </section>
    } @else {
      <cs-unavailable-notice />
    }
  `,
})
export class HomePage {
  readonly page = input.required<PageResult<PublicHomeView>>();

  private readonly router = inject(Router);

  protected readonly home = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });

  constructor() {
    inject(PageMeta).set({
      title: SITE_NAME,
      description:
        'Compare healthcare careers side by side: pay, job growth, education, certification and licensing, with every figure cited.',
      canonicalPath: '/',
    });
  }

  protected search(event: Event): void {
    event.preventDefault();
    const q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim();
    void this.router.navigate(['/careers'], { queryParams: { q: q || null } });
  }
}
