import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { HealthResponse } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { SessionStore } from '../core/auth/session.store';
import { EDITOR, settle } from '../../testing/test-helpers';
import { ScheduleNoticeComponent } from '../publishing/schedule-notice.component';
import { DashboardOverviewComponent } from './dashboard-overview.component';
import { DashboardPage } from './dashboard.page';

/** The overview and the schedule notice have their own specs; here only the page's own parts are under test. */
@Component({ selector: 'cs-dashboard-overview', template: '' })
class OverviewStub {}

@Component({ selector: 'cs-schedule-notice', template: '' })
class ScheduleNoticeStub {}

describe('DashboardPage', () => {
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApi(), provideHttpClientTesting()],
    });
    TestBed.overrideComponent(DashboardPage, {
      remove: { imports: [DashboardOverviewComponent, ScheduleNoticeComponent] },
      add: { imports: [OverviewStub, ScheduleNoticeStub] },
    });
    httpTesting = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signIn({ email: EDITOR.email, password: 'secret' }).subscribe();
    httpTesting.expectOne('/api/auth/login').flush(EDITOR);
  });

  afterEach(() => httpTesting.verify());

  async function render() {
    const fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it("welcomes the user by name and shows the API's health", async () => {
    const { fixture, el } = await render();
    expect(el.querySelector('h1')!.textContent).toContain('Welcome, Grace Hopper');
    expect(el.querySelector('[data-testid="health"]')!.textContent).toContain('Checking the API');

    const health: HealthResponse = { status: 'ok', database: 'up', publication: 4 };
    httpTesting.expectOne('/api/health').flush(health);
    await fixture.whenStable();

    const facts = Array.from(el.querySelectorAll('dt')).map((dt) => [
      dt.textContent!.trim(),
      dt.nextElementSibling!.textContent!.trim(),
    ]);
    expect(facts).toEqual([
      ['API', 'Running'],
      ['Database', 'Connected'],
      ['Live publication', 'No. 4'],
    ]);
  });

  it('says when nothing is published yet', async () => {
    const { fixture, el } = await render();
    httpTesting.expectOne('/api/health').flush({ status: 'ok', database: 'up', publication: null });
    await fixture.whenStable();

    expect(el.querySelector('[data-testid="health"]')!.textContent).toContain('Nothing published yet');
  });

  it('shows why the API is unhealthy, and checks again on request', async () => {
    const { fixture, el } = await render();
    httpTesting
      .expectOne('/api/health')
      .flush(
        { statusCode: 503, error: 'service_unavailable', message: 'The database does not answer.' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="health"]')!.textContent).toContain(
      'The database does not answer.',
    );

    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent!.includes('Check again'))!
      .click();
    await fixture.whenStable();
    httpTesting.expectOne('/api/health').flush({ status: 'ok', database: 'up', publication: 1 });
    await fixture.whenStable();

    expect(el.querySelector('[data-testid="health"]')!.textContent).toContain('No. 1');
  });
});
