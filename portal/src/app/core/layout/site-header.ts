import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

@Component({
  selector: 'cs-site-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <header class="site-header">
      <div class="container site-header__inner">
        <a class="brand" routerLink="/">Careerscope</a>
        <nav aria-label="Main">
          <ul>
            @for (link of links; track link.path) {
              <li>
                <a
                  [routerLink]="link.path"
                  routerLinkActive="active"
                  [routerLinkActiveOptions]="{ exact: link.path === '/' }"
                  ariaCurrentWhenActive="page"
                  >{{ link.label }}</a
                >
              </li>
            }
          </ul>
        </nav>
      </div>
    </header>
  `,
})
export class SiteHeader {
  protected readonly links = [
    { path: '/', label: 'Compare careers' },
    { path: '/schools', label: 'Schools' },
    { path: '/sources', label: 'Sources' },
    { path: '/about-data', label: 'About the data' },
  ];
}
