import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { ChartFigure } from '../charts/chart-figure';
import { SourceList } from '../citations/source-list';
import { sameContent } from '../core/page/same-content';
import { StatePicker } from '../wages/state-picker';
import { comparisonToCsv } from './comparison-csv';
import type { ComparisonModel } from './comparison-model';
import { ComparisonTable } from './comparison-table';

/**
 * What every comparison page shows below its heading: each career's verdict and key figures side by
 * side, the table, the figures as charts, then the page's own text (projected content), wages by state,
 * a CSV download and the sources.
 */
@Component({
  selector: 'cs-comparison-body',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ComparisonTable, ChartFigure, SourceList, StatePicker],
  template: `
    <!-- The key figures are static: never hydrated, rendered afresh when they change. -->
    @for (glance of [glance()]; track glance) {
      <div>
        @defer (on immediate; hydrate never) {
          @if (glance.length) {
            <section class="glance" aria-labelledby="glance-heading">
              <h2 id="glance-heading" class="visually-hidden">Key figures</h2>
              <ul class="glance__cards">
                @for (card of glance; track card.slug) {
                  <li class="card glance__card">
                    <h3 class="glance__title">
                      <a [routerLink]="['/careers', card.slug]">{{ card.title }}</a>
                    </h3>
                    <p class="glance__verdict">{{ card.verdict }}</p>
                    <dl class="glance__figures">
                      @for (figure of card.figures; track figure.label) {
                        <div>
                          <dt>{{ figure.label }}</dt>
                          <dd>
                            <span class="glance__value" [class.glance__value--words]="figure.words">{{
                              figure.value
                            }}</span>
                            @if (figure.note) {
                              <sup class="footnote-ref"
                                ><a [href]="pagePath() + '#source-' + figure.note"
                                  >[{{ figure.note }}]</a
                                ></sup
                              >
                            }
                            @if (figure.detail) {
                              <span class="glance__detail">{{ figure.detail }}</span>
                            }
                          </dd>
                        </div>
                      }
                    </dl>
                  </li>
                }
              </ul>
            </section>
          }
        }
      </div>
    }
    <div class="page-actions no-print">
      <button type="button" (click)="downloadCsv()">Download as CSV</button>
      <button type="button" (click)="print()">Print</button>
    </div>
    <!--
      The table, the national charts and the sources are most of the page; they stay as the server
      rendered them (not hydrated) until someone interacts with them or, for the charts, scrolls to
      them. A block that is not hydrated does not update, so each is keyed on what it shows: when
      that changes (another occupation, a state's source) it is rendered afresh. The element around
      each block takes the server's markup with it when that happens.
    -->
    @for (table of [table()]; track table) {
      <div class="comparison-table">
        @defer (on immediate; hydrate on interaction) {
          <cs-comparison-table [model]="table" [caption]="caption()" [pagePath]="pagePath()" />
        }
      </div>
    }

    @let charts = model().charts;
    @if (nationalCharts(); as national) {
      <section class="comparison-charts" aria-labelledby="charts-heading">
        <h2 id="charts-heading">Pay and growth in charts</h2>
        @for (shown of [national]; track shown) {
          <div class="chart-grid">
            @defer (on immediate; hydrate on viewport) {
              @if (shown.wages; as figure) {
                <cs-chart-figure chartId="compare-wages" [figure]="figure" [pagePath]="pagePath()" />
              }
              @if (shown.growth; as figure) {
                <cs-chart-figure chartId="compare-growth" [figure]="figure" [pagePath]="pagePath()" />
              }
            }
          </div>
        }
      </section>
    }

    <ng-content />

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

    @for (sources of [sources()]; track sources) {
      <div>
        @defer (on immediate; hydrate on interaction) {
          <cs-source-list [sources]="sources" />
        }
      </div>
    }
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

  /** The parts of the model each deferred block shows, as a new value only when their content changes. */
  protected readonly table = computed(
    () => {
      const { columns, rows } = this.model();
      return { columns, rows };
    },
    { equal: sameContent },
  );
  /** The national charts: numbered before any state's figures, so a change of state leaves them. */
  protected readonly nationalCharts = computed(
    () => {
      const { wages, growth } = this.model().charts;
      return wages || growth ? { wages, growth } : null;
    },
    { equal: sameContent },
  );
  protected readonly glance = computed(() => this.model().glance, { equal: sameContent });
  protected readonly sources = computed(() => this.model().sources, { equal: sameContent });

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
