import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import type { ImportRowFilter, ImportRowPreview } from '@careerscope/shared';

import { SHORT_TEXT_LENGTH, figureLines, shorten } from './import-figures';

/**
 * The preview's table for one page of rows (the server filters and pages them): one line per figure
 * or text fact. Under a filter, only the lines that match it are shown (what applying would write,
 * or what needs a second look).
 */
@Component({
  selector: 'cs-import-changes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-changes.component.html',
  styleUrl: './imports.scss',
})
export class ImportChangesComponent {
  readonly rows = input.required<readonly ImportRowPreview[]>();
  /** The file's reference period, written beside figures of a period not held yet. */
  readonly referencePeriod = input('');
  readonly show = input<ImportRowFilter>('all');

  protected readonly shortLength = SHORT_TEXT_LENGTH;
  protected readonly shorten = shorten;
  /** Keys of the text facts shown in full. */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  protected readonly lines = computed(() => {
    const lines = figureLines(this.rows(), this.referencePeriod());
    switch (this.show()) {
      case 'all':
        return lines;
      case 'suspicious':
        return lines.filter((line) => line.suspicious);
      default:
        return lines.filter((line) => line.differs);
    }
  });

  protected isLong(line: { current: string; incoming: string }): boolean {
    return line.current.length > SHORT_TEXT_LENGTH || line.incoming.length > SHORT_TEXT_LENGTH;
  }

  protected toggle(key: string): void {
    const next = new Set(this.expanded());
    if (!next.delete(key)) next.add(key);
    this.expanded.set(next);
  }
}
