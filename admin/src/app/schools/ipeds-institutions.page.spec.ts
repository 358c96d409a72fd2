import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { IpedsInstitutionView, Page, SchoolRecord } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { settle, typeInto } from '../../testing/test-helpers';
import { IpedsInstitutionsPage, refreshChanges } from './ipeds-institutions.page';

const page = (items: IpedsInstitutionView[]): Page<IpedsInstitutionView> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

const SANTA_FE: IpedsInstitutionView = {
  unitId: 137096,
  name: 'Santa Fe College',
  city: 'Gainesville',
  state: 'FL',
  website: 'https://www.sfcollege.edu/',
  schoolId: null,
};

const LISTING: SchoolRecord = {
  id: '5e0a3c1d-1111-4222-8333-444455556666',
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  slug: 'santa-fe-college',
  name: 'Santa Fe College (Gainesville)',
  city: 'Gainesville',
  state: 'FL',
  website: 'https://sfcollege.edu/',
  ipedsUnitId: 137096,
  sourceId: null,
  zip: null,
  latitude: null,
  longitude: null,
  sector: 4,
  closedOn: null,
  directoryYear: 2022,
  tuitionInDistrict: null,
  tuitionInState: null,
  tuitionOutOfState: null,
  booksAndSupplies: null,
  pricesYear: null,
  pricesSourceId: null,
  handEdited: ['name'],
};

describe('IpedsInstitutionsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApi(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(first: Page<IpedsInstitutionView>) {
    const fixture = TestBed.createComponent(IpedsInstitutionsPage);
    await fixture.whenStable();
    http.expectOne((request) => request.url === '/api/ipeds/institutions').flush(first);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const button = (el: HTMLElement, text: string) =>
    [...el.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(text))!;

  it('asks for the directory to be loaded first when none is, linking to the imports', async () => {
    const { el } = await render(page([]));
    expect(el.textContent).toContain('No IPEDS directory is loaded');
    expect(el.querySelector('a[href="/imports"]')?.textContent).toContain('Go to imports');
  });

  it('searches by name, city or UNITID and creates the listing of an institution not yet listed', async () => {
    const { fixture, el } = await render(page([SANTA_FE]));
    typeInto(el.querySelector<HTMLInputElement>('input[type="search"]')!, 'Gainesville');
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    await settle();
    const search = http.expectOne((request) => request.url === '/api/ipeds/institutions');
    expect(search.request.params.get('q')).toBe('Gainesville');
    search.flush(page([SANTA_FE]));
    await fixture.whenStable();
    expect(el.querySelector('tbody tr')?.textContent).toContain('Not listed');

    button(el, 'Create listing').click();
    const create = http.expectOne('/api/ipeds/institutions/137096/school');
    expect(create.request.body).toEqual({});
    create.flush({ ...LISTING, version: 1, handEdited: [] });
    await fixture.whenStable();
    expect(el.querySelector('tbody tr a')?.textContent).toContain('Listed');
    expect(el.querySelector('[role="status"]')?.textContent).toContain('is now listed');
  });

  it('shows what a refresh would change, and on a stale version explains it and compares again', async () => {
    const { fixture, el } = await render(page([{ ...SANTA_FE, schoolId: LISTING.id }]));
    button(el, 'Refresh from IPEDS').click();
    http.expectOne(`/api/schools/${LISTING.id}`).flush(LISTING);
    await fixture.whenStable();
    const rows = [...el.querySelectorAll('.ipeds__refresh tbody tr')].map((row) => row.textContent ?? '');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Kept: edited by hand');
    expect(rows[1]).toContain('https://www.sfcollege.edu/');

    button(el, 'Refresh listing').click();
    const refresh = http.expectOne('/api/ipeds/institutions/137096/school');
    expect(refresh.request.body).toEqual({ version: 3 });
    refresh.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'stale',
        current: { ...LISTING, version: 4, website: SANTA_FE.website },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(el.querySelector('.ipeds__refresh [role="alert"]')?.textContent).toContain('now at version 4');
    expect(el.querySelectorAll('.ipeds__refresh tbody tr')).toHaveLength(1);

    button(el, 'Refresh listing').click();
    expect(http.expectOne('/api/ipeds/institutions/137096/school').request.body).toEqual({ version: 4 });
  });

  it('lists only the fields that differ, keeping the hand-edited ones', () => {
    expect(refreshChanges({ ...LISTING, website: SANTA_FE.website }, SANTA_FE)).toEqual([
      { label: 'Name', listed: 'Santa Fe College (Gainesville)', ipeds: 'Santa Fe College', kept: true },
    ]);
  });
});
