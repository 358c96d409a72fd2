import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { type NumberedSource, sourceAnchorId, sourceDetails } from './footnotes';

/** The "Sources" list at the end of a page; each entry is a footnote target. */
@Component({
  selector: 'cs-source-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        @for (entry of sources(); track entry.source.id) {
          <li [id]="anchorId(entry.number)" tabindex="-1">
            {{ entry.source.publisher }}.
            @if (entry.source.url) {
              <a [href]="entry.source.url" rel="noopener">{{ entry.source.title }}</a>.
            } @else {
              <cite>{{ entry.source.title }}</cite>.
            }
            {{ sourceDetails(entry.source) }}
          </li>
        }
      </ol>
    </section>
  `,
})
export class SourceList {
  readonly sources = input.required<NumberedSource[]>();

  protected readonly anchorId = sourceAnchorId;
  protected readonly sourceDetails = sourceDetails;
}
