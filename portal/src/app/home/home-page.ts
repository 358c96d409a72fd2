import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  MAX_COMPARED_OCCUPATIONS,
  MIN_COMPARED_OCCUPATIONS,
  type OccupationSummaryView,
  type PublicHomeView,
} from '@careerscope/shared';

import { PublicationLine } from '../citations/publication-line';
import type { PageResult } from '../core/page/page-result';
import { PageMeta, SITE_NAME, htmlToText } from '../core/seo/page-meta';
import { UnavailableNotice } from '../not-found/unavailable-notice';

/** `/[?q=…]`: featured comparisons, occupation search and a comparison builder. */
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
          action="/"
          role="search"
          aria-label="Careers"
          (submit)="search($event)"
        >
          <label for="career-search">Search careers</label>
          <input id="career-search" name="q" type="search" maxlength="100" [value]="query()" />
          <button type="submit">Search</button>
        </form>
        @if (query()) {
          <p role="status">
            {{ matches().length }} {{ matches().length === 1 ? 'career matches' : 'careers match' }} “{{
              query()
            }}”.
            <a routerLink="/">Show all careers</a>
          </p>
        }
        @if (matches().length) {
          <form method="get" action="/compare" (submit)="compare($event)" aria-labelledby="careers-heading">
            <ul class="card-list">
              @for (occupation of matches(); track occupation.slug) {
                <li class="career-card">
                  <a [routerLink]="['/careers', occupation.slug]">{{ occupation.title }}</a>
                  <span class="soc">SOC {{ occupation.socCode }}</span>
                  <p>{{ summary(occupation) }}</p>
                  <div class="compare-toggle">
                    <input
                      type="checkbox"
                      name="o"
                      [id]="'pick-' + occupation.slug"
                      [value]="occupation.slug"
                    />
                    <label [for]="'pick-' + occupation.slug">Compare {{ occupation.title }}</label>
                  </div>
                </li>
              }
            </ul>
            <div class="compare-bar">
              <button type="submit">Compare selected careers</button>
              <span>Choose {{ min }} to {{ max }}.</span>
            </div>
          </form>
        } @else if (home.occupations.length === 0) {
          <p>No careers are published yet.</p>
        }
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
  /** `?q=coder` (query parameters bind to inputs). */
  readonly q = input<string | undefined>();

  private readonly router = inject(Router);
  protected readonly min = MIN_COMPARED_OCCUPATIONS;
  protected readonly max = MAX_COMPARED_OCCUPATIONS;

  protected readonly home = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly query = computed(() => (this.q() ?? '').trim().slice(0, 100));
  protected readonly matches = computed(() => {
    const words = this.query().toLowerCase().split(/\s+/).filter(Boolean);
    return (this.home()?.occupations ?? []).filter((occupation) => {
      const text =
        `${occupation.title} ${occupation.shortTitle} ${occupation.socCode} ${htmlToText(occupation.summaryHtml)}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
  });

  constructor() {
    inject(PageMeta).set({
      title: SITE_NAME,
      description:
        'Compare healthcare careers side by side: pay, job growth, education, certification and licensing, with every figure cited.',
      canonicalPath: '/',
    });
  }

  protected summary(occupation: OccupationSummaryView): string {
    const text = htmlToText(occupation.summaryHtml);
    return text.length > 200 ? `${text.slice(0, text.lastIndexOf(' ', 199))}…` : text;
  }

  protected search(event: Event): void {
    event.preventDefault();
    const q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim();
    void this.router.navigate(['/'], { queryParams: { q: q || null } });
  }

  protected compare(event: Event): void {
    event.preventDefault();
    const slugs = new FormData(event.target as HTMLFormElement).getAll('o').map(String);
    void this.router.navigate(['/compare'], { queryParams: { o: slugs.length ? slugs.join(',') : null } });
  }
}
