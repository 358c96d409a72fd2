import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  DELIVERY_MODE_LABELS,
  type DeliveryMode,
  ONET_ATTRIBUTION,
  type PublicOccupationResponse,
} from '@careerscope/shared';

import { ChartFigure } from '../charts/chart-figure';
import { PublicationLine } from '../citations/publication-line';
import { SourceList } from '../citations/source-list';
import { SuggestedCitation } from '../citations/suggested-citation';
import type { PageResult } from '../core/page/page-result';
import { sameContent } from '../core/page/same-content';
import { occupationJsonLd, programsJsonLd } from '../core/seo/json-ld';
import { PageMeta, toMetaDescription } from '../core/seo/page-meta';
import { NotFoundPage } from '../not-found/not-found-page';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import { StatePicker } from '../wages/state-picker';
import { buildOccupationModel } from './occupation-model';
import { ProvenanceNote } from './provenance';

/**
 * `/careers/:slug[?state=XX]`: one occupation's profile, in the Occupational Outlook Handbook's order.
 * Where no editor wrote a part, the page shows the public data's (O*NET, BLS) and says which is which.
 */
@Component({
  selector: 'cs-occupation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    SourceList,
    SuggestedCitation,
    PublicationLine,
    ChartFigure,
    StatePicker,
    NotFoundPage,
    UnavailableNotice,
    ProvenanceNote,
  ],
  templateUrl: './occupation-page.html',
})
export class OccupationPage {
  readonly page = input.required<PageResult<PublicOccupationResponse>>();
  /** `?state=WI` (query parameters bind to inputs). */
  readonly state = input<string | undefined>();

  private readonly pageMeta = inject(PageMeta);

  protected readonly occupation = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly selectedState = computed(() => {
    const state = this.state()?.toUpperCase() ?? '';
    return /^[A-Z]{2}$/.test(state) ? state : null;
  });
  protected readonly model = computed(() => {
    const occupation = this.occupation();
    return occupation ? buildOccupationModel(occupation, this.selectedState()) : null;
  });
  protected readonly pagePath = computed(() => `/careers/${this.occupation()?.slug ?? ''}`);
  /**
   * The charts, each a new value only when what it shows changes. The page leaves them as the
   * server rendered them (not hydrated) until they scroll into view; a block that is not hydrated
   * does not update, so the template keys each on its figure and renders it afresh on a change.
   */
  protected readonly charts = {
    workSettings: computed(() => this.model()?.workSettings ?? null, { equal: sameContent }),
    wages: computed(() => this.model()?.wages ?? null, { equal: sameContent }),
    wageHistory: computed(() => this.model()?.wageHistory ?? null, { equal: sameContent }),
    growth: computed(() => this.model()?.outlook ?? null, { equal: sameContent }),
  };
  protected readonly summaryText = computed(() => {
    const summary = this.model()?.summary;
    return summary?.provenance === 'onet' ? summary.text : '';
  });
  protected readonly summaryNote = computed(() => {
    const summary = this.model()?.summary;
    return summary?.provenance === 'onet' ? summary.note : null;
  });
  protected readonly onetAttribution = ONET_ATTRIBUTION;
  protected readonly deliveryLabel = (mode: DeliveryMode) => DELIVERY_MODE_LABELS[mode];

  constructor() {
    effect(() => {
      const occupation = this.occupation();
      if (occupation) {
        const url = this.pageMeta.absoluteUrl(this.pagePath());
        const socCodes = { [occupation.slug]: occupation.socCode };
        this.pageMeta.set({
          title: occupation.title,
          description: toMetaDescription(occupation.summaryHtml),
          canonicalPath: this.pagePath(),
          jsonLd: [
            occupationJsonLd(occupation, url),
            ...occupation.schools.flatMap((school) =>
              programsJsonLd(school, this.pageMeta.absoluteUrl(`/schools/${school.slug}`), socCodes),
            ),
          ],
        });
      }
    });
  }
}
