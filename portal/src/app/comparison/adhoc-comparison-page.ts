import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MAX_COMPARED_OCCUPATIONS } from '@careerscope/shared';

import { PublicationLine } from '../citations/publication-line';
import { SuggestedCitation } from '../citations/suggested-citation';
import type { PageResult } from '../core/page/page-result';
import { occupationJsonLd } from '../core/seo/json-ld';
import { PageMeta } from '../core/seo/page-meta';
import { NotFoundPage } from '../not-found/not-found-page';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import type { AdhocComparisonData } from './adhoc-comparison-data';
import { CompareBuilder } from './compare-builder';
import { selectionPath } from './compare-selection';
import { ComparisonBody } from './comparison-body';
import { parseState } from './comparison-data';
import { buildComparisonModel } from './comparison-model';

/** `/compare?o=a,b[,…]`: any 2–5 published occupations side by side, with the editorial rows. */
@Component({
  selector: 'cs-adhoc-comparison-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CompareBuilder,
    ComparisonBody,
    PublicationLine,
    SuggestedCitation,
    NotFoundPage,
    UnavailableNotice,
  ],
  template: `
    @if (data(); as data) {
      <article class="comparison-page">
        <header class="page-header">
          <h1>{{ title() }}</h1>
          <cs-publication-line [publication]="data.publication" />
        </header>
        @if (data.problem !== 'too-many') {
          <cs-compare-builder [selected]="data.selected" [search]="data.search" />
        }
        @if (data.problem === 'too-many') {
          <p class="notice" role="alert">
            A comparison holds at most {{ max }} occupations; this link names {{ data.slugs.length }}. Remove
            {{ data.slugs.length - max }} to see the table.
          </p>
        }
        @if (model(); as model) {
          <cs-comparison-body
            [model]="model"
            [caption]="caption()"
            [pagePath]="pagePath()"
            [fileName]="'compare-' + data.slugs.join('-')"
            [state]="selectedState()"
          />
          <cs-suggested-citation [title]="title()" [path]="pagePath()" [publication]="data.publication" />
        }
      </article>
    } @else if (page().kind === 'not-found') {
      <cs-not-found-page />
    } @else {
      <cs-unavailable-notice />
    }
  `,
})
export class AdhocComparisonPage {
  readonly page = input.required<PageResult<AdhocComparisonData>>();
  readonly state = input<string | undefined>();

  private readonly pageMeta = inject(PageMeta);
  protected readonly max = MAX_COMPARED_OCCUPATIONS;

  protected readonly data = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly selectedState = computed(() => parseState(this.state()));
  protected readonly model = computed(() => {
    const comparison = this.data()?.comparison;
    return comparison
      ? buildComparisonModel(comparison.comparison, comparison.occupations, this.selectedState())
      : null;
  });
  protected readonly pagePath = computed(() => selectionPath(this.data()?.slugs ?? []));
  protected readonly title = computed(() => {
    const comparison = this.data()?.comparison?.comparison;
    return comparison ? comparison.title : 'Compare careers';
  });
  protected readonly caption = computed(
    () => `${(this.model()?.columns ?? []).map((column) => column.title).join(', ')} compared side by side`,
  );

  constructor() {
    effect(() => {
      const data = this.data();
      if (!data) return;
      const occupations = data.comparison?.occupations ?? [];
      this.pageMeta.set({
        title: this.title(),
        description: data.comparison
          ? `${this.title()}: pay, job growth, education, certification and work settings side by side, every figure cited.`
          : 'Choose 2 to 5 healthcare careers to compare side by side.',
        // Only a complete comparison is a page worth indexing; its canonical form is `?o=a,b`.
        canonicalPath: data.comparison ? this.pagePath() : null,
        jsonLd: occupations.map((occupation) =>
          occupationJsonLd(occupation, this.pageMeta.absoluteUrl(`/careers/${occupation.slug}`)),
        ),
      });
    });
  }
}
