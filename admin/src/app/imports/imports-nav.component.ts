import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** The imports area's own pages, as a row of links under each page's heading. */
@Component({
  selector: 'cs-imports-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav aria-label="Imports" class="imports-nav">
      <a
        routerLink="/imports"
        routerLinkActive="is-active"
        [routerLinkActiveOptions]="{ exact: true }"
        ariaCurrentWhenActive="page"
        >History</a
      >
      <a routerLink="/imports/upload" routerLinkActive="is-active" ariaCurrentWhenActive="page"
        >Upload a data file</a
      >
      <a routerLink="/imports/freshness" routerLinkActive="is-active" ariaCurrentWhenActive="page"
        >Data freshness</a
      >
      <a routerLink="/imports/soc-codes" routerLinkActive="is-active" ariaCurrentWhenActive="page"
        >SOC code periods</a
      >
      <a routerLink="/imports/scope" routerLinkActive="is-active" ariaCurrentWhenActive="page"
        >Catalogue scope</a
      >
    </nav>
  `,
  styles: `
    .imports-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0 0 1.5rem;
    }
    .imports-nav a {
      padding: 0.25rem 0;
    }
    .imports-nav a.is-active {
      font-weight: 600;
      text-decoration: none;
      border-bottom: 2px solid currentColor;
    }
    .imports-nav a:focus-visible {
      outline: 2px solid currentColor;
      outline-offset: 2px;
    }
  `,
})
export class ImportsNavComponent {}
