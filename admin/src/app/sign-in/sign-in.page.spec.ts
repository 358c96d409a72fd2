import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideApi } from '../core/api/provide-api';
import { SessionStore } from '../core/auth/session.store';
import { EDITOR, errorBody, settle, typeInto } from '../../testing/test-helpers';
import { SignInPage } from './sign-in.page';

@Component({ template: '<p>somewhere in the app</p>' })
class ElsewhereStub {}

describe('SignInPage', () => {
  let harness: RouterTestingHarness;
  let httpTesting: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'sign-in', component: SignInPage },
            { path: '**', component: ElsewhereStub },
          ],
          withComponentInputBinding(),
        ),
        provideApi(),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => httpTesting.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const emailInput = () => page().querySelector<HTMLInputElement>('input[formControlName="email"]')!;
  const passwordInput = () => page().querySelector<HTMLInputElement>('input[formControlName="password"]')!;
  const submitButton = () => page().querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const fieldErrors = (input: HTMLInputElement) =>
    Array.from(input.closest('mat-form-field')!.querySelectorAll('mat-error')).map((e) =>
      e.textContent!.trim(),
    );
  const alertText = () => page().querySelector('[role="alert"]')!.textContent!.trim();

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
  }

  async function submit(email: string, password: string): Promise<void> {
    typeInto(emailInput(), email);
    typeInto(passwordInput(), password);
    submitButton().click();
    await harness.fixture.whenStable();
  }

  async function answerLogin(respond: (req: ReturnType<HttpTestingController['expectOne']>) => void) {
    const req = httpTesting.expectOne({ method: 'POST', url: '/api/auth/login' });
    respond(req);
    await settle();
    await harness.fixture.whenStable();
  }

  it('labels the fields, sets autocomplete and focuses the email field', async () => {
    await open('/sign-in');

    expect(emailInput().getAttribute('autocomplete')).toBe('username');
    expect(passwordInput().getAttribute('autocomplete')).toBe('current-password');
    const labels = Array.from(page().querySelectorAll('mat-label')).map((l) => l.textContent!.trim());
    expect(labels).toEqual(['Email', 'Password']);
    expect(document.activeElement).toBe(emailInput());
  });

  it('shows field errors for an empty form and sends nothing', async () => {
    await open('/sign-in');

    submitButton().click();
    await harness.fixture.whenStable();

    expect(fieldErrors(emailInput())).toEqual(['Enter your email address.']);
    expect(fieldErrors(passwordInput())).toEqual(['Enter your password.']);
    expect(document.activeElement).toBe(emailInput());
    httpTesting.expectNone('/api/auth/login');
  });

  it('shows a field error for an invalid email and sends nothing', async () => {
    await open('/sign-in');

    await submit('grace-at-example', 'secret');

    expect(fieldErrors(emailInput())).toEqual(['Enter an email address like name@example.org.']);
    expect(fieldErrors(passwordInput())).toEqual([]);
    httpTesting.expectNone('/api/auth/login');
  });

  it('submits the credentials, shows progress, and goes to the returnUrl', async () => {
    await open('/sign-in?returnUrl=%2Foccupations%2F42%3Ftab%3Dwages');

    await submit(EDITOR.email, 'correct horse battery staple');

    const req = httpTesting.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(req.request.body).toEqual({ email: EDITOR.email, password: 'correct horse battery staple' });
    expect(submitButton().getAttribute('aria-disabled')).toBe('true');
    expect(submitButton().textContent).toContain('Signing in');
    expect(submitButton().querySelector('mat-progress-spinner')).not.toBeNull();

    req.flush(EDITOR);
    await settle();
    await harness.fixture.whenStable();

    expect(router.url).toBe('/occupations/42?tab=wages');
    expect(TestBed.inject(SessionStore).user()).toEqual(EDITOR);
  });

  it('goes to the dashboard when there is no returnUrl', async () => {
    await open('/sign-in');

    await submit(EDITOR.email, 'secret');
    await answerLogin((req) => req.flush(EDITOR));

    expect(router.url).toBe('/');
  });

  it.each(['https://evil.example/phish', '//evil.example/phish', '/\\evil.example', 'javascript:alert(1)'])(
    'rejects the absolute returnUrl %s and goes to the dashboard instead',
    async (returnUrl) => {
      await open(`/sign-in?returnUrl=${encodeURIComponent(returnUrl)}`);

      await submit(EDITOR.email, 'secret');
      await answerLogin((req) => req.flush(EDITOR));

      expect(router.url).toBe('/');
    },
  );

  it("shows the API's message on 401 and stays on the page", async () => {
    await open('/sign-in?returnUrl=%2Foccupations');

    await submit(EDITOR.email, 'wrong');
    const { body, init } = errorBody(401, 'unauthorized', 'Email or password is incorrect.');
    await answerLogin((req) => req.flush(body, init));

    expect(alertText()).toBe('Email or password is incorrect.');
    expect(router.url).toBe('/sign-in?returnUrl=%2Foccupations');
    expect(submitButton().getAttribute('aria-disabled')).not.toBe('true');
    expect(TestBed.inject(SessionStore).user()).toBeNull();
  });

  it('says how long to wait when the API answers 429 with Retry-After', async () => {
    await open('/sign-in');

    await submit(EDITOR.email, 'wrong again');
    const { body, init } = errorBody(429, 'too_many_requests', 'Too many attempts. Try again in 30 seconds.');
    // The header is the latest word on the wait.
    await answerLogin((req) => req.flush(body, { ...init, headers: { 'Retry-After': '29' } }));

    expect(alertText()).toBe('Too many attempts. Try again in 29 seconds.');
    expect(router.url).toBe('/sign-in');
    expect(submitButton().getAttribute('aria-disabled')).not.toBe('true');
  });

  it('says so for the per-address limit too, in the same words, counting from Retry-After', async () => {
    await open('/sign-in');

    await submit(EDITOR.email, 'secret');
    const { body, init } = errorBody(429, 'too_many_requests', 'Too many attempts from your address');
    await answerLogin((req) => req.flush(body, { ...init, headers: { 'Retry-After': '1' } }));

    expect(alertText()).toBe('Too many attempts. Try again in 1 second.');
  });

  it('explains a 429 even when the answer has no body', async () => {
    await open('/sign-in');

    await submit(EDITOR.email, 'secret');
    await answerLogin((req) => req.flush(null, { status: 429, statusText: 'Too Many Requests' }));

    expect(alertText()).toBe('Too many attempts. Wait a moment and try again.');
  });

  it("shows the server's field errors beside the field they concern", async () => {
    await open('/sign-in');

    await submit(EDITOR.email, 'secret');
    const { body, init } = errorBody(400, 'validation_failed', 'Check the highlighted fields.', [
      { field: 'email', message: 'This account is disabled.' },
    ]);
    await answerLogin((req) => req.flush(body, init));

    expect(fieldErrors(emailInput())).toEqual(['This account is disabled.']);
    expect(fieldErrors(passwordInput())).toEqual([]);
    expect(alertText()).toBe('Check the highlighted fields.');

    typeInto(emailInput(), 'someone.else@careerscope.test');
    await harness.fixture.whenStable();
    expect(fieldErrors(emailInput())).toEqual([]);
  });

  it('asks for the second factor when the API answers totp_required, then sends it', async () => {
    await open('/sign-in?returnUrl=%2Fpublishing');
    await submit(EDITOR.email, 'secret');
    const first = errorBody(401, 'totp_required', 'Enter the code from your authenticator app.');
    await answerLogin((req) => req.flush(first.body, first.init));
    const totp = page().querySelector<HTMLInputElement>('input[formControlName="totp"]')!;
    expect(totp).not.toBeNull();
    expect(totp.getAttribute('autocomplete')).toBe('one-time-code');
    expect(alertText()).toContain('six-digit code');

    typeInto(totp, '123456');
    submitButton().click();
    await harness.fixture.whenStable();
    const req = httpTesting.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({ email: EDITOR.email, password: 'secret', totp: '123456' });
    req.flush(EDITOR);
    await harness.fixture.whenStable();
    await settle();
    expect(router.url).toBe('/publishing');
  });

  it('says so beside the code when the code is wrong', async () => {
    await open('/sign-in');
    await submit(EDITOR.email, 'secret');
    const ask = errorBody(401, 'totp_required', 'Enter the code.');
    await answerLogin((req) => req.flush(ask.body, ask.init));
    const totp = page().querySelector<HTMLInputElement>('input[formControlName="totp"]')!;
    typeInto(totp, '000000');
    submitButton().click();
    await harness.fixture.whenStable();
    const wrong = errorBody(401, 'totp_required', 'Enter the code.', [
      { field: 'totp', message: 'That code is not valid.' },
    ]);
    httpTesting.expectOne('/api/auth/login').flush(wrong.body, wrong.init);
    await harness.fixture.whenStable();
    expect(fieldErrors(totp)).toEqual(['That code is not valid.']);
  });
});
