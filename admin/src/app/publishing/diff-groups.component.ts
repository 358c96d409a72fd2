import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { TypeGroup } from './diff-review';

/**
 * A diff of two snapshots as the review shows it: by record type with counts, each record with its
 * fields before → after (long prose reduced to the words that changed), linked to its edit page.
 * Used for the working copy's pending changes and for what each publication changed.
 */
@Component({
  selector: 'cs-diff-groups',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './diff-groups.component.html',
  styleUrl: './diff-groups.component.scss',
})
export class DiffGroupsComponent {
  readonly groups = input.required<readonly TypeGroup[]>();
  /** Unique on the page: the group headings' ids derive from it. */
  readonly idPrefix = input.required<string>();
  /** The changes are not published yet (the working copy), rather than a publication's. */
  readonly pending = input(false);
}
