import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { PublicationInfo } from '@careerscope/shared';

import { formatDate } from '../core/format/dates';
import { PageMeta, SITE_NAME } from '../core/seo/page-meta';

/**
 * The page's date and how to cite it, as the Occupational Outlook Handbook prints them: when the
 * page's figures were last updated, its permanent URL.
 */
@Component({
  selector: 'cs-suggested-citation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="citation" aria-labelledby="citation-heading">
      <h2 id="citation-heading">Suggested citation</h2>
      <p>
        {{ author() ? author() + '. ' : '' }}{{ siteName }}, “{{ title() }}.” Updated {{ published() }}.
        <span class="url">{{ url() }}</span>
      </p>
      @if (lastModified(); as modified) {
        <p class="publication">Content last changed {{ modified }}.</p>
      }
    </section>
  `,
})
export class SuggestedCitation {
  readonly title = input.required<string>();
  readonly path = input.required<string>();
  readonly publication = input.required<PublicationInfo>();
  readonly author = input<string | null>(null);
  readonly updatedAt = input<string | null>(null);

  private readonly pageMeta = inject(PageMeta);
  protected readonly siteName = SITE_NAME;
  protected readonly url = computed(() => this.pageMeta.absoluteUrl(this.path()));
  protected readonly published = computed(() => formatDate(this.publication().publishedAt));
  protected readonly lastModified = computed(() => {
    const updated = this.updatedAt();
    return updated ? formatDate(updated) : null;
  });
}
