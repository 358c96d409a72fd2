import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CHANGES_FEED_PATH,
  type ChangeSummaryLine,
  type PublicChangesResponse,
  type PublicationChangesView,
} from '@careerscope/shared';

import { formatDate } from '../core/format/dates';
import type { PageResult } from '../core/page/page-result';
import { PageMeta } from '../core/seo/page-meta';
import { UnavailableNotice } from '../not-found/unavailable-notice';

/** A line names its records in its own text up to this many; more are listed on request. */
const NAMES_IN_TEXT = 5;

/** `/changes`: every publication, newest first, with what it changed in sentences. */
@Component({
  selector: 'cs-changes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, UnavailableNotice],
  template: `
    @if (changes(); as data) {
      <h1>What changed</h1>
      <p class="lede">
        Our editors publish updates to the figures all at once, for example when the Bureau of Labor
        Statistics releases a year’s wages. Each publication is listed here, newest first, with what it
        changed.
      </p>
      <p class="changes-feed">
        Follow the changes in a feed reader:
        <a [href]="feedPath" type="application/atom+xml">Atom feed of changes</a>
      </p>
      @if (data.items.length > 0) {
        <ol class="changes">
          @for (item of data.items; track item.number) {
            <li class="change" [id]="'publication-' + item.number">
              <h2>
                <time [attr.datetime]="item.publishedAt">{{ formatDate(item.publishedAt) }}</time>
              </h2>
              @if (showHeadline(item)) {
                <p class="change__headline">{{ item.headline }}</p>
              }
              @if (item.lines.length > 0) {
                <ul class="change__lines">
                  @for (line of item.lines; track $index) {
                    <li>
                      {{ line.text }}
                      @if (listsNames(line)) {
                        <details>
                          <summary>Show which {{ line.count }}</summary>
                          <ul class="change__names">
                            @for (name of line.names; track name) {
                              <li>{{ name }}</li>
                            }
                          </ul>
                          @if (line.count > line.names.length) {
                            <p>and {{ line.count - line.names.length }} more</p>
                          }
                        </details>
                      }
                    </li>
                  }
                </ul>
              }
              @if (item.note) {
                <p class="change__note">Editors’ note: {{ item.note }}</p>
              }
            </li>
          }
        </ol>
      } @else if (data.total > 0) {
        <p>
          This page is past the oldest publication.
          <a routerLink="/changes">Go to the newest changes</a>
        </p>
      } @else {
        <p class="empty">Nothing has been published yet.</p>
      }
      @if (pageCount() > 1) {
        <nav class="pagination" aria-label="Pages of changes">
          <ul>
            @if (data.page > 1) {
              <li><a routerLink="/changes" [queryParams]="pageQuery(data.page - 1)" rel="prev">Newer</a></li>
            }
            <li>
              <span aria-current="page">Page {{ data.page }} of {{ pageCount() }}</span>
            </li>
            @if (data.page < pageCount()) {
              <li><a routerLink="/changes" [queryParams]="pageQuery(data.page + 1)" rel="next">Older</a></li>
            }
          </ul>
        </nav>
      }
    } @else {
      <cs-unavailable-notice />
    }
  `,
  styles: `
    .changes {
      list-style: none;
      padding: 0;
    }
    .change {
      border-top: 1px solid var(--border);
      padding: 1rem 0;
    }
    .change h2 {
      margin-top: 0;
    }
    .change__lines,
    .change__names {
      padding-left: 1.25rem;
    }
    .change__lines > li {
      margin-bottom: 0.4rem;
      overflow-wrap: anywhere;
    }
    .change__headline {
      font-weight: 600;
    }
    .change__note {
      color: var(--muted);
    }
    details summary {
      cursor: pointer;
    }
  `,
})
export class ChangesPage {
  readonly page = input.required<PageResult<PublicChangesResponse>>();

  protected readonly feedPath = CHANGES_FEED_PATH;
  protected readonly formatDate = formatDate;
  protected readonly changes = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly pageCount = computed(() => {
    const data = this.changes();
    return data ? Math.ceil(data.total / data.pageSize) : 0;
  });

  constructor() {
    inject(PageMeta).set({
      title: 'What changed',
      description:
        'Every publication of Careerscope’s career figures, newest first, with what it changed: new wage years, occupations and schools added or removed.',
      canonicalPath: '/changes',
    });
  }

  /** The headline says more than the first line (the first publication, a rollback, no change). */
  protected showHeadline(item: PublicationChangesView): boolean {
    return item.lines.length === 0 || !item.headline.startsWith(item.lines[0].text);
  }

  /** A line whose text counts its records without naming them all. */
  protected listsNames(line: ChangeSummaryLine): boolean {
    return line.names.length > 0 && line.count > NAMES_IN_TEXT;
  }

  protected pageQuery(page: number): Record<string, number | null> {
    return { page: page > 1 ? page : null };
  }
}
