import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  PAYBACK_FORMULA,
  PAYBACK_RATIONALE,
  type PublicSchoolResponse,
  TOTAL_COST_FORMULA,
  programVanishedMark,
  schoolClosedMark,
} from '@careerscope/shared';

import { FootnoteRef } from '../citations/footnote-ref';
import { Footnotes } from '../citations/footnotes';
import { PublicationLine } from '../citations/publication-line';
import { SourceList } from '../citations/source-list';
import { SuggestedCitation } from '../citations/suggested-citation';
import type { PageResult } from '../core/page/page-result';
import { programsJsonLd } from '../core/seo/json-ld';
import { PageMeta } from '../core/seo/page-meta';
import { NotFoundPage } from '../not-found/not-found-page';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import { programFacts } from './program-table';
import { costLines } from './school-costs-view';

/** `/schools/:slug`: a school, its programs and their accreditors. */
@Component({
  selector: 'cs-school-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .cost-lines {
      display: grid;
      gap: 0.5rem;
      margin: 0 0 1.5rem;
    }
    .cost-lines dt {
      font-weight: 600;
    }
    .cost-lines dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
  imports: [
    RouterLink,
    FootnoteRef,
    SourceList,
    SuggestedCitation,
    PublicationLine,
    NotFoundPage,
    UnavailableNotice,
  ],
  template: `
    @if (school(); as school) {
      <article>
        <header class="page-header">
          <h1>{{ school.name }}</h1>
          <p class="soc">
            {{ school.city }}, {{ school.state }}
            @if (school.website) {
              · <a [href]="school.website" rel="noopener">School website</a>
            }
            @if (note()) {
              <sup csFootnote [number]="note()!" [pagePath]="pagePath()"></sup>
            }
          </p>
          <cs-publication-line [publication]="school.publication" />
        </header>
        @if (closedMark(); as closed) {
          <p class="notice" data-mark="closed">
            <strong>{{ closed }}.</strong> The U.S. Department of Education (IPEDS) reports this school
            closed; its programs are shown as last reported.
          </p>
        }
        <h2>Programs</h2>
        <div class="table-scroll" role="region" aria-labelledby="programs-caption" tabindex="0">
          <table>
            <caption id="programs-caption">
              Programs at
              {{
                school.name
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">Program</th>
                <th scope="col">Prepares for</th>
                <th scope="col">Delivery</th>
                <th scope="col">Credential</th>
                <th scope="col">Length</th>
                <th scope="col">Accreditation</th>
              </tr>
            </thead>
            <tbody>
              @for (program of school.programs; track program.id) {
                @let facts = programFacts(program);
                <tr>
                  <th scope="row">
                    @if (program.url) {
                      <a [href]="program.url" rel="noopener">{{ program.name }}</a>
                    } @else {
                      {{ program.name }}
                    }
                    @if (vanishedMark(program); as mark) {
                      <span class="tag" data-mark="vanished">{{ mark }}</span>
                    }
                  </th>
                  <td>
                    <a [routerLink]="['/careers', program.occupationSlug]">{{ program.occupationTitle }}</a>
                  </td>
                  <td>{{ facts.delivery }}</td>
                  <td>{{ facts.credential }}</td>
                  <td>{{ facts.duration }}</td>
                  <td>{{ facts.accreditation }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <h2 id="cost-and-payback">Cost and payback</h2>
        @if (school.distanceMiles !== null) {
          <p>{{ school.distanceMiles.toFixed(1) }} miles from ZIP code {{ zip() }}.</p>
        }
        <p class="formula">
          {{ totalCostFormula }}. {{ paybackFormula }}. {{ paybackRationale }} Tuition is the in-district or
          in-state figure{{
            zip()
              ? ' for a student from ZIP code ' + zip() + ' (out-of-state when it is in another state)'
              : ''
          }}.
        </p>
        @for (item of costs(); track item.program.id) {
          <section class="program-cost" [attr.aria-labelledby]="'cost-' + item.program.id">
            <h3 [id]="'cost-' + item.program.id">
              {{ item.program.name }} ({{ item.program.occupationTitle }})
            </h3>
            <dl class="cost-lines">
              @for (line of item.lines; track line.key) {
                <div [attr.data-key]="line.key">
                  <dt>{{ line.label }}</dt>
                  <dd>
                    {{ line.value }}
                    @if (line.note) {
                      <sup csFootnote [number]="line.note" [pagePath]="pagePath()"></sup>
                    }
                  </dd>
                </div>
              }
            </dl>
          </section>
        }
        @if (school.accreditationBodies.length) {
          <h2>Accreditors</h2>
          <ul class="entries">
            @for (body of school.accreditationBodies; track body.id) {
              <li>
                <strong>{{ body.abbreviation }}</strong>: {{ body.name }}
                <div class="prose" [innerHTML]="body.descriptionHtml"></div>
              </li>
            }
          </ul>
        }
        <p>
          Careerscope lists programs; it does not accredit them or set educational or licensing standards.
          <a routerLink="/schools">Back to the school directory</a>
        </p>
        <cs-source-list [sources]="sources()" />
        <cs-suggested-citation [title]="school.name" [path]="pagePath()" [publication]="school.publication" />
      </article>
    } @else if (page().kind === 'not-found') {
      <cs-not-found-page />
    } @else {
      <cs-unavailable-notice />
    }
  `,
})
export class SchoolPage {
  readonly page = input.required<PageResult<PublicSchoolResponse>>();

  private readonly pageMeta = inject(PageMeta);
  protected readonly programFacts = programFacts;
  protected readonly vanishedMark = programVanishedMark;
  protected readonly school = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly closedMark = computed(() => {
    const school = this.school();
    return school ? schoolClosedMark(school) : null;
  });
  protected readonly totalCostFormula = TOTAL_COST_FORMULA;
  protected readonly paybackFormula = PAYBACK_FORMULA;
  protected readonly paybackRationale = PAYBACK_RATIONALE;
  private readonly footnotes = computed(() => {
    const school = this.school();
    const footnotes = new Footnotes(school?.sources ?? []);
    const note = footnotes.cite(school?.sourceId ?? null);
    const costs = (school?.programs ?? []).map((program, index) => ({
      program,
      lines: costLines(school!, program, school!.paybacks?.[index]).map((line) => ({
        ...line,
        note: footnotes.cite(line.sourceId),
      })),
    }));
    return { note, costs, list: footnotes.list() };
  });
  protected readonly note = computed(() => this.footnotes().note);
  protected readonly costs = computed(() => this.footnotes().costs);
  private readonly route = inject(ActivatedRoute);
  protected readonly zip = computed(() => {
    const zip = this.route.snapshot.queryParamMap.get('zip') ?? '';
    return this.school()?.distanceMiles !== null && /^[0-9]{5}$/.test(zip) ? zip : '';
  });
  protected readonly sources = computed(() => this.footnotes().list);
  protected readonly pagePath = computed(() => `/schools/${this.school()?.slug ?? ''}`);

  constructor() {
    effect(() => {
      const school = this.school();
      if (!school) return;
      this.pageMeta.set({
        title: `${school.name}, ${school.city}, ${school.state}`,
        description: `${school.name} in ${school.city}, ${school.state}: ${school.programs
          .map((program) => `${program.name} (${programFacts(program).delivery.toLowerCase()})`)
          .join(', ')}.`,
        canonicalPath: this.pagePath(),
        jsonLd: programsJsonLd(school, this.pageMeta.absoluteUrl(this.pagePath()), {}),
      });
    });
  }
}
