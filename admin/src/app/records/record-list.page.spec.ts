import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, computed, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideApi } from '../core/api/provide-api';
import { SessionStore } from '../core/auth/session.store';
import { ADMIN, EDITOR } from '../../testing/test-helpers';
import { SCHOOLS } from '../schools/schools.feature';
import type { ListSelection, RecordFeature } from './record-feature';
import { RecordListPage } from './record-list.page';

/** Shows what the list hands a feature's bulk actions. */
@Component({ selector: 'cs-test-bulk', template: `{{ json() }}` })
class ShowSelectionComponent {
  readonly selection = input.required<ListSelection>();
  readonly done = input<() => void>();
  protected readonly json = computed(() => JSON.stringify(this.selection()));
}

const WITH_BULK: RecordFeature = {
  ...(SCHOOLS as unknown as RecordFeature),
  bulkActions: ShowSelectionComponent,
};

const SCHOOL = {
  id: '44444444-4444-4444-8444-444444444444',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  slug: 'pima',
  name: 'Pima Community College',
  city: 'Tucson',
  state: 'AZ',
  website: null,
  ipedsUnitId: null,
  sourceId: null,
};

describe('RecordListPage (the generic list)', () => {
  let httpTesting: HttpTestingController;
  let harness: RouterTestingHarness;

  async function setUp(user = ADMIN, feature: RecordFeature = SCHOOLS as unknown as RecordFeature) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'schools', component: RecordListPage, data: { feature } }]),
        provideApi(),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signIn({ email: user.email, password: 'x' }).subscribe();
    httpTesting.expectOne('/api/auth/login').flush(user);
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => httpTesting.verify());

  it('asks the API for the page, sort, search and filters the URL names', async () => {
    await setUp();
    await harness.navigateByUrl('/schools?page=2&pageSize=10&sort=-city&q=pima&state=AZ');
    const req = httpTesting.expectOne((r) => r.url === '/api/schools');
    expect(req.request.params.toString()).toBe('page=2&pageSize=10&sort=-city&q=pima&state=AZ');
    req.flush({ items: [SCHOOL], total: 11, page: 2, pageSize: 10 });
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement!;
    expect(el.querySelector('td a')!.textContent).toContain('Pima Community College');
    expect(el.querySelector('th[aria-sort="descending"]')!.textContent).toContain('City');
    expect((el.querySelector('input[type="search"]') as HTMLInputElement).value).toBe('pima');
    expect(el.querySelector('a[href$="/schools/new?state=AZ"]')).not.toBeNull();
  });

  it('hands the chosen rows, or every matching one, to the feature’s bulk actions', async () => {
    await setUp(ADMIN, WITH_BULK);
    await harness.navigateByUrl('/schools?state=AZ');
    const other = { ...SCHOOL, id: '55555555-5555-4555-8555-555555555555', version: 4, name: 'Other' };
    httpTesting
      .expectOne((r) => r.url === '/api/schools')
      .flush({ items: [SCHOOL, other], total: 30, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement!;
    expect(el.querySelector('cs-test-bulk')).toBeNull();

    el.querySelector<HTMLInputElement>('input[aria-label="Choose Other, Tucson"]')!.click();
    await harness.fixture.whenStable();
    expect(el.querySelector('.list__bulk')!.textContent).toContain('1 school chosen.');
    expect(JSON.parse(el.querySelector('cs-test-bulk')!.textContent!)).toEqual({
      kind: 'records',
      records: [{ id: other.id, version: 4 }],
    });

    [...el.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Choose all 30 matching'))!
      .click();
    await harness.fixture.whenStable();
    expect(JSON.parse(el.querySelector('cs-test-bulk')!.textContent!)).toEqual({
      kind: 'matching',
      filter: { state: 'AZ' },
      total: 30,
    });
  });

  it('puts a new sort into the URL and loads again', async () => {
    await setUp();
    await harness.navigateByUrl('/schools?state=AZ');
    httpTesting
      .expectOne((r) => r.url === '/api/schools')
      .flush({ items: [SCHOOL], total: 1, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    const nameHeader = [...harness.routeNativeElement!.querySelectorAll('th')].find((th) =>
      th.textContent?.includes('Name'),
    )!;
    (nameHeader.querySelector('.mat-sort-header-container') as HTMLElement).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/schools?state=AZ&sort=-name');
    httpTesting
      .expectOne((r) => r.url === '/api/schools' && r.params.get('sort') === '-name')
      .flush({
        items: [],
        total: 0,
        page: 1,
        pageSize: 20,
      });
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement!.textContent).toContain('No schools match this search.');
  });

  it('offers no “New” to a role that may not write this type', async () => {
    await setUp(EDITOR);
    await harness.navigateByUrl('/schools');
    httpTesting
      .expectOne((r) => r.url === '/api/schools')
      .flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement!.textContent).toContain('There are no schools yet.');
    expect(harness.routeNativeElement!.textContent).not.toContain('New school');
  });
});
