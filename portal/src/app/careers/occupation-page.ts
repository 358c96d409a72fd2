import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import type { PublicOccupationResponse } from '@careerscope/shared';

import { FootnoteRef } from '../citations/footnote-ref';
import { SourceList } from '../citations/source-list';
import type { PageResult } from '../core/page/page-result';
import { PageMeta, toMetaDescription } from '../core/seo/page-meta';
import { NotFoundPage } from '../not-found/not-found-page';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import { buildOccupationModel } from './occupation-model';

/** `/careers/:slug`: one occupation's profile. */
@Component({
  selector: 'cs-occupation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FootnoteRef, SourceList, NotFoundPage, UnavailableNotice],
  templateUrl: './occupation-page.html',
})
export class OccupationPage {
  readonly page = input.required<PageResult<PublicOccupationResponse>>();

  private readonly pageMeta = inject(PageMeta);

  protected readonly occupation = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly model = computed(() => {
    const occupation = this.occupation();
    return occupation ? buildOccupationModel(occupation) : null;
  });
  protected readonly pagePath = computed(() => `/careers/${this.occupation()?.slug ?? ''}`);

  constructor() {
    effect(() => {
      const occupation = this.occupation();
      if (occupation) {
        this.pageMeta.set({
          title: occupation.title,
          description: toMetaDescription(occupation.summaryHtml),
          canonicalPath: this.pagePath(),
        });
      }
    });
  }
}
