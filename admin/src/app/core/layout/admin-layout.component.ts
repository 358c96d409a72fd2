import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { Role } from '@careerscope/shared';
import { filter, map } from 'rxjs';

import { SessionStore } from '../auth/session.store';
import { AsYouTypeErrorStateMatcher } from '../ui/error-state';
import { ReviewBadge } from './review-badge';
import { SIGN_IN_PATH } from '../auth/sign-in-url';

interface NavItem {
  label: string;
  /** Starts a new group in the navigation, under this heading. */
  group?: string;
  path: string;
  /** Highlight only on this exact path (the dashboard at `/` would otherwise match everything). */
  exact?: boolean;
  /** Shown only to these roles; everyone signed in when absent. */
  roles?: readonly [Role, ...Role[]];
  /** Carries the count of reviews waiting on the signed-in user. */
  badge?: boolean;
}

/** Feature pages add their entry here as they arrive. */
const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', path: '/', exact: true },
  { label: 'Publishing', path: '/publishing' },
  { label: 'Reviews', path: '/reviews', badge: true },
  { label: 'Imports', path: '/imports' },
  { group: 'Careers', label: 'Occupations', path: '/occupations' },
  { label: 'Sections', path: '/occupation-sections' },
  { label: 'Education paths', path: '/education-paths' },
  { label: 'Work settings', path: '/work-settings' },
  { label: 'Comparisons', path: '/comparisons' },
  { label: 'Authors', path: '/authors' },
  { group: 'Figures', label: 'Wage statistics', path: '/wage-statistics' },
  { label: 'Employment projections', path: '/employment-projections' },
  { label: 'Sources', path: '/sources' },
  { group: 'Credentials', label: 'Accreditation bodies', path: '/accreditation-bodies' },
  { label: 'Certifying bodies', path: '/certifying-bodies' },
  { label: 'Credentials', path: '/credentials' },
  { label: 'Occupation certifications', path: '/occupation-certifications' },
  { group: 'Schools', label: 'Schools', path: '/schools' },
  { label: 'Programs', path: '/programs' },
  { label: 'IPEDS institutions', path: '/ipeds-institutions', roles: ['admin'] },
  { group: 'Administration', label: 'Users', path: '/users', roles: ['admin'] },
  { label: 'Audit log', path: '/audit', roles: ['admin'] },
  { label: 'Webhooks', path: '/webhooks', roles: ['admin'] },
  { label: 'Your account', path: '/account' },
];

const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', editor: 'Editor' };

/** Below this width the navigation slides over the content instead of sitting beside it. */
const NARROW_SCREEN = '(max-width: 959.98px)';

@Component({
  selector: 'cs-admin-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatButtonModule,
  ],
  // Element-level, so no Material module's own ErrorStateMatcher (MatChipsModule provides one) can shadow it.
  providers: [{ provide: ErrorStateMatcher, useClass: AsYouTypeErrorStateMatcher }],
  templateUrl: './admin-layout.component.html',
  styleUrl: './admin-layout.component.scss',
})
export class AdminLayoutComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly user = this.session.user;
  protected readonly waiting = inject(ReviewBadge).count;
  protected readonly signingOut = this.session.loading;
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_SCREEN)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly navItems = computed(() =>
    NAV_ITEMS.filter((item) => !item.roles || this.session.hasRole(...item.roles)),
  );
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });

  constructor() {
    const badge = inject(ReviewBadge);
    badge.refresh();
    // Counted again on every page change: cheap, and what waits on you changes as people act.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => badge.refresh());
  }

  /** In-page anchors would resolve against `<base href="/admin/">` and reload the app. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected signOut(): void {
    this.session.signOut().subscribe({
      complete: () => void this.router.navigateByUrl(SIGN_IN_PATH),
    });
  }
}
