import { BreakpointObserver, type BreakpointState } from '@angular/cdk/layout';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, Validators } from '@angular/forms';
import { BehaviorSubject } from 'rxjs';

import { provideApi } from '../core/api/provide-api';
import { typeInto } from '../../testing/test-helpers';
import { MarkdownFieldComponent, PREVIEW_DEBOUNCE_MS } from './markdown-field.component';

@Component({
  imports: [MarkdownFieldComponent],
  template: `<cs-markdown-field [control]="control" label="Summary" [required]="true" />`,
})
class HostComponent {
  readonly control = new FormControl('', { nonNullable: true, validators: [Validators.required] });
}

const PREVIEW_URL = '/api/markdown/preview';
const pause = (ms = PREVIEW_DEBOUNCE_MS + 50) => new Promise((resolve) => setTimeout(resolve, ms));

describe('MarkdownFieldComponent', () => {
  let httpTesting: HttpTestingController;
  let narrow: BehaviorSubject<BreakpointState>;

  beforeEach(() => {
    narrow = new BehaviorSubject<BreakpointState>({ matches: false, breakpoints: {} });
    TestBed.configureTestingModule({
      providers: [
        provideApi(),
        provideHttpClientTesting(),
        { provide: BreakpointObserver, useValue: { observe: () => narrow } },
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpTesting.verify());

  async function render(initial = '') {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.control.setValue(initial);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return {
      fixture,
      el,
      textarea: el.querySelector('textarea')!,
      preview: () => el.querySelector<HTMLElement>('[data-testid="markdown-preview"]')!,
    };
  }

  it('labels the text and its preview, and says there is nothing to preview when empty', async () => {
    const { el, textarea, preview } = await render();
    expect(el.querySelector('mat-label')!.textContent!.trim()).toBe('Summary');
    expect(textarea.required).toBe(true);
    const region = el.querySelector('[role="region"]')!;
    expect(el.querySelector(`#${region.getAttribute('aria-labelledby')}`)!.textContent).toBe(
      'Summary preview',
    );
    expect(preview().getAttribute('aria-live')).toBe('polite');
    expect(preview().textContent!.trim()).toBe('Nothing to preview');
    await pause();
    httpTesting.expectNone(PREVIEW_URL);
  });

  it('asks for one preview after the typing pauses and shows the HTML', async () => {
    const { fixture, textarea, preview } = await render();
    typeInto(textarea, '**Bold');
    typeInto(textarea, '**Bold**');
    await pause(PREVIEW_DEBOUNCE_MS / 2);
    httpTesting.expectNone(PREVIEW_URL);
    await pause();

    const req = httpTesting.expectOne({ method: 'POST', url: PREVIEW_URL });
    expect(req.request.body).toEqual({ markdown: '**Bold**' });
    req.flush({ html: '<p><strong>Bold</strong> <a href="https://www.bls.gov/">BLS</a></p>' });
    await fixture.whenStable();
    expect(preview().querySelector('strong')!.textContent).toBe('Bold');
    expect(preview().querySelector('a')!.getAttribute('href')).toBe('https://www.bls.gov/');
  });

  it('previews the text a record loads with', async () => {
    const { fixture, preview } = await render('Loaded *text*');
    await pause();
    httpTesting.expectOne(PREVIEW_URL).flush({ html: '<p>Loaded <em>text</em></p>' });
    await fixture.whenStable();
    expect(preview().innerHTML).toContain('<em>text</em>');
  });

  it('drops the request for older text when the user types on', async () => {
    const { fixture, textarea, preview } = await render();
    typeInto(textarea, 'First');
    await pause();
    const stale = httpTesting.expectOne(PREVIEW_URL);
    typeInto(textarea, 'Second');
    expect(stale.cancelled).toBe(true);
    await pause();
    httpTesting.expectOne((req) => req.body.markdown === 'Second').flush({ html: '<p>Second</p>' });
    await fixture.whenStable();
    expect(preview().textContent!.trim()).toBe('Second');
  });

  it('goes back to “Nothing to preview” at once when the text is cleared', async () => {
    const { fixture, textarea, preview } = await render('Some text');
    await pause();
    httpTesting.expectOne(PREVIEW_URL).flush({ html: '<p>Some text</p>' });
    typeInto(textarea, '   ');
    await fixture.whenStable();
    expect(preview().textContent!.trim()).toBe('Nothing to preview');
  });

  it('says quietly when the preview fails, keeping the text', async () => {
    const { fixture, textarea, preview } = await render();
    typeInto(textarea, 'Text');
    await pause();
    httpTesting
      .expectOne(PREVIEW_URL)
      .flush({ statusCode: 500, error: 'internal', message: 'Boom' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    expect(preview().textContent).toContain('The preview is not available right now');
    expect(textarea.value).toBe('Text');
  });

  it('shows Write / Preview on narrow screens, one pane at a time', async () => {
    narrow.next({ matches: true, breakpoints: {} });
    const { fixture, el } = await render();
    const toggles = [...el.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')];
    expect(toggles.map((b) => b.textContent!.trim())).toEqual(['Write', 'Preview']);
    const write = el.querySelector('mat-form-field')!;
    const previewPane = el.querySelector('[role="region"]')!;
    expect(write.classList).not.toContain('md__pane--off');
    expect(previewPane.classList).toContain('md__pane--off');

    toggles[1].click();
    await fixture.whenStable();
    expect(write.classList).toContain('md__pane--off');
    expect(previewPane.classList).not.toContain('md__pane--off');
  });

  it('puts text and preview side by side on wide screens, without the switch', async () => {
    const { el } = await render();
    expect(el.querySelector('mat-button-toggle-group')).toBeNull();
    expect(el.querySelector('.md__pane--off')).toBeNull();
  });
});
