import { HttpEventType } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { provideApi } from '../core/api/provide-api';
import { errorBody, settle } from '../../testing/test-helpers';
import { ImportUploadPage } from './import-upload.page';
import { importView } from './testing/import-fixtures';

describe('ImportUploadPage', () => {
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApi(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpTesting.verify());

  async function render() {
    const fixture = TestBed.createComponent(ImportUploadPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el };
  }

  function choose(el: HTMLElement, file: File): void {
    const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  function submit(el: HTMLElement): void {
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }

  const xlsx = () => new File(['x'.repeat(2048)], 'national_M2023_dl.xlsx');

  it('labels the file input and accepts a file dropped on the zone', async () => {
    const { fixture, el } = await render();
    const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
    const label = el.querySelector(`#${input.getAttribute('aria-labelledby')}`)!;
    expect(label.textContent!.trim()).toBe('Data file');

    const drop = new Event('drop') as Event & { dataTransfer: unknown };
    drop.dataTransfer = { files: [xlsx()] };
    el.querySelector('label.drop')!.dispatchEvent(drop);
    await fixture.whenStable();
    expect(el.querySelector('.drop__chosen')!.textContent).toContain('national_M2023_dl.xlsx');
  });

  it('shows the upload progress, then opens the preview', async () => {
    const { fixture, el } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    choose(el, xlsx());
    el.querySelector<HTMLInputElement>('input[formcontrolname="periodYear"]')!.value = '2023';
    el.querySelector<HTMLInputElement>('input[formcontrolname="periodYear"]')!.dispatchEvent(
      new Event('input'),
    );
    submit(el);

    const request = httpTesting.expectOne('/api/imports');
    expect(request.request.method).toBe('POST');
    const body = request.request.body as FormData;
    expect((body.get('file') as File).name).toBe('national_M2023_dl.xlsx');
    expect(body.get('periodYear')).toBe('2023');
    expect(request.request.reportProgress).toBe(true);

    request.event({ type: HttpEventType.UploadProgress, loaded: 512, total: 2048 });
    await fixture.whenStable();
    const progress = el.querySelector('[data-testid="upload-progress"]')!;
    expect(progress.textContent).toContain('Uploading 25 %');
    expect(progress.querySelector('mat-progress-bar')!.getAttribute('aria-valuenow')).toBe('25');
    expect(el.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(true);

    request.event({ type: HttpEventType.UploadProgress, loaded: 2048, total: 2048 });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="upload-progress"]')!.textContent).toContain('Reading the file');

    request.flush(importView({ id: 'b6f0b0a4-2d0c-4a5e-9a57-0d5b1d9b7f10' }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/imports', 'b6f0b0a4-2d0c-4a5e-9a57-0d5b1d9b7f10']);
  });

  it("shows the API's reason beside the file field when the file is not a BLS file", async () => {
    const { fixture, el } = await render();
    choose(el, new File(['a,b'], 'budget.csv'));
    submit(el);
    const message = 'Row 1, column A: expected an OEWS or Employment Projections header (OCC_CODE, …).';
    const { body, init } = errorBody(400, 'validation_failed', message, [
      {
        field: 'file',
        message: 'This is not an OEWS estimates file nor an Employment Projections workbook.',
      },
    ]);
    httpTesting.expectOne('/api/imports').flush(body, init);
    await settle();
    await fixture.whenStable();

    const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const status = el.querySelector(`#${input.id}-status`)!;
    const errors = Array.from(status.querySelectorAll('[role="alert"]')).map((node) =>
      node.textContent!.trim(),
    );
    expect(errors).toEqual([
      message,
      'This is not an OEWS estimates file nor an Employment Projections workbook.',
    ]);
    expect(input.getAttribute('aria-describedby')).toContain(status.id);
    expect(el.querySelector('[data-testid="upload-progress"]')).toBeNull();
  });

  it('refuses a file that is not a spreadsheet, CSV or O*NET text file, or is over 20 MB, without sending it', async () => {
    const { fixture, el } = await render();
    choose(el, new File(['%PDF'], 'report.pdf'));
    await fixture.whenStable();
    expect(el.querySelector('.drop__chosen')!.textContent).toContain(
      'is not an .xlsx, .xls, .csv or .txt file',
    );

    const big = new File(['x'], 'national_M2024_dl.xlsx');
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    choose(el, big);
    submit(el);
    await fixture.whenStable();
    expect(el.querySelector('.drop__chosen')!.textContent).toContain('larger than 20 MB');
    httpTesting.expectNone('/api/imports');
  });

  it('says in plain words which files it accepts', async () => {
    const { el } = await render();
    const accepted = el.querySelector('[data-testid="accepted-files"]')!.textContent!.replace(/\s+/g, ' ');
    expect(accepted).toContain(
      'OEWS wage estimates, national or state (.xlsx, .csv, or .xls for older years)',
    );
    expect(accepted).toContain('Employment Projections occupation workbook');
    expect(accepted).toContain('table 5.4');
    expect(accepted).toContain("Projections Central's long-term projections for all states (.csv)");
    expect(accepted).toContain('O*NET database');
    expect(el.querySelector('input[type="file"]')!.getAttribute('accept')).toBe('.xlsx,.xls,.csv,.txt');
  });

  it('sends the O*NET release with an O*NET file, and shows the API’s objection beside that field', async () => {
    const { fixture, el } = await render();
    choose(el, new File(['O*NET-SOC Code\tTitle\tDescription'], 'Occupation Data.txt'));
    const release = el.querySelector<HTMLInputElement>('input[formcontrolname="release"]')!;
    release.value = '29.3';
    release.dispatchEvent(new Event('input'));
    submit(el);
    const sent = httpTesting.expectOne('/api/imports');
    expect((sent.request.body as FormData).get('release')).toBe('29.3');
    expect((sent.request.body as FormData).get('periodYear')).toBeNull();
    const message =
      'Say which O*NET release Occupation Data.txt comes from (for example 29.3): its files do not say';
    const { body, init } = errorBody(400, 'validation_failed', message, [{ field: 'release', message }]);
    sent.flush(body, init);
    await settle();
    await fixture.whenStable();

    expect(el.querySelector('[data-testid="release-error"]')!.textContent!.trim()).toBe(message);
    // Not repeated as a problem of the file itself.
    expect(el.querySelector('.drop__chosen [role="alert"]')).toBeNull();
  });

  it('checks the form of the release before sending', async () => {
    const { fixture, el } = await render();
    choose(el, new File(['x'], 'Occupation Data.txt'));
    const release = el.querySelector<HTMLInputElement>('input[formcontrolname="release"]')!;
    release.value = 'latest';
    release.dispatchEvent(new Event('input'));
    submit(el);
    await fixture.whenStable();
    expect(el.textContent).toContain('Write the release number, e.g. 29.3.');
    httpTesting.expectNone('/api/imports');
  });

  it('explains a 413 beside the file and a 429 with how long to wait', async () => {
    const { fixture, el } = await render();
    choose(el, xlsx());
    submit(el);
    const tooLarge = 'Unpacked, the workbook would be larger than 200 MB';
    const large = errorBody(413, 'payload_too_large', tooLarge, [{ field: 'file', message: tooLarge }]);
    httpTesting.expectOne('/api/imports').flush(large.body, large.init);
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('.drop__chosen [role="alert"]')!.textContent).toContain(tooLarge);

    submit(el);
    const busy = errorBody(429, 'too_many_requests', 'Too many requests');
    httpTesting
      .expectOne('/api/imports')
      .flush(busy.body, { ...busy.init, headers: { 'Retry-After': '30' } });
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('.imports__error[role="alert"]')!.textContent).toContain(
      'Too many uploads in a short time. Wait 30 seconds, then upload again.',
    );
  });

  it('asks for a file when none was chosen', async () => {
    const { fixture, el } = await render();
    submit(el);
    await fixture.whenStable();
    expect(el.querySelector('.drop__chosen [role="alert"]')!.textContent).toContain('Choose a file');
  });
});
