import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, signal } from '@angular/core';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { ImportRowPreview } from '@careerscope/shared';

import { ROW_STATUS_LABELS, figureLines } from './import-figures';

const PAGE_SIZE = 50;

/** The preview's table: one line per row and figure, optionally only what applying would write. */
@Component({
  selector: 'cs-import-changes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatSlideToggleModule, MatPaginatorModule],
  templateUrl: './import-changes.component.html',
  styleUrl: './imports.scss',
})
export class ImportChangesComponent {
  readonly rows = input.required<readonly ImportRowPreview[]>();
  /** Whether the toggle starts on (the page turns it on when there is anything to change). */
  readonly changedOnlyByDefault = input(true);

  protected readonly statusLabels = ROW_STATUS_LABELS;
  /** Follows the default until the user flips the toggle. */
  protected readonly changedOnly = linkedSignal(() => this.changedOnlyByDefault());
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(PAGE_SIZE);

  private readonly lines = computed(() => figureLines(this.rows()));
  protected readonly shown = computed(() => {
    const lines = this.lines();
    return this.changedOnly() ? lines.filter((line) => line.differs) : lines;
  });
  protected readonly pageLines = computed(() => {
    const start = this.pageIndex() * this.pageSize();
    return this.shown().slice(start, start + this.pageSize());
  });
  protected readonly total = computed(() => this.lines().length);

  protected toggle(on: boolean): void {
    this.changedOnly.set(on);
    this.pageIndex.set(0);
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
  }
}
