import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ADMIN, settle } from '../../../testing/test-helpers';
import { provideApi } from '../api/provide-api';
import { SessionStore } from '../auth/session.store';
import { AdminLayoutComponent } from './admin-layout.component';

@Component({ template: '<h1>Dashboard stub</h1>' })
class DashboardStub {}

describe('AdminLayoutComponent', () => {
  let harness: RouterTestingHarness;
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'sign-in', component: DashboardStub },
          { path: '', component: AdminLayoutComponent, children: [{ path: '', component: DashboardStub }] },
        ]),
        provideApi(),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(SessionStore);
    session.signIn({ email: ADMIN.email, password: 'secret' }).subscribe();
    httpTesting.expectOne('/api/auth/login').flush(ADMIN);
    harness = await RouterTestingHarness.create('/');
    flushWaiting(2);
    await harness.fixture.whenStable();
  });

  /** Answers the badge's count of reviews waiting on the user (asked at start and after each navigation). */
  function flushWaiting(count: number): void {
    for (const request of httpTesting.match('/api/reviews/waiting')) {
      request.flush({ count, reviewRequired: false });
    }
  }

  afterEach(() => {
    flushWaiting(0);
    httpTesting.verify();
  });

  const root = () => harness.fixture.nativeElement as HTMLElement;

  it('shows the product, the signed-in user and their role, and the landmarks', () => {
    expect(root().querySelector('mat-toolbar')!.textContent).toContain('Careerscope admin');
    expect(root().querySelector('[data-testid="current-user"]')!.textContent).toMatch(/Ada Lovelace\s*Admin/);
    expect(root().querySelector('header mat-toolbar')).not.toBeNull();
    expect(root().querySelector('main#main')!.textContent).toContain('Dashboard stub');
    expect(root().querySelector('nav[aria-label="Main"]')).not.toBeNull();
  });

  it('marks the current page in the navigation and links to the public site in a new tab', () => {
    const links = Array.from(root().querySelectorAll<HTMLAnchorElement>('nav a'));
    const dashboard = links.find((a) => a.textContent!.includes('Dashboard'))!;
    const portal = links.find((a) => a.textContent!.includes('View the public site'))!;

    expect(dashboard.getAttribute('aria-current')).toBe('page');
    expect(portal.getAttribute('href')).toBe('/');
    expect(portal.target).toBe('_blank');
    expect(portal.rel).toContain('noopener');
  });

  it('shows how many reviews wait on the user beside Reviews in the navigation, and none when none do', async () => {
    const reviews = () =>
      Array.from(root().querySelectorAll<HTMLAnchorElement>('nav a')).find((a) =>
        a.textContent!.includes('Reviews'),
      )!;
    expect(reviews().querySelector('[data-testid="reviews-waiting"]')!.textContent).toBe('2 waiting on you');

    // Counted again after every navigation.
    await TestBed.inject(Router).navigateByUrl('/?again=1');
    flushWaiting(0);
    harness.fixture.detectChanges();
    await harness.fixture.whenStable();
    expect(reviews().querySelector('[data-testid="reviews-waiting"]')).toBeNull();
  });

  it('moves focus to the main content from the skip link', () => {
    root().querySelector<HTMLAnchorElement>('.skip-link')!.click();

    expect(document.activeElement).toBe(root().querySelector('main#main'));
  });

  it('signs out on the server, forgets the user and goes to sign in', async () => {
    const signOut = Array.from(root().querySelectorAll('button')).find((b) =>
      b.textContent!.includes('Sign out'),
    )!;
    signOut.click();

    httpTesting
      .expectOne({ method: 'POST', url: '/api/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(TestBed.inject(SessionStore).user()).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/sign-in');
  });
});
