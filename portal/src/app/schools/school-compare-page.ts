import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PublicSchoolResponse } from '@careerscope/shared';

import type { PageResult } from '../core/page/page-result';
import { PageMeta } from '../core/seo/page-meta';
import { NotFoundPage } from '../not-found/not-found-page';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import { programFacts } from './program-table';

/** `/schools/compare?s=a,b`: up to 10 schools side by side. */
@Component({
  selector: 'cs-school-compare-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, NotFoundPage, UnavailableNotice],
  template: `
    @if (schools(); as schools) {
      <h1>Compare schools</h1>
      <p><a routerLink="/schools">Back to the school directory</a></p>
      <div class="table-scroll" role="region" aria-labelledby="school-compare-caption" tabindex="0">
        <table class="comparison">
          <caption id="school-compare-caption">
            {{
              schools.length
            }}
            schools compared side by side
          </caption>
          <thead>
            <tr>
              <td class="corner"></td>
              @for (school of schools; track school.id) {
                <th scope="col">
                  <a [routerLink]="['/schools', school.slug]">{{ school.name }}</a>
                </th>
              }
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Location</th>
              @for (school of schools; track school.id) {
                <td>{{ school.city }}, {{ school.state }}</td>
              }
            </tr>
            @for (row of rows; track row.key) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                @for (school of schools; track school.id) {
                  <td>
                    <ul class="items">
                      @for (program of school.programs; track program.id) {
                        <li>
                          {{
                            row.key === 'name'
                              ? program.name + ' (' + program.occupationTitle + ')'
                              : facts(program)[row.key]
                          }}
                        </li>
                      }
                    </ul>
                  </td>
                }
              </tr>
            }
            <tr>
              <th scope="row">Website</th>
              @for (school of schools; track school.id) {
                <td>
                  @if (school.website) {
                    <a [href]="school.website" rel="noopener">{{ school.website }}</a>
                  }
                </td>
              }
            </tr>
          </tbody>
        </table>
      </div>
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
  protected readonly rows = [
    { key: 'name', label: 'Programs' },
    { key: 'delivery', label: 'Delivery' },
    { key: 'credential', label: 'Credential' },
    { key: 'duration', label: 'Length' },
    { key: 'accreditation', label: 'Accreditation' },
  ] as const;
  protected readonly facts = programFacts as (program: unknown) => Record<string, string>;
  protected readonly schools = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });

  constructor() {
    effect(() => {
      const schools = this.schools();
      if (!schools) return;
      this.pageMeta.set({
        title: `Compare ${schools.map((school) => school.name).join(', ')}`,
        description: 'Schools side by side: programs, delivery, credential, length and accreditation.',
        canonicalPath: null,
      });
    });
  }
}
