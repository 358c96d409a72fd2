import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { FreshnessView } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { settle } from '../../testing/test-helpers';
import { FreshnessPage } from './freshness.page';

const FRESHNESS: FreshnessView = {
  newest: {
    oews: { periodYear: 2024, referencePeriod: 'May 2024' },
    projections: { baseYear: 2024, targetYear: 2034 },
  },
  staleFigures: [
    {
      recordType: 'wageStatistic',
      id: '5e0a3c1d-1111-4222-8333-444455556666',
      socCode: '29-2072',
      areaCode: 'CA',
      referencePeriod: 'May 2023',
      newestPeriod: 'May 2024',
    },
  ],
  occupationsNotUpdated: [
    {
      slug: 'medical-coder',
      title: 'Medical Coder',
      socCode: '29-2072',
      latestWagePeriod: 'May 2023',
      latestProjectionPeriod: null,
    },
  ],
  calendar: [
    { kind: 'oews', covers: 'May 2025', expected: 'April 2026', published: true, imported: false },
    { kind: 'projections', covers: '2025–35', expected: 'September 2026', published: true, imported: true },
  ],
};

describe('FreshnessPage', () => {
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApi(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpTesting.verify());

  async function render(view: FreshnessView) {
    const fixture = TestBed.createComponent(FreshnessPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('mat-progress-bar')).not.toBeNull();
    httpTesting.expectOne('/api/freshness').flush(view);
    await fixture.whenStable();
    return el;
  }

  const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();

  it('lists stale figures, occupations not updated and the next expected releases', async () => {
    const el = await render(FRESHNESS);

    const newest = Array.from(el.querySelectorAll('[data-testid="newest"] dd')).map(text);
    expect(newest).toEqual(['May 2024', '2024–2034']);

    const calendar = Array.from(el.querySelectorAll('[data-testid="calendar"] li')).map(text);
    expect(calendar).toEqual([
      'OEWS wages May 2025, usually published April 2026: out and not imported yet. Upload it.',
      'Employment Projections 2025–35, usually published September 2026: already imported.',
    ]);

    const notUpdated = el.querySelectorAll('[data-testid="not-updated"] tbody tr');
    expect(Array.from(notUpdated[0].children).map(text)).toEqual([
      'Medical Coder',
      '29-2072',
      'May 2023',
      'none',
    ]);

    const stale = el.querySelector('[data-testid="stale"] tbody tr')!;
    expect(Array.from(stale.children).map(text)).toEqual(['Wages', '29-2072', 'CA', 'May 2023', 'May 2024']);
    expect(stale.querySelector('a')!.getAttribute('href')).toBe(
      '/wage-statistics/5e0a3c1d-1111-4222-8333-444455556666',
    );
  });

  it('says so when everything is up to date', async () => {
    const el = await render({ ...FRESHNESS, staleFigures: [], occupationsNotUpdated: [] });
    expect(el.querySelector('[data-testid="no-stale"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="all-updated"]')).not.toBeNull();
  });

  it('shows the error and tries again on request', async () => {
    const fixture = TestBed.createComponent(FreshnessPage);
    await fixture.whenStable();
    httpTesting
      .expectOne('/api/freshness')
      .flush(
        { statusCode: 503, error: 'service_unavailable', message: 'The database does not answer.' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await settle();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(text(el.querySelector('[role="alert"]'))).toContain('The database does not answer.');
    el.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    httpTesting.expectOne('/api/freshness').flush(FRESHNESS);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="stale"]')).not.toBeNull();
  });
});
