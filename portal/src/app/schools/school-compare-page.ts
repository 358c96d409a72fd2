import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  PAYBACK_FORMULA,
  PAYBACK_RATIONALE,
  type PublicSchoolResponse,
  type SourceView,
  TOTAL_COST_FORMULA,
  schoolClosedMark,
} from '@careerscope/shared';

import { FootnoteRef } from '../citations/footnote-ref';
import { Footnotes } from '../citations/footnotes';
import { SourceList } from '../citations/source-list';
import type { PageResult } from '../core/page/page-result';
import { PageMeta } from '../core/seo/page-meta';
import { NotFoundPage } from '../not-found/not-found-page';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import { programFacts } from './program-table';
import { type CostLine, costLines, yearlyCostLine } from './school-costs-view';

interface Cell {
  text: string;
  note: number | null;
}

/** The columns, in order; `program` columns list one entry per program. */
const COLUMNS = [
  { key: 'distance', label: 'Distance' },
  { key: 'yearly', label: 'Yearly cost' },
  { key: 'credential', label: 'Credential' },
  { key: 'length', label: 'Typical length' },
  { key: 'total', label: 'Estimated total cost' },
  { key: 'payback', label: 'Payback' },
  { key: 'awards', label: 'Awards' },
  { key: 'accreditation', label: 'Accreditation' },
] as const;
type ColumnKey = (typeof COLUMNS)[number]['key'];

/**
 * `/schools/compare?s=a,b`: up to 10 schools, one row each, on a phone one card each. With
 * `occupation`, only the programs for that career; with `zip`, distances and the tuition a student
 * from there pays.
 */
@Component({
  selector: 'cs-school-compare-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, NotFoundPage, UnavailableNotice, FootnoteRef, SourceList],
  styles: `
    .school-compare th,
    .school-compare td {
      vertical-align: top;
    }
    .school-compare ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .school-compare li + li {
      margin-top: 0.5rem;
    }
    .program-name {
      display: block;
      font-size: 0.875em;
    }
    @media (max-width: 40rem) {
      .school-compare,
      .school-compare tbody,
      .school-compare tr,
      .school-compare th,
      .school-compare td {
        display: block;
        width: auto;
      }
      .school-compare thead {
        display: none;
      }
      .school-compare tr {
        border: 1px solid currentColor;
        border-radius: 0.5rem;
        margin: 0 0 1rem;
        padding: 0.5rem 0.75rem;
      }
      .school-compare td::before {
        content: attr(data-label);
        display: block;
        font-weight: 600;
      }
      .school-compare td,
      .school-compare th {
        border: 0;
        padding: 0.25rem 0;
        overflow-wrap: anywhere;
      }
    }
  `,
  template: `
    @if (rows(); as rows) {
      <h1>Compare schools</h1>
      <p><a routerLink="/schools">Back to the school directory</a></p>
      <p class="formula">{{ totalCostFormula }}. {{ paybackFormula }}. {{ paybackRationale }}</p>
      <div class="table-scroll" role="region" aria-labelledby="school-compare-caption" tabindex="0">
        <table class="school-compare">
          <caption id="school-compare-caption">
            {{
              rows.length
            }}
            schools compared: cost, length, credential, awards, accreditation and distance
          </caption>
          <thead>
            <tr>
              <th scope="col">School</th>
              @for (column of columns; track column.key) {
                <th scope="col">{{ column.label }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows; track row.school.id) {
              <tr>
                <th scope="row">
                  <a [routerLink]="['/schools', row.school.slug]" [queryParams]="zipQuery()">{{
                    row.school.name
                  }}</a>
                  <span class="program-name">{{ row.school.city }}, {{ row.school.state }}</span>
                  @if (row.closed) {
                    <span class="tag" data-mark="closed">{{ row.closed }}</span>
                  }
                </th>
                @for (column of columns; track column.key) {
                  <td [attr.data-label]="column.label">
                    <ul>
                      @for (cell of row.cells[column.key]; track $index) {
                        <li>
                          @if (row.programNames.length > 1 && row.cells[column.key].length > 1) {
                            <span class="program-name">{{ row.programNames[$index] }}</span>
                          }
                          {{ cell.text }}
                          @if (cell.note) {
                            <sup csFootnote [number]="cell.note" [pagePath]="pagePath()"></sup>
                          }
                        </li>
                      }
                    </ul>
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
      <cs-source-list [sources]="sources()" />
    } @else if (page().kind === 'not-found') {
      <cs-not-found-page />
    } @else {
      <cs-unavailable-notice />
    }
  `,
})
export class SchoolComparePage {
  readonly page = input.required<PageResult<PublicSchoolResponse[]>>();

  private readonly pageMeta = inject(PageMeta);
  private readonly route = inject(ActivatedRoute);
  protected readonly columns = COLUMNS;
  protected readonly totalCostFormula = TOTAL_COST_FORMULA;
  protected readonly paybackFormula = PAYBACK_FORMULA;
  protected readonly paybackRationale = PAYBACK_RATIONALE;
  protected readonly schools = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  private readonly query = computed(() => {
    this.schools();
    const params = this.route.snapshot.queryParamMap;
    const zip = params.get('zip') ?? '';
    return { zip: /^[0-9]{5}$/.test(zip) ? zip : '', occupation: params.get('occupation') ?? '' };
  });
  protected readonly zipQuery = computed(() => (this.query().zip ? { zip: this.query().zip } : {}));
  protected readonly pagePath = computed(() => {
    const params = new URLSearchParams(this.route.snapshot.queryParams as Record<string, string>);
    return `/schools/compare?${params.toString()}`;
  });

  private readonly table = computed(() => {
    const schools = this.schools();
    if (!schools) return null;
    const pool = new Map<string, SourceView>();
    for (const school of schools) for (const source of school.sources) pool.set(source.id, source);
    const footnotes = new Footnotes([...pool.values()]);
    const occupation = this.query().occupation;
    const rows = schools.map((school) => {
      const programs = school.programs
        .map((program, index) => ({ program, payback: school.paybacks?.[index] }))
        .filter(({ program }) => !occupation || program.occupationSlug === occupation);
      const yearly = programs.find(({ payback }) => payback?.yearly)?.payback?.yearly ?? null;
      const lines = programs.map(({ program, payback }) => costLines(school, program, payback));
      const pick = (key: CostLine['key']): Cell[] =>
        lines.map((programLines) => {
          const line = programLines.find((candidate) => candidate.key === key) as CostLine;
          return { text: line.value, note: footnotes.cite(line.sourceId) };
        });
      const cells: Record<ColumnKey, Cell[]> = {
        distance: [
          {
            text:
              school.distanceMiles === null
                ? this.query().zip
                  ? 'Location not published'
                  : 'Give a ZIP code in the directory'
                : `${school.distanceMiles.toFixed(1)} miles`,
            note: null,
          },
        ],
        yearly: [
          yearly
            ? { text: yearlyCostLine(yearly), note: footnotes.cite(yearly.sourceId) }
            : { text: 'Charges not published', note: null },
        ],
        credential: programs.map(({ program }) => ({ text: programFacts(program).credential, note: null })),
        length: pick('length'),
        total: pick('total'),
        payback: pick('payback').map((cell, index) => {
          const pay = lines[index].find((line) => line.key === 'pay') as CostLine;
          return { text: `${cell.text}; ${pay.label}: ${pay.value}`, note: footnotes.cite(pay.sourceId) };
        }),
        awards: pick('awards'),
        accreditation: programs.map(({ program }) => ({
          text: programFacts(program).accreditation,
          note: null,
        })),
      };
      return {
        school,
        closed: schoolClosedMark(school),
        programNames: programs.map(({ program }) => program.name),
        cells,
      };
    });
    return { rows, sources: footnotes.list() };
  });
  protected readonly rows = computed(() => this.table()?.rows ?? null);
  protected readonly sources = computed(() => this.table()?.sources ?? []);

  constructor() {
    effect(() => {
      const schools = this.schools();
      if (!schools) return;
      this.pageMeta.set({
        title: `Compare ${schools.map((school) => school.name).join(', ')}`,
        description:
          'Schools side by side: cost, estimated total cost and payback, length, credential, awards, accreditation and distance.',
        canonicalPath: null,
      });
    });
  }
}
