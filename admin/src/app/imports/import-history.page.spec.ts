import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { provideApi } from '../core/api/provide-api';
import { ImportHistoryPage } from './import-history.page';
import { importView } from './testing/import-fixtures';

describe('ImportHistoryPage', () => {
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApi(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpTesting.verify());

  async function render() {
    const fixture = TestBed.createComponent(ImportHistoryPage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('offers the upload and says so when nothing was imported yet', async () => {
    const { fixture, el } = await render();
    const request = httpTesting.expectOne((r) => r.url === '/api/imports');
    expect(request.request.params.get('page')).toBe('1');
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await fixture.whenStable();

    expect(el.querySelector('[data-testid="imports-empty"]')!.textContent).toContain(
      'No file has been uploaded yet',
    );
    const upload = Array.from(el.querySelectorAll('a')).find(
      (a) => a.textContent!.trim() === 'Upload a data file',
    );
    expect(upload!.getAttribute('href')).toBe('/imports/upload');
  });

  it('lists each file with its kind, period, status, counts, who and when', async () => {
    const { fixture, el } = await render();
    const {
      rows: _rows,
      unmatched: _unmatched,
      ...summary
    } = importView({
      status: 'applied',
      counts: { new: 2, changed: 1, unchanged: 3, unmatched: 0, suspicious: 1 },
      appliedAt: '2026-04-20T10:05:00.000Z',
    });
    httpTesting
      .expectOne((r) => r.url === '/api/imports')
      .flush({ items: [summary], total: 1, page: 1, pageSize: 20 });
    await fixture.whenStable();

    const cells = Array.from(el.querySelectorAll('[data-testid="imports-history"] tbody tr td')).map((td) =>
      td.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(cells.slice(0, 6)).toEqual([
      'national_M2023_dl.xlsx',
      'OEWS wages',
      'May 2023',
      'Applied',
      '2 new, 1 changed, 3 unchanged , 1 suspicious',
      'Grace Hopper',
    ]);
    expect(cells[6]).toContain('applied');
    expect(el.querySelector('[data-testid="imports-history"] a')!.getAttribute('href')).toBe(
      `/imports/${summary.id}`,
    );
  });
});
