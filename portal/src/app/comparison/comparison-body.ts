import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';

import { ChartFigure } from '../charts/chart-figure';
import { SourceList } from '../citations/source-list';
import { StatePicker } from '../wages/state-picker';
import { comparisonToCsv } from './comparison-csv';
import type { ComparisonModel } from './comparison-model';
import { ComparisonTable } from './comparison-table';

/**
 * What every comparison page shows below its heading: the table, the figures as charts, wages by
 * state, a CSV download and the sources.
 */
@Component({
  selector: 'cs-comparison-body',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComparisonTable, ChartFigure, SourceList, StatePicker],
  template: `
    <div class="page-actions no-print">
      <button type="button" (click)="downloadCsv()">Download as CSV</button>
      <button type="button" (click)="print()">Print</button>
    </div>
    <cs-comparison-table [model]="model()" [caption]="caption()" [pagePath]="pagePath()" />

    @let charts = model().charts;
    @if (charts.wages || charts.growth) {
      <section class="comparison-charts" aria-labelledby="charts-heading">
        <h2 id="charts-heading">Pay and growth at a glance</h2>
        <div class="chart-grid">
          @if (charts.wages; as figure) {
            <cs-chart-figure chartId="compare-wages" [figure]="figure" [pagePath]="pagePath()" />
          }
          @if (charts.growth; as figure) {
            <cs-chart-figure chartId="compare-growth" [figure]="figure" [pagePath]="pagePath()" />
          }
        </div>
      </section>
    }

    @if (charts.states.length) {
      <section aria-labelledby="state-wages-heading">
        <h2 id="state-wages-heading">Wages by state</h2>
        <cs-state-picker [states]="charts.states" [selected]="state()" selectId="compare-state" />
        @if (charts.stateMissing.length && state()) {
          <p class="notice" role="status">
            No {{ state() }} wage figures are published for {{ charts.stateMissing.join(', ') }}.
          </p>
        }
        @if (charts.stateWages; as figure) {
          <cs-chart-figure chartId="compare-state-wages" [figure]="figure" [pagePath]="pagePath()" />
        }
      </section>
    }

    <cs-source-list [sources]="model().sources" />
  `,
})
export class ComparisonBody {
  readonly model = input.required<ComparisonModel>();
  readonly caption = input.required<string>();
  readonly pagePath = input.required<string>();
  /** The file name of the CSV download, without extension. */
  readonly fileName = input.required<string>();
  readonly state = input<string | null>(null);

  private readonly document = inject(DOCUMENT);

  protected downloadCsv(): void {
    const blob = new Blob([comparisonToCsv(this.model())], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = `${this.fileName()}.csv`;
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
