import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type PublicationInfo, WAGE_FLAG_MEANINGS, type WageFlag } from '@careerscope/shared';

import { PublicationLine } from '../citations/publication-line';
import type { PageResult } from '../core/page/page-result';
import { PageMeta } from '../core/seo/page-meta';

/** `/about-data`: where the figures come from, how often they change, and what the site does not do. */
@Component({
  selector: 'cs-about-data-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PublicationLine],
  template: `
    <h1>About the data</h1>
    @if (publication(); as publication) {
      <cs-publication-line [publication]="publication" />
    }
    <section aria-labelledby="where-heading">
      <h2 id="where-heading">Where the figures come from</h2>
      <ul>
        <li>
          <strong>Wages and the number employed</strong>: the U.S. Bureau of Labor Statistics (BLS)
          Occupational Employment and Wage Statistics (OEWS) survey, national and, where we have imported
          them, state estimates. Each figure names its reference period, such as “May 2024”.
        </li>
        <li>
          <strong>Job outlook</strong>: BLS Employment Projections, a ten-year projection (for example
          2024–34) of employment, new positions and growth, with the growth of all occupations as the
          baseline.
        </li>
        <li>
          <strong>Work settings, education and duties</strong>: the BLS Occupational Outlook Handbook and the
          organisations named beside each statement.
        </li>
        <li>
          <strong>Certification, accreditation and schools</strong>: the certifying bodies, accreditors and
          schools themselves.
        </li>
      </ul>
      <p>
        Every figure links to its footnote: the source, its reference period and the date we retrieved it. The
        <a routerLink="/sources">Sources</a> page lists them all.
      </p>
    </section>
    <section aria-labelledby="cadence-heading">
      <h2 id="cadence-heading">How often the figures change</h2>
      <p>
        BLS publishes new OEWS wage estimates once a year, in spring, for the previous May, and new employment
        projections once a year, in late summer, for the next ten years. Our editors import each release and
        publish the update all at once: every page shows the day its figures were last updated.
      </p>
    </section>
    <section aria-labelledby="soc-heading">
      <h2 id="soc-heading">Which occupations the figures measure</h2>
      <p>
        BLS counts jobs by Standard Occupational Classification (SOC) code. Medical assistants are SOC
        31-9092. BLS does not publish figures for medical coders on their own: the figures for coders are
        those of the closely related category <strong>medical records specialists</strong> (SOC 29-2072),
        which includes them. Each career page names the category its figures measure.
      </p>
    </section>
    <section aria-labelledby="numbers-heading">
      <h2 id="numbers-heading">How numbers are shown</h2>
      <p>
        Counts and dollars carry thousands separators; hourly wages show cents. Growth is a whole percent
        computed from the unrounded figures, as the Occupational Outlook Handbook words it (12%), though the
        projections table prints one decimal (12.5). The employment in the projections (the base year) and in
        the wage survey are different counts, each labelled with its source. Where BLS publishes a mark
        instead of a number, we say what it means:
      </p>
      <dl class="flags">
        @for (flag of flags; track flag) {
          <div>
            <dt>{{ flag }}</dt>
            <dd>{{ flagMeanings[flag] }}</dd>
          </div>
        }
      </dl>
    </section>
    <section aria-labelledby="standards-heading">
      <h2 id="standards-heading">What Careerscope does not do</h2>
      <p>
        Careerscope compares careers from published data. It sets no educational or licensing standards, does
        not accredit programs or certify people, and a school's listing is not an endorsement. Requirements
        differ by state and employer: check with the licensing agency, the certifying body and the accreditor
        named on each page.
      </p>
    </section>
  `,
})
export class AboutDataPage {
  readonly page = input.required<PageResult<PublicationInfo>>();

  protected readonly flags = Object.keys(WAGE_FLAG_MEANINGS) as WageFlag[];
  protected readonly flagMeanings = WAGE_FLAG_MEANINGS;
  protected readonly publication = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });

  constructor() {
    inject(PageMeta).set({
      title: 'About the data',
      description:
        'Where Careerscope’s figures come from (BLS wage statistics and projections), how often they change, and what the site does not do.',
      canonicalPath: '/about-data',
    });
  }
}
