import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PublicationInfo } from '@careerscope/shared';

import { formatDate } from '../core/format/dates';

/** "Published October 1, 2025, publication 3" under a page's heading. */
@Component({
  selector: 'cs-publication-line',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="publication">
      @if (publication().preview) {
        Preview of unpublished changes
      } @else {
        Published <time [attr.datetime]="publication().publishedAt">{{ published() }}</time>, publication
        {{ publication().number }}
      }
    </p>
  `,
})
export class PublicationLine {
  readonly publication = input.required<PublicationInfo>();
  protected readonly published = computed(() => formatDate(this.publication().publishedAt));
}
