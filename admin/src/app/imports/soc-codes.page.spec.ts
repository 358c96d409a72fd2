import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OccupationSocCodeRecord } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { settle, typeInto } from '../../testing/test-helpers';
import { SocCodesPage } from './soc-codes.page';

const CODER = {
  id: 'occ-coder',
  title: 'Medical Coder',
  socCode: '29-2072',
  socTitle: 'Medical Records Specialists',
};
const PERIOD: OccupationSocCodeRecord = {
  id: 'period-1',
  version: 3,
  occupationId: CODER.id,
  socCode: '29-2071',
  fromYear: null,
  toYear: 2018,
  note: 'SOC 2018 revision',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('SocCodesPage', () => {
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApi(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpTesting.verify());

  async function open() {
    const fixture = TestBed.createComponent(SocCodesPage);
    fixture.componentRef.setInput('occupation', CODER.id);
    await fixture.whenStable();
    httpTesting
      .expectOne((r) => r.url === '/api/occupations')
      .flush({ items: [CODER], total: 1, page: 1, pageSize: 100 });
    const list = httpTesting.expectOne((r) => r.url === '/api/occupation-soc-codes');
    expect(list.request.params.get('occupationId')).toBe(CODER.id);
    list.flush({ items: [PERIOD], total: 1, page: 1, pageSize: 100 });
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const input = (el: HTMLElement, name: string) =>
    el.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`)!;

  it("lists the occupation's periods", async () => {
    const { el } = await open();
    const cells = Array.from(el.querySelectorAll('[data-testid="periods"] tbody tr > *')).map((c) =>
      c.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(cells.slice(0, 3)).toEqual(['29-2071', 'until 2018', 'SOC 2018 revision']);
  });

  it('saves an edit with its version and shows the server’s message beside the field', async () => {
    const { fixture, el } = await open();
    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent!.includes('Edit'))!
      .click();
    await fixture.whenStable();
    expect(input(el, 'socCode').value).toBe('29-2071');
    typeInto(input(el, 'fromYear'), '2019');
    el.querySelector<HTMLButtonElement>('cs-soc-code-form button[type="submit"]')!.click();

    const patch = httpTesting.expectOne('/api/occupation-soc-codes/period-1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({
      socCode: '29-2071',
      fromYear: 2019,
      toYear: 2018,
      note: 'SOC 2018 revision',
      version: 3,
    });
    patch.flush(
      {
        statusCode: 400,
        error: 'validation_failed',
        message: 'Some fields are not valid.',
        fields: [{ field: 'toYear', message: 'The last year cannot be before the first year (2019).' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    await fixture.whenStable();
    const field = input(el, 'toYear').closest('mat-form-field')!;
    expect(field.querySelector('mat-error')!.textContent).toContain(
      'The last year cannot be before the first year (2019).',
    );
    expect(input(el, 'toYear').getAttribute('aria-invalid')).toBe('true');
  });

  it('adds a period for the chosen occupation', async () => {
    const { fixture, el } = await open();
    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent!.trim() === 'Add a period')!
      .click();
    await fixture.whenStable();
    typeInto(input(el, 'socCode'), '29-2098');
    typeInto(input(el, 'fromYear'), '2019');
    typeInto(input(el, 'toYear'), '2020');
    el.querySelector<HTMLButtonElement>('cs-soc-code-form button[type="submit"]')!.click();

    const post = httpTesting.expectOne({ method: 'POST', url: '/api/occupation-soc-codes' });
    expect(post.request.body).toEqual({
      occupationId: CODER.id,
      socCode: '29-2098',
      fromYear: 2019,
      toYear: 2020,
      note: null,
    });
    post.flush({
      ...PERIOD,
      id: 'period-2',
      version: 1,
      socCode: '29-2098',
      fromYear: 2019,
      toYear: 2020,
      note: null,
    });
    await settle();
    httpTesting
      .expectOne((r) => r.url === '/api/occupation-soc-codes')
      .flush({ items: [PERIOD], total: 1, page: 1, pageSize: 100 });
    await fixture.whenStable();
    expect(el.querySelector('cs-soc-code-form')).toBeNull();
  });
});
