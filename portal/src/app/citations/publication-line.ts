import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PublicationInfo } from '@careerscope/shared';

import { formatDate } from '../core/format/dates';

/** "Updated October 1, 2025" under a page's heading: the day the figures on it were published. */
@Component({
  selector: 'cs-publication-line',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="publication">
      @if (publication().preview) {
        Preview of unpublished changes
      } @else {
        Updated <time [attr.datetime]="publication().publishedAt">{{ published() }}</time>
      }
    </p>
  `,
})
export class PublicationLine {
  readonly publication = input.required<PublicationInfo>();
  protected readonly published = computed(() => formatDate(this.publication().publishedAt));
}
