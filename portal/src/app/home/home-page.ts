import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { PublicHomeView } from '@careerscope/shared';

import { PublicationLine } from '../citations/publication-line';
import { SourceList } from '../citations/source-list';
import type { PageResult } from '../core/page/page-result';
import { PageMeta, SITE_NAME } from '../core/seo/page-meta';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import { buildHomeModel } from './home-model';

/**
 * `/`: a search, a few headline figures and the ways in (fastest growing, best paid without a
 * bachelor's degree, shortest training, featured comparisons), all from the catalogue's figures.
 */
@Component({
  selector: 'cs-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PublicationLine, SourceList, UnavailableNotice],
  template: `
    @if (home(); as home) {
      <section class="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">Compare healthcare careers</h1>
        <p class="lede">
          Pay, job growth, training and certification, side by side, with every figure cited to its source.
        </p>
        <form
          class="search search--hero"
          method="get"
          action="/careers"
          role="search"
          aria-label="Careers"
          (submit)="search($event)"
        >
          <label for="career-search">Search careers by job title</label>
          <div class="search__row">
            <input
              id="career-search"
              name="q"
              type="search"
              maxlength="100"
              placeholder="nurse, CNA, phlebotomist…"
            />
            <button type="submit">Search</button>
          </div>
        </form>
        <!--
          Below the search the page is static: it stays as the server rendered it (never hydrated),
          keyed on the page's data so new data renders it afresh.
        -->
        @for (shown of [home]; track shown) {
          <div>
            @defer (on immediate; hydrate never) {
              @if (model(); as model) {
                <ul class="headline-figures">
                  @for (figure of model.figures; track figure.label) {
                    <li>
                      <span class="headline-figures__value">{{ figure.value }}</span>
                      <span class="headline-figures__label">
                        {{ figure.label }}
                        @if (figure.note) {
                          <sup class="footnote-ref"
                            ><a [href]="'/#source-' + figure.note">[{{ figure.note }}]</a></sup
                          >
                        }
                      </span>
                    </li>
                  }
                </ul>
              }
              <cs-publication-line [publication]="home.publication" />
            }
          </div>
        }
      </section>

      @for (shown of [home]; track shown) {
        <div>
          @defer (on immediate; hydrate never) {
            @if (home.comparisons.length) {
              <section aria-labelledby="comparisons-heading">
                <h2 id="comparisons-heading">Featured comparisons</h2>
                <ul class="card-grid">
                  @for (comparison of home.comparisons; track comparison.slug) {
                    <li class="card card--link">
                      <a [routerLink]="['/compare', comparison.slug]">{{ comparison.title }}</a>
                    </li>
                  }
                </ul>
              </section>
            }

            @if (model(); as model) {
              <div class="entry-points">
                @for (entry of model.entryPoints; track entry.id) {
                  <section class="card entry-point" [attr.aria-labelledby]="entry.id">
                    <h2 [id]="entry.id">{{ entry.heading }}</h2>
                    <p class="entry-point__by">
                      {{ entry.rankedBy }}
                      @if (entry.note) {
                        <sup class="footnote-ref"
                          ><a [href]="'/#source-' + entry.note">[{{ entry.note }}]</a></sup
                        >
                      }
                    </p>
                    <ol class="entry-point__list">
                      @for (career of entry.careers; track career.slug) {
                        <li>
                          <a [routerLink]="['/careers', career.slug]">{{ career.title }}</a>
                          <span class="entry-point__figure">{{ career.figure }}</span>
                          @if (career.detail) {
                            <span class="entry-point__detail">{{ career.detail }}</span>
                          }
                        </li>
                      }
                    </ol>
                    <p class="entry-point__more">
                      <a routerLink="/careers" [queryParams]="entry.moreLink.queryParams">{{
                        entry.moreLink.label
                      }}</a>
                    </p>
                  </section>
                }
              </div>
            }

            <section aria-labelledby="schools-heading">
              <h2 id="schools-heading">Schools</h2>
              <p>
                <a routerLink="/schools">Find a school</a> by career, state, online or campus delivery,
                credential and accreditation.
              </p>
            </section>

            @if (model(); as model) {
              @if (model.sources.length) {
                <cs-source-list [sources]="model.sources" />
              }
            }
          }
        </div>
      }
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
  protected readonly model = computed(() => {
    const highlights = this.home()?.highlights;
    return highlights ? buildHomeModel(highlights) : null;
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
