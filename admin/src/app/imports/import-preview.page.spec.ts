import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import type { ImportView } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { settle, typeInto } from '../../testing/test-helpers';
import { ImportPreviewPage } from './import-preview.page';
import { importView, wageRow } from './testing/import-fixtures';

const ID = '0f5d7d8e-6f1e-4b59-9d7e-3c1a2b4c5d6e';

/** One new row, one changed row with a suspicious jump and an unchanged figure, one unchanged row. */
function mixedView(overrides: Partial<ImportView> = {}): ImportView {
  return importView({
    counts: { new: 1, changed: 1, unchanged: 1, unmatched: 1, suspicious: 1 },
    rows: [
      wageRow(),
      wageRow({
        occupationSlug: 'medical-coder',
        occupationTitle: 'Medical Coder',
        socCode: '29-2072',
        status: 'changed',
        figures: [
          {
            field: 'medianAnnual',
            current: { value: 48_780, flag: null },
            incoming: { value: 68_000, flag: null },
            changePercent: 39.4,
            suspicious: true,
          },
          {
            field: 'employment',
            current: { value: 187_910, flag: null },
            incoming: { value: 187_910, flag: null },
            changePercent: 0,
            suspicious: false,
          },
        ],
      }),
      wageRow({
        occupationSlug: 'pharmacy-technician',
        occupationTitle: 'Pharmacy Technician',
        socCode: '29-2052',
        status: 'unchanged',
        figures: [
          {
            field: 'p90Annual',
            current: { value: null, flag: '#' },
            incoming: { value: null, flag: '#' },
            changePercent: null,
            suspicious: false,
          },
        ],
      }),
    ],
    rowsTotal: 3,
    unmatched: [{ slug: 'tumor-registrar', title: 'Tumor Registrar', socCode: '29-2099' }],
    ...overrides,
  });
}

describe('ImportPreviewPage', () => {
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApi(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    httpTesting.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove());
  });

  let fixture: ComponentFixture<ImportPreviewPage> | undefined;

  async function open(view: ImportView) {
    fixture = TestBed.createComponent(ImportPreviewPage);
    fixture.componentRef.setInput('id', ID);
    await fixture.whenStable();
    (await expectRows({ show: 'changed', page: '1', pageSize: '100' })).flush(view);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el };
  }

  /** The one pending request for rows of the preview, with at least these query parameters. */
  async function expectRows(params: Record<string, string>) {
    await fixture?.whenStable();
    const request = httpTesting.expectOne((req) => req.method === 'GET' && req.url === `/api/imports/${ID}`);
    for (const [key, value] of Object.entries(params)) {
      expect(`${key}=${request.request.params.get(key)}`).toBe(`${key}=${value}`);
    }
    return request;
  }

  const tableRows = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('[data-testid="import-changes"] tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );

  function button(el: ParentNode, text: string): HTMLButtonElement {
    const found = Array.from(el.querySelectorAll('button')).find((b) => b.textContent!.trim() === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  async function confirmInDialog(fixture: { whenStable(): Promise<unknown> }, text: string) {
    await settle();
    const dialog = document.querySelector('mat-dialog-container')!;
    const message = dialog.textContent!.replace(/\s+/g, ' ');
    button(dialog, text).click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 200));
    return message;
  }

  it('asks the server for new or changed rows first, and shows only the lines applying would write', async () => {
    const { el } = await open(mixedView());

    expect(tableRows(el).map((cells) => cells[2])).toEqual([
      'Employment',
      'Median wage, annual',
      'Median wage, annual',
    ]);
    expect(el.querySelector('[data-testid="shown-count"]')!.textContent).toContain('3 rows match');
    const [employment, , coderMedian] = tableRows(el);
    expect(employment).toEqual([
      'Certified Medical Assistant (CMA) SOC 31-9092 · New',
      'U.S.',
      'Employment',
      'none (new)',
      'becomes → 764,880',
      '',
      '',
    ]);
    expect(coderMedian.slice(3, 6)).toEqual(['$48,780', 'becomes → $68,000', '+39.4%']);
  });

  it('filters, searches and pages the rows on the server', async () => {
    const { fixture, el } = await open(mixedView({ rowsTotal: 250 }));
    const loader = TestbedHarnessEnvironment.loader(fixture);

    const show = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="show"]' }));
    expect(await show.getValueText()).toBe('New or changed');
    await show.open();
    expect((await show.getOptions()).length).toBe(4);
    await show.clickOptions({ text: 'All rows' });
    (await expectRows({ show: 'all', page: '1', pageSize: '100' })).flush(mixedView({ rowsTotal: 250 }));
    await fixture.whenStable();
    expect(tableRows(el)).toHaveLength(5);
    expect(tableRows(el)[4].slice(2, 5)).toEqual([
      '90th percentile, annual',
      '# at or above the published cap',
      'becomes → # at or above the published cap',
    ]);

    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('1 – 100 of 250');
    await paginator.goToNextPage();
    (await expectRows({ show: 'all', page: '2', pageSize: '100' })).flush(mixedView({ rowsTotal: 250 }));
    await fixture.whenStable();

    const search = el.querySelector<HTMLInputElement>('[data-testid="search"]')!;
    typeInto(search, '  coder ');
    search.form!.dispatchEvent(new Event('submit'));
    (await expectRows({ show: 'all', q: 'coder', page: '1', pageSize: '100' })).flush(
      mixedView({ rows: [], rowsTotal: 0 }),
    );
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="no-rows"]')!.textContent!.replace(/\s+/g, ' ')).toContain(
      'No row matches “coder” under “All rows”.',
    );
  });

  it('lists the occupations applying would create and the warnings, before Apply', async () => {
    const { el } = await open(
      mixedView({
        counts: { new: 1, changed: 1, unchanged: 1, unmatched: 1, suspicious: 1, newOccupations: 2 },
        newOccupations: [
          { slug: 'nurse-anesthetists', title: 'Nurse Anesthetists', socCode: '29-1151' },
          { slug: 'midwives', title: 'Nurse Midwives', socCode: '29-1161' },
        ],
        newOccupationsTotal: 2,
        warnings: ['This file is for May 2023, older than the May 2024 figures already held.'],
      }),
    );
    const created = el.querySelector('[data-testid="new-occupations"]')!;
    expect(created.querySelector('h2')!.textContent!.trim()).toBe('2 new occupations');
    const rows = Array.from(created.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent!.trim()),
    );
    expect(rows).toEqual([
      ['Nurse Anesthetists', '29-1151', 'nurse-anesthetists'],
      ['Nurse Midwives', '29-1161', 'midwives'],
    ]);
    const warnings = el.querySelector('[data-testid="warnings"]')!;
    expect(warnings.textContent).toContain(
      'This file is for May 2023, older than the May 2024 figures already held.',
    );
    // Both come before the decision.
    const apply = button(el, 'Apply to the working copy');
    expect(created.compareDocumentPosition(apply) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(warnings.compareDocumentPosition(apply) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('pages and searches the occupations applying would create on the server', async () => {
    const page = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => ({
        slug: `occupation-${from + index}`,
        title: `Occupation ${from + index}`,
        socCode: `29-${String(1000 + from + index)}`,
      }));
    const counts = { new: 1, changed: 1, unchanged: 1, unmatched: 1, suspicious: 1, newOccupations: 150 };
    const { fixture, el } = await open(
      mixedView({ counts, newOccupations: page(0, 100), newOccupationsTotal: 150 }),
    );
    const created = () => el.querySelector('[data-testid="new-occupations"]')!;
    const titles = () =>
      Array.from(created().querySelectorAll('tbody th')).map((cell) => cell.textContent!.trim());
    expect(created().querySelector('h2')!.textContent!.trim()).toBe('150 new occupations');
    expect(titles()).toHaveLength(100);
    expect(el.querySelector('[data-testid="new-shown-count"]')!.textContent).toContain(
      '150 occupations match',
    );

    const loader = TestbedHarnessEnvironment.loader(fixture);
    const paginator = await loader.getHarness(
      MatPaginatorHarness.with({ selector: '[data-testid="new-paginator"]' }),
    );
    expect(await paginator.getRangeLabel()).toBe('1 – 100 of 150');
    await paginator.goToNextPage();
    (await expectRows({ show: 'changed', page: '1', newPage: '2', newPageSize: '100' })).flush(
      mixedView({ counts, newOccupations: page(100, 50), newOccupationsTotal: 150 }),
    );
    await fixture.whenStable();
    expect(titles()[0]).toBe('Occupation 100');
    expect(titles()).toHaveLength(50);

    const search = el.querySelector<HTMLInputElement>('[data-testid="new-search"]')!;
    expect(el.querySelector(`label[for="${search.id}"]`)!.textContent).toContain('Search new occupations');
    typeInto(search, ' nurse ');
    search.form!.dispatchEvent(new Event('submit'));
    (await expectRows({ newQ: 'nurse', newPage: '1', page: '1' })).flush(
      mixedView({ counts, newOccupations: [], newOccupationsTotal: 0 }),
    );
    await fixture.whenStable();
    // The heading still counts what applying creates; the list says nothing matches.
    expect(created().querySelector('h2')!.textContent!.trim()).toBe('150 new occupations');
    expect(el.querySelector('[data-testid="no-new-occupations"]')!.textContent).toContain(
      'No new occupation matches “nurse”.',
    );
    expect(el.querySelector('[data-testid="new-paginator"]')).toBeNull();
  });

  it('shows a figure of a new period beside the previous period’s value, flagging a suspicious move', async () => {
    const { el } = await open(
      importView({
        referencePeriod: 'May 2025',
        periodYear: 2025,
        counts: { new: 1, changed: 0, unchanged: 0, unmatched: 0, suspicious: 1 },
        rows: [
          wageRow({
            figures: [
              {
                field: 'medianAnnual',
                current: null,
                incoming: { value: 45_100, flag: null },
                changePercent: 0.9,
                suspicious: false,
                previous: { referencePeriod: 'May 2024', value: 44_720, flag: null },
              },
              {
                field: 'employment',
                current: null,
                incoming: { value: 1_200_000, flag: null },
                changePercent: 56.9,
                suspicious: true,
                previous: { referencePeriod: 'May 2024', value: 764_880, flag: null },
              },
            ],
          }),
        ],
      }),
    );
    const [median, employment] = tableRows(el);
    expect(median.slice(2, 7)).toEqual([
      'Median wage, annual',
      'May 2024 $44,720',
      'becomes → May 2025 $45,100',
      '+0.9%',
      '',
    ]);
    expect(employment.slice(3, 7)).toEqual([
      'May 2024 764,880',
      'becomes → May 2025 1,200,000',
      '+56.9%',
      'Suspicious',
    ]);
  });

  it('shows text facts before and after, shortening long text until asked', async () => {
    const long = `${'Assist physicians in examining and treating patients. '.repeat(6)}End.`;
    const { fixture, el } = await open(
      importView({
        kind: 'onet',
        fileName: 'Occupation Data.txt',
        referencePeriod: 'O*NET 29.3',
        counts: { new: 0, changed: 1, unchanged: 0, unmatched: 0, suspicious: 0 },
        rows: [
          wageRow({
            status: 'changed',
            areaCode: null,
            areaName: null,
            figures: [],
            fields: [
              {
                field: 'typicalEducation',
                label: 'Typical education needed for entry',
                current: null,
                incoming: 'Postsecondary nondegree award',
              },
              {
                field: 'description',
                label: 'Description',
                current: 'Perform routine tasks.',
                incoming: long,
              },
            ],
          }),
        ],
      }),
    );
    const [education, description] = tableRows(el);
    expect(education.slice(1, 5)).toEqual([
      'National',
      'Typical education needed for entry',
      'none (new)',
      'becomes → Postsecondary nondegree award',
    ]);
    expect(description[3]).toBe('Perform routine tasks.');
    expect(description[4]).not.toContain('End.');
    expect(description[4]).toContain('…');
    const toggle = el.querySelector<HTMLButtonElement>('[data-testid="text-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    expect(tableRows(el)[1][4]).toContain('End.');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent!.trim()).toBe('Show less');
  });

  it('says that an unchanged row of text facts holds the same facts', async () => {
    const { el } = await open(
      importView({
        kind: 'ep-education',
        counts: { new: 0, changed: 0, unchanged: 1, unmatched: 0, suspicious: 0 },
        rows: [],
        rowsTotal: 0,
      }),
    );
    button(el, 'Show all rows').click();
    (await expectRows({ show: 'all' })).flush(
      importView({
        kind: 'ep-education',
        counts: { new: 0, changed: 0, unchanged: 1, unmatched: 0, suspicious: 0 },
        rows: [wageRow({ status: 'unchanged', areaCode: null, areaName: null, figures: [], fields: [] })],
        rowsTotal: 1,
      }),
    );
    await fixture!.whenStable();
    expect(tableRows(el)).toEqual([
      [
        'Certified Medical Assistant (CMA) SOC 31-9092 · Unchanged',
        'National',
        'Every fact',
        'as held',
        'becomes → the same',
        '',
        '',
      ],
    ]);
  });

  it('shows new, closed and vanished listings of an IPEDS refresh and the fields edited by hand it keeps', async () => {
    const listingRow = wageRow({ figures: [], fields: [], areaCode: 'CO' });
    const { el } = await open(
      importView({
        kind: 'ipeds-completions',
        counts: {
          new: 1,
          changed: 2,
          unchanged: 10,
          unmatched: 0,
          suspicious: 0,
          closed: 1,
          vanished: 1,
          handEditsKept: 1,
        },
        rows: [
          {
            ...listingRow,
            occupationTitle: 'Aims Community College',
            socCode: '',
            areaName: 'Greeley',
            listing: {
              subject: 'institution',
              event: 'new',
              unitId: 126182,
              name: 'Aims Community College',
              keptFields: [],
            },
          },
          {
            ...listingRow,
            status: 'changed',
            occupationTitle: 'Emily Griffith Technical College',
            socCode: '',
            areaName: 'Denver',
            fields: [{ field: 'closedOn', label: 'Closed on', current: null, incoming: '2023-06-30' }],
            listing: {
              subject: 'institution',
              event: 'closed',
              unitId: 127158,
              name: 'Emily Griffith (Denver)',
              keptFields: ['name'],
            },
          },
          {
            ...listingRow,
            status: 'changed',
            areaName: 'Front Range Community College: Medical/Clinical Assistant (Associate’s degree)',
            fields: [
              { field: 'vanishedIn', label: 'No longer reported in', current: null, incoming: '2023' },
            ],
            listing: {
              subject: 'program',
              event: 'vanished',
              unitId: 127200,
              name: 'Medical/Clinical Assistant',
              keptFields: [],
            },
          },
        ],
        rowsTotal: 3,
      }),
    );
    expect(el.querySelector('[data-testid="listing-counts"]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      '1 closed · 1 program no longer reported · 1 with fields edited by hand kept',
    );
    expect(tableRows(el)).toEqual([
      [
        'Aims Community College UNITID 126182 · New school',
        'Greeley, CO',
        'School',
        'none (new)',
        'becomes → Aims Community College',
        '',
        '',
      ],
      [
        'Emily Griffith (Denver) UNITID 127158 · Closed school',
        'Denver, CO',
        'Closed on',
        'none (new)',
        'becomes → 2023-06-30',
        '',
        '',
      ],
      [
        'Emily Griffith (Denver) UNITID 127158 · Closed school',
        'Denver, CO',
        'Kept as edited by hand',
        'name',
        'becomes → kept',
        '',
        '',
      ],
      [
        'Certified Medical Assistant (CMA) SOC 31-9092 · No longer reported program',
        'Front Range Community College: Medical/Clinical Assistant (Associate’s degree), CO',
        'No longer reported in',
        'none (new)',
        'becomes → 2023',
        '',
        '',
      ],
    ]);
  });

  it('marks suspicious figures with words, not only colour, and highlights the count', async () => {
    const { el } = await open(mixedView());

    const suspicious = el.querySelectorAll('[data-testid="suspicious"]');
    expect(suspicious).toHaveLength(1);
    expect(suspicious[0].textContent!.trim()).toBe('Suspicious');
    expect(suspicious[0].closest('tr')!.classList).toContain('imports__line--suspicious');
    const count = el.querySelector('[data-testid="suspicious-count"]')!;
    expect(count.classList).toContain('imports__count-suspicious--some');
    expect(count.textContent!.replace(/\s+/g, ' ')).toContain(
      '1 suspicious figure — check it before applying',
    );
    expect(el.querySelector('[data-testid="unmatched"]')!.textContent).toContain(
      'Tumor Registrar (SOC 29-2099)',
    );
  });

  it('says when the file changes nothing or was already applied, and offers every row', async () => {
    const { fixture, el } = await open(
      importView({
        counts: { new: 0, changed: 0, unchanged: 1, unmatched: 0, suspicious: 0 },
        rows: [],
        rowsTotal: 0,
        alreadyAppliedImportId: '11111111-2222-4333-8444-555555555555',
      }),
    );
    expect(el.querySelector('[data-testid="nothing-to-change"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="already-applied"]')!.textContent).toContain(
      'This exact file was already applied.',
    );
    expect(el.querySelector('[data-testid="already-applied"] a')!.getAttribute('href')).toBe(
      '/imports/11111111-2222-4333-8444-555555555555',
    );
    expect(Array.from(el.querySelectorAll('button')).some((b) => b.textContent!.includes('Apply'))).toBe(
      false,
    );
    expect(el.querySelector('[data-testid="no-rows"]')!.textContent).toContain('No row is “New or changed”.');
    button(el, 'Show all rows').click();
    (await expectRows({ show: 'all' })).flush(
      importView({ rows: [wageRow({ status: 'unchanged' })], rowsTotal: 1, status: 'applied' }),
    );
    await fixture.whenStable();
    expect(tableRows(el)).toHaveLength(2);
  });

  it('asks for confirmation stating what will be written, applies, and offers to publish', async () => {
    const { fixture, el } = await open(mixedView());

    button(el, 'Apply to the working copy').click();
    const message = await confirmInDialog(fixture, 'Apply');
    expect(message).toContain('Apply the May 2023 figures?');
    expect(message).toContain(
      'This writes 1 new row and 1 changed row from national_M2023_dl.xlsx to the working copy, all at once. 1 suspicious figure is among them.',
    );
    expect(message).toContain('Nothing is public until you publish.');

    const apply = httpTesting.expectOne(`/api/imports/${ID}/apply`);
    expect(apply.request.method).toBe('POST');
    expect(apply.request.body).toEqual({ version: 1 });
    apply.flush(mixedView({ status: 'applied', version: 2, appliedAt: '2026-04-20T10:05:00.000Z' }));
    await fixture.whenStable();
    // The page the reader was on, as it now stands.
    (await expectRows({ show: 'changed', page: '1' })).flush(
      mixedView({ status: 'applied', version: 2, appliedAt: '2026-04-20T10:05:00.000Z' }),
    );
    await fixture.whenStable();

    expect(el.querySelector('[data-testid="import-status"]')!.textContent).toContain('Applied');
    const applied = el.querySelector('[data-testid="applied"]')!;
    expect(applied.querySelector('a')!.textContent!.trim()).toBe('Review and publish');
    expect(applied.querySelector('a')!.getAttribute('href')).toBe('/publishing');
    expect(document.querySelector('.cs-toast-success')!.textContent).toContain(
      'Applied: 1 new row and 1 changed row of May 2023 are in the working copy.',
    );
    expect(Array.from(el.querySelectorAll('button')).some((b) => b.textContent!.includes('Discard'))).toBe(
      false,
    );
  });

  it('writes nothing when the confirmation is cancelled', async () => {
    const { fixture, el } = await open(mixedView());
    button(el, 'Apply to the working copy').click();
    await confirmInDialog(fixture, 'Cancel');
    httpTesting.expectNone(`/api/imports/${ID}/apply`);
  });

  it('explains a 409 plainly when the import was applied meanwhile, and can reload it', async () => {
    const { fixture, el } = await open(mixedView());
    button(el, 'Apply to the working copy').click();
    await confirmInDialog(fixture, 'Apply');
    httpTesting.expectOne(`/api/imports/${ID}/apply`).flush(
      {
        statusCode: 409,
        error: 'conflict',
        message: 'This import was already applied.',
        current: mixedView({ status: 'applied', version: 2 }),
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    await fixture.whenStable();

    const alert = el.querySelector('[data-testid="decision-error"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(
      'Nothing was written. It has already been applied. This import was already applied.',
    );
    expect(el.querySelector('[data-testid="applied"]')).toBeNull();

    button(alert, 'Reload the import').click();
    (await expectRows({ show: 'changed' })).flush(mixedView({ status: 'applied', version: 2 }));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="import-status"]')!.textContent).toContain('Applied');
    expect(el.querySelector('[data-testid="decision-error"]')).toBeNull();
  });

  it('shows the broken rule when the API refuses to apply with 400', async () => {
    const { fixture, el } = await open(mixedView());
    button(el, 'Apply to the working copy').click();
    await confirmInDialog(fixture, 'Apply');
    httpTesting.expectOne(`/api/imports/${ID}/apply`).flush(
      {
        statusCode: 400,
        error: 'validation_failed',
        message:
          'Medical Coder, U.S.: the 25th percentile must be at least the 10th (wage_percentile_order).',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="decision-error"]')!.textContent).toContain(
      'Nothing was written. Medical Coder, U.S.: the 25th percentile must be at least the 10th (wage_percentile_order).',
    );
  });

  it('discards after confirmation', async () => {
    const { fixture, el } = await open(mixedView());
    button(el, 'Discard').click();
    const message = await confirmInDialog(fixture, 'Discard');
    expect(message).toContain('Nothing from national_M2023_dl.xlsx will be written.');
    const discard = httpTesting.expectOne(`/api/imports/${ID}/discard`);
    expect(discard.request.body).toEqual({ version: 1 });
    discard.flush(mixedView({ status: 'discarded', version: 2 }));
    await fixture.whenStable();
    (await expectRows({ show: 'changed' })).flush(mixedView({ status: 'discarded', version: 2 }));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="import-status"]')!.textContent).toContain('Discarded');
  });
});
