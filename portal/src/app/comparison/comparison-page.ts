import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import type { ComparisonView } from '@careerscope/shared';

import { SourceList } from '../citations/source-list';
import { formatDate } from '../core/format/dates';
import type { PageResult } from '../core/page/page-result';
import { PageMeta, toMetaDescription } from '../core/seo/page-meta';
import { NotFoundPage } from '../not-found/not-found-page';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import { buildComparisonModel } from './comparison-model';
import { ComparisonTable } from './comparison-table';

/** `/compare/:slug`: an editorial comparison, its table and its sources. */
@Component({
  selector: 'cs-comparison-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComparisonTable, SourceList, NotFoundPage, UnavailableNotice],
  templateUrl: './comparison-page.html',
})
export class ComparisonPage {
  /** From the route's resolver (`withComponentInputBinding`). */
  readonly page = input.required<PageResult<ComparisonView>>();

  private readonly pageMeta = inject(PageMeta);

  protected readonly comparison = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly model = computed(() => {
    const comparison = this.comparison();
    return comparison ? buildComparisonModel(comparison) : null;
  });
  protected readonly pagePath = computed(() => `/compare/${this.comparison()?.slug ?? ''}`);
  protected readonly caption = computed(() => {
    const titles = this.model()?.columns.map((column) => column.title) ?? [];
    return `${titles.join(' and ')} compared side by side`;
  });
  protected readonly formatDate = formatDate;

  constructor() {
    effect(() => {
      const comparison = this.comparison();
      if (comparison) {
        this.pageMeta.set({
          title: comparison.title,
          description: toMetaDescription(comparison.introHtml),
          canonicalPath: this.pagePath(),
        });
      }
    });
  }
}
