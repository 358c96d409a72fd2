import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';

import { formatValue } from './format-value';
import { sameValue } from './record-form';

export interface ConflictField {
  readonly key: string;
  readonly label: string;
}

type Side = Readonly<Record<string, unknown>>;

interface ConflictRow {
  key: string;
  label: string;
  mine: string;
  theirs: string;
  changedByMe: boolean;
  changedByThem: boolean;
  /** Both changed it, to different values: reapplying mine overwrites theirs here. */
  clash: boolean;
}

/**
 * A stale save (409): the user's version beside the one saved meanwhile, field by field, with the
 * two ways forward. Nothing is saved from here; reapplying puts the user's changes on top of the
 * other version in the form, for review and another save.
 */
@Component({
  selector: 'cs-conflict-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatCheckboxModule],
  templateUrl: './conflict-view.component.html',
  styleUrl: './conflict-view.component.scss',
})
export class ConflictViewComponent {
  readonly fields = input.required<readonly ConflictField[]>();
  /** The record as it was when the edit started. */
  readonly base = input.required<Side>();
  /** What the user tried to save. */
  readonly mine = input.required<Side>();
  /** The record as it is now on the server. */
  readonly theirs = input.required<Side>();
  readonly theirAuthor = input<string | null>(null);
  readonly theirTime = input<string | null>(null);

  readonly reloadTheirs = output<void>();
  readonly reapplyMine = output<void>();

  protected readonly showAll = signal(false);

  protected readonly rows = computed<ConflictRow[]>(() => {
    const base = this.base();
    const mine = this.mine();
    const theirs = this.theirs();
    return this.fields().map(({ key, label }) => {
      const changedByMe = !sameValue(base[key], mine[key]);
      const changedByThem = !sameValue(base[key], theirs[key]);
      return {
        key,
        label,
        mine: formatValue(mine[key]),
        theirs: formatValue(theirs[key]),
        changedByMe,
        changedByThem,
        clash: changedByMe && changedByThem && !sameValue(mine[key], theirs[key]),
      };
    });
  });

  protected readonly visibleRows = computed(() =>
    this.showAll() ? this.rows() : this.rows().filter((row) => row.changedByMe || row.changedByThem),
  );
  protected readonly clashes = computed(() => this.rows().filter((row) => row.clash).length);
}
