import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

@Component({
  selector: 'cs-site-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <header class="site-header">
      <div class="container site-header__inner">
        <a class="brand" routerLink="/">Careerscope</a>
        <nav aria-label="Main">
          <ul>
            @let current = currentPath();
            @for (link of links; track link.path) {
              @let active = link.path === '/' ? current === '/' : isWithin(current, link.path);
              <li>
                <a
                  [routerLink]="link.path"
                  [class.active]="active"
                  [attr.aria-current]="active ? 'page' : null"
                  >{{ link.label }}</a
                >
              </li>
            }
          </ul>
        </nav>
        <!-- A plain GET form: it searches before the scripts load. -->
        <form
          class="site-search"
          method="get"
          action="/careers"
          role="search"
          aria-label="Site"
          (submit)="search($event)"
        >
          <label for="site-search" class="visually-hidden">Search careers</label>
          <input id="site-search" name="q" type="search" maxlength="100" placeholder="Search careers" />
          <button type="submit">Search</button>
        </form>
      </div>
    </header>
  `,
})
export class SiteHeader {
  private readonly router = inject(Router);

  protected readonly links = [
    { path: '/', label: 'Compare careers' },
    { path: '/careers', label: 'Find a career' },
    { path: '/schools', label: 'Schools' },
    { path: '/sources', label: 'Sources' },
    { path: '/about-data', label: 'About the data' },
  ];

  /**
   * The page's path, for marking the section a visitor is in: one reading of the router per
   * navigation rather than an active-link directive per link.
   */
  protected readonly currentPath = computed(() => {
    this.router.lastSuccessfulNavigation();
    return this.router.url.split(/[?#]/)[0];
  });

  /** `/careers/x` is within `/careers`. */
  protected isWithin(path: string, section: string): boolean {
    return path === section || path.startsWith(`${section}/`);
  }

  protected search(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const q = String(new FormData(form).get('q') ?? '').trim();
    form.reset();
    void this.router.navigate(['/careers'], { queryParams: { q: q || null } });
  }
}
