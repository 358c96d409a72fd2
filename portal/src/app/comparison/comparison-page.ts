import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';

import { PublicationLine } from '../citations/publication-line';
import { SuggestedCitation } from '../citations/suggested-citation';
import type { PageResult } from '../core/page/page-result';
import { articleJsonLd, occupationJsonLd } from '../core/seo/json-ld';
import { PageMeta, toMetaDescription } from '../core/seo/page-meta';
import { NotFoundPage } from '../not-found/not-found-page';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import { ComparisonBody } from './comparison-body';
import { type ComparisonPageData, parseState } from './comparison-data';
import { buildComparisonModel } from './comparison-model';

/** `/compare/:slug`: an editorial comparison, its table, charts, sources and author. */
@Component({
  selector: 'cs-comparison-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComparisonBody, PublicationLine, SuggestedCitation, NotFoundPage, UnavailableNotice],
  templateUrl: './comparison-page.html',
})
export class ComparisonPage {
  /** From the route's resolver (`withComponentInputBinding`). */
  readonly page = input.required<PageResult<ComparisonPageData>>();
  /** `?state=WI`. */
  readonly state = input<string | undefined>();

  private readonly pageMeta = inject(PageMeta);

  private readonly data = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly comparison = computed(() => this.data()?.comparison ?? null);
  protected readonly selectedState = computed(() => parseState(this.state()));
  protected readonly model = computed(() => {
    const data = this.data();
    return data ? buildComparisonModel(data.comparison, data.occupations, this.selectedState()) : null;
  });
  protected readonly pagePath = computed(() => `/compare/${this.comparison()?.slug ?? ''}`);
  protected readonly essayHeading = computed(() => 'About this comparison');
  protected readonly caption = computed(() => {
    const titles = this.model()?.columns.map((column) => column.title) ?? [];
    return `${titles.join(' and ')} compared side by side`;
  });

  constructor() {
    effect(() => {
      const data = this.data();
      if (data) {
        const { comparison, occupations } = data;
        const description = toMetaDescription(comparison.introHtml);
        this.pageMeta.set({
          title: comparison.title,
          description,
          canonicalPath: this.pagePath(),
          type: 'article',
          jsonLd: [
            articleJsonLd({
              title: comparison.title,
              description,
              url: this.pageMeta.absoluteUrl(this.pagePath()),
              authorName: comparison.author?.name ?? null,
              publication: comparison.publication,
            }),
            ...occupations.map((occupation) =>
              occupationJsonLd(occupation, this.pageMeta.absoluteUrl(`/careers/${occupation.slug}`)),
            ),
          ],
        });
      }
    });
  }
}
