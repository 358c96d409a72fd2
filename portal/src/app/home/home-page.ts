import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PublicHomeView } from '@careerscope/shared';

import { formatDate } from '../core/format/dates';
import type { PageResult } from '../core/page/page-result';
import { PageMeta, SITE_NAME } from '../core/seo/page-meta';
import { UnavailableNotice } from '../not-found/unavailable-notice';

/** `/`: what the current publication holds, comparisons first. */
@Component({
  selector: 'cs-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, UnavailableNotice],
  template: `
    @if (home(); as home) {
      <h1>Compare healthcare careers</h1>
      <p class="lede">
        Side-by-side comparisons of healthcare careers: pay, growth, education and certification, with every
        figure cited to its source.
      </p>

      <section aria-labelledby="comparisons-heading">
        <h2 id="comparisons-heading">Comparisons</h2>
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
        @if (home.occupations.length) {
          <ul class="card-list">
            @for (occupation of home.occupations; track occupation.slug) {
              <li>
                <a [routerLink]="['/careers', occupation.slug]">{{ occupation.title }}</a>
                <span class="soc">SOC {{ occupation.socCode }}</span>
              </li>
            }
          </ul>
        } @else {
          <p>No careers are published yet.</p>
        }
      </section>

      <p class="publication">
        Published {{ formatDate(home.publication.publishedAt) }}, publication {{ home.publication.number }}
      </p>
    } @else {
      <cs-unavailable-notice />
    }
  `,
})
export class HomePage {
  readonly page = input.required<PageResult<PublicHomeView>>();

  protected readonly home = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly formatDate = formatDate;

  constructor() {
    inject(PageMeta).set({
      title: SITE_NAME,
      description:
        'Compare healthcare careers side by side: pay, job growth, education, certification and licensing, with every figure cited.',
      canonicalPath: '/',
    });
  }
}
