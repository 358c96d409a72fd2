import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { Chart as ChartType } from 'chart.js';

import { loadChart, paletteFrom, toChartConfig } from './chart-loader';
import type { FigureData } from './figures';

/**
 * A chart with what it says in words: a title, a one-sentence summary and the data table, all
 * rendered on the server. The canvas is drawn in the browser only, after the page is interactive,
 * with Chart.js loaded on demand; it is hidden from assistive technology, which reads the table.
 */
@Component({
  selector: 'cs-chart-figure',
  changeDetection: ChangeDetectionStrategy.OnPush,

  template: `
    <figure class="chart" [attr.aria-labelledby]="id + '-title'">
      <figcaption>
        <span class="chart-title" [id]="id + '-title'">{{ title() }}</span>
        <span class="chart-summary">{{ summary() }}</span>
      </figcaption>
      @if (views().length > 1) {
        <div class="chart-views" role="group" [attr.aria-label]="'Show ' + title()">
          @for (view of views(); track view.label; let i = $index) {
            <button type="button" [attr.aria-pressed]="i === active()" (click)="active.set(i)">
              {{ view.label }}
            </button>
          }
        </div>
      }
      <div class="chart-canvas" [style.height.px]="height()" aria-hidden="true">
        <canvas #canvas></canvas>
      </div>
      <div class="table-scroll" role="region" [attr.aria-labelledby]="id + '-caption'" tabindex="0">
        <table class="chart-data" [class.chart-data--wide]="table().columnHeaders.length > 3">
          <caption [id]="id + '-caption'">
            {{
              tableCaption()
            }}
            @for (note of notes(); track note) {
              <sup class="footnote-ref"
                ><a [href]="pagePath() + '#source-' + note">[{{ note }}]</a></sup
              >
            }
          </caption>
          <thead>
            <tr>
              <!-- Header cells of a simple table's head row are column headers without scope. -->
              @for (header of table().columnHeaders; track $index) {
                <th>{{ header }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of table().rows; track $index) {
              <tr>
                <th scope="row">{{ row.header }}</th>
                @for (cell of row.cells; track $index; let i = $index) {
                  <td [attr.data-label]="table().columnHeaders[i + 1]">{{ cell }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </figure>
  `,
})
export class ChartFigure {
  /** Title, summary (what the chart shows, in a sentence or two), views, data table and caption. */
  readonly figure = input.required<FigureData & { notes?: number[] }>();
  protected readonly title = computed(() => this.figure().title);
  protected readonly summary = computed(() => this.figure().summary);
  protected readonly views = computed(() => this.figure().views);
  protected readonly table = computed(() => this.figure().table);
  protected readonly tableCaption = computed(() => this.figure().tableCaption);
  /** Footnotes for the figures, shown on the table's caption. */
  protected readonly notes = computed(() => this.figure().notes ?? []);
  readonly pagePath = input.required<string>();
  readonly height = input(280);
  /** Unique on the page: the element ids derive from it (the same on the server and in the browser). */
  readonly chartId = input.required<string>();

  protected get id(): string {
    return `chart-${this.chartId()}`;
  }

  protected readonly active = signal(0);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly chartClass = signal<typeof ChartType | null>(null);
  private readonly spec = computed(
    () => this.views()[Math.min(this.active(), this.views().length - 1)]?.spec,
  );

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const load = () =>
        loadChart().then(
          (chart) => this.chartClass.set(chart),
          // The table and summary already say everything; a chart that fails to load is no loss.
          () => undefined,
        );
      if (typeof IntersectionObserver === 'undefined') {
        void load();
        return;
      }
      // Only charts about to scroll into view cost anything: Chart.js loads and draws then.
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            observer.disconnect();
            void load();
          }
        },
        { rootMargin: '200px' },
      );
      observer.observe(host);
      destroyRef.onDestroy(() => observer.disconnect());
    });
    effect((onCleanup) => {
      const Chart = this.chartClass();
      const spec = this.spec();
      const canvas = this.canvas().nativeElement;
      if (!Chart || !spec || !canvas.getContext('2d')) {
        return;
      }
      const palette = paletteFrom(getComputedStyle(canvas));
      const chart = new Chart(canvas, toChartConfig(spec, palette));
      onCleanup(() => chart.destroy());
    });
  }
}
