import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  compareText,
  ONET_ATTRIBUTION,
  type PublicSourcesResponse,
  type SourceView,
  sourceCitationName,
} from '@careerscope/shared';

import { sourceDetails } from '../citations/footnotes';
import { isOnetSource } from '../citations/onet';
import { PublicationLine } from '../citations/publication-line';
import type { PageResult } from '../core/page/page-result';
import { PageMeta } from '../core/seo/page-meta';
import { UnavailableNotice } from '../not-found/unavailable-notice';

/** `/sources`: the bibliography behind the published pages, by publisher. */
@Component({
  selector: 'cs-sources-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PublicationLine, UnavailableNotice],
  template: `
    @if (sources(); as data) {
      <h1>Sources</h1>
      <p class="lede">
        Every figure and statement on Careerscope cites one of these sources. Each page numbers the sources it
        uses as footnotes; this is the full list.
      </p>
      <cs-publication-line [publication]="data.publication" />
      <ul class="bibliography">
        @for (source of sorted(); track source.id) {
          <li [id]="source.key">
            {{ source.publisher }}.
            @if (source.url) {
              <a [href]="source.url" rel="noopener">{{ source.title }}</a>.
            } @else {
              <cite>{{ source.title }}</cite>.
            }
            {{ sourceDetails(source) }}
            <span class="citation-key">Cited as “{{ citationName(source) }}”.</span>
            @if (isOnet(source)) {
              <p class="attribution">{{ onetAttribution }}</p>
            }
          </li>
        }
      </ul>
    } @else {
      <cs-unavailable-notice />
    }
  `,
})
export class SourcesPage {
  readonly page = input.required<PageResult<PublicSourcesResponse>>();

  protected readonly sourceDetails = sourceDetails;
  protected readonly citationName = sourceCitationName;
  protected readonly isOnet = isOnetSource;
  protected readonly onetAttribution = ONET_ATTRIBUTION;
  protected readonly sources = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly sorted = computed((): SourceView[] =>
    [...(this.sources()?.items ?? [])].sort(
      (a, b) => compareText(a.publisher, b.publisher) || compareText(a.title, b.title),
    ),
  );

  constructor() {
    inject(PageMeta).set({
      title: 'Sources',
      description:
        'The bibliography behind every figure on Careerscope: publisher, title, reference period and date retrieved.',
      canonicalPath: '/sources',
    });
  }
}
