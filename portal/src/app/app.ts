import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterOutlet } from '@angular/router';

import { SiteFooter } from './core/layout/site-footer';
import { SiteHeader } from './core/layout/site-header';

/** The page frame: skip link, header, the routed page in `<main>`, footer. */
@Component({
  selector: 'cs-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, SiteHeader, SiteFooter],
  template: `
    <a class="skip-link" [href]="skipLinkHref()">Skip to main content</a>
    <cs-site-header />
    <main id="main" class="container" tabindex="-1">
      <router-outlet />
    </main>
    <!-- The footer is static: it stays as the server rendered it, never hydrated. -->
    @defer (on immediate; hydrate never) {
      <cs-site-footer />
    }
  `,
})
export class App {
  private readonly router = inject(Router);

  /** The current path plus `#main`: a bare `#main` would resolve against `<base href="/">`. */
  protected readonly skipLinkHref = computed(() => {
    this.router.lastSuccessfulNavigation();
    return `${this.router.url.split('#')[0]}#main`;
  });
}
