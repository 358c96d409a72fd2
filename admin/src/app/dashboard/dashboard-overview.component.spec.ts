import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { DraftDiff, FreshnessView, PublicationSummary, SessionUser } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { SessionStore } from '../core/auth/session.store';
import { ADMIN, EDITOR, errorBody, settle } from '../../testing/test-helpers';
import { DashboardOverviewComponent } from './dashboard-overview.component';

const CURRENT: PublicationSummary = {
  number: 7,
  note: 'May 2024 wages',
  publishedAt: '2026-05-01T10:00:00.000Z',
  publishedById: null,
  publishedByName: null,
  restoredFromNumber: null,
  current: true,
};

const DRAFT: DraftDiff = {
  from: 7,
  to: 0,
  summary: { added: 1, removed: 1, changed: 1 },
  changes: [
    {
      collection: 'occupations',
      key: 'medical-coder',
      label: 'Medical Coder',
      recordType: 'occupation',
      recordId: 'occ-2',
      change: 'changed',
      fields: [{ path: 'summaryHtml', label: 'Summary', change: 'changed', before: 'a', after: 'b' }],
    },
    {
      collection: 'schools',
      key: 'sch-new',
      label: 'New School of Health',
      recordType: 'school',
      recordId: 'sch-new',
      change: 'added',
      fields: [],
    },
    {
      collection: 'schools',
      key: 'sch-gone',
      label: 'Closing School of Health',
      recordType: 'school',
      recordId: null,
      change: 'removed',
      fields: [],
    },
  ],
  publishable: false,
  problems: [
    {
      field: 'occupations.medical-coder.wages',
      message: 'Medical Coder has no national wage statistic for SOC 29-2072',
      recordType: 'occupation',
      recordId: 'occ-2',
    },
  ],
};

const NOTHING: DraftDiff = {
  ...DRAFT,
  summary: { added: 0, removed: 0, changed: 0 },
  changes: [],
  publishable: true,
  problems: [],
};

const FRESHNESS: FreshnessView = {
  newest: {
    oews: { periodYear: 2024, referencePeriod: 'May 2024' },
    projections: { baseYear: 2024, targetYear: 2034 },
  },
  staleFigures: [
    {
      recordType: 'wageStatistic',
      id: 'w-ca',
      socCode: '29-2072',
      areaCode: 'CA',
      referencePeriod: 'May 2023',
      newestPeriod: 'May 2024',
    },
    {
      recordType: 'wageStatistic',
      id: 'w-us',
      socCode: '29-2072',
      areaCode: 'US',
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
      latestProjectionPeriod: '2024–34',
    },
  ],
  calendar: [
    { kind: 'oews', covers: 'May 2025', expected: 'April 2026', published: true, imported: false },
    { kind: 'projections', covers: '2025–35', expected: 'September 2026', published: true, imported: false },
  ],
};

const FRESH: FreshnessView = { ...FRESHNESS, staleFigures: [], occupationsNotUpdated: [] };

describe('DashboardOverviewComponent', () => {
  let httpTesting: HttpTestingController;

  function signIn(user: SessionUser) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApi(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signIn({ email: user.email, password: 'secret' }).subscribe();
    httpTesting.expectOne('/api/auth/login').flush(user);
  }

  afterEach(() => httpTesting.verify());

  async function render(draft: DraftDiff, freshness: FreshnessView) {
    const fixture = TestBed.createComponent(DashboardOverviewComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(text(el, 'changes-since')).toContain('Looking for changes');
    expect(text(el, 'freshness')).toContain('Checking');
    httpTesting.expectOne('/api/publications').flush([CURRENT]);
    httpTesting.expectOne('/api/publications/draft/diff').flush(draft);
    httpTesting.expectOne('/api/freshness').flush(freshness);
    await fixture.whenStable();
    return { fixture, el };
  }

  const text = (el: HTMLElement, testId: string) =>
    (el.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('counts the unpublished changes per record type from the API, with what would stop publishing', async () => {
    signIn(EDITOR);
    const { el } = await render(DRAFT, FRESH);
    const items = [...el.querySelectorAll('[data-testid="changes-since"] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(['Occupations: 1 (1 changed)', 'Schools: 2 (1 new, 1 deleted)']);
    const link = el.querySelector('[data-testid="changes-since"] li a')!;
    expect(link.getAttribute('href')).toBe('/publishing#group-occupations');
    expect(text(el, 'draft-problem-count')).toBe('1 problem to fix before publishing.');
    expect(text(el, 'changes-since')).toContain('Publication 7');
  });

  it('shows the API’s release calendar, saying what is out and not imported yet', async () => {
    signIn(EDITOR);
    const { el } = await render(NOTHING, FRESH);
    expect(text(el, 'releases')).toBe(
      'OEWS wages: May 2025, published April 2026, not imported yet Employment Projections: 2025–35, published September 2026, not imported yet',
    );
  });

  it('says when nothing waits to be published and every figure is of the newest release', async () => {
    signIn(EDITOR);
    const { el } = await render(NOTHING, FRESH);
    expect(text(el, 'changes-since')).toContain('No unpublished changes.');
    expect(el.querySelector('[data-testid="draft-problem-count"]')).toBeNull();
    expect(text(el, 'freshness')).toBe('Every occupation has figures of the newest releases held.');
  });

  it("shows the API's freshness report: occupations behind the newest release and stale series", async () => {
    signIn(EDITOR);
    const { el } = await render(NOTHING, FRESHNESS);
    const items = [...el.querySelectorAll('[data-testid="freshness"] li')];
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Medical Coder (29-2072): Wages are from May 2023, the newest held are May 2024.',
      '2 series of figures: are older than the newest release of their kind.',
    ]);
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe('/wage-statistics?q=29-2072');
    expect(items[1].querySelector('a')!.getAttribute('href')).toBe('/imports/freshness');
  });

  it('says when the changes or the freshness report cannot be loaded', async () => {
    signIn(EDITOR);
    const fixture = TestBed.createComponent(DashboardOverviewComponent);
    await fixture.whenStable();
    const failed = errorBody(500, 'internal_error', 'Boom');
    httpTesting.expectOne('/api/publications').flush([CURRENT]);
    httpTesting.expectOne('/api/publications/draft/diff').flush(failed.body, failed.init);
    httpTesting.expectOne('/api/freshness').flush(failed.body, failed.init);
    await settle();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(text(el, 'changes-since')).toContain('could not be loaded');
    expect(text(el, 'freshness')).toBe('The freshness report could not be loaded.');
  });

  it("shows an editor's unpublished changes as recent activity, linked while the record exists", async () => {
    signIn(EDITOR);
    const { el } = await render(DRAFT, FRESH);
    const items = [...el.querySelectorAll('[data-testid="activity"] li')];
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Changed, not yet published: Medical Coder',
      'New, not yet published: New School of Health',
      'Deleted, not yet published: Closing School of Health',
    ]);
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe('/occupations/occ-2');
    expect(items[2].querySelector('a')).toBeNull();
  });

  it('shows an admin the audit log as recent activity', async () => {
    signIn(ADMIN);
    const fixture = TestBed.createComponent(DashboardOverviewComponent);
    await fixture.whenStable();
    httpTesting.expectOne('/api/publications').flush([CURRENT]);
    httpTesting.expectOne('/api/publications/draft/diff').flush(NOTHING);
    httpTesting.expectOne('/api/freshness').flush(FRESH);
    httpTesting.expectOne('/api/audit-events?pageSize=8').flush({
      items: [
        {
          id: 'e1',
          type: 'publication.published',
          at: '2026-05-01T10:00:00.000Z',
          actor: { id: ADMIN.id, email: ADMIN.email },
          ip: null,
          subjectType: 'publication',
          subjectId: '7',
          details: {},
        },
      ],
      total: 1,
      page: 1,
      pageSize: 8,
    });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(text(el, 'activity')).toContain(`${ADMIN.email}: publication.published (publication 7)`);
  });
});
