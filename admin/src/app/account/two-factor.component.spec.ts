import { Clipboard } from '@angular/cdk/clipboard';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SessionUser, TotpSetupResponse } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { SessionStore } from '../core/auth/session.store';
import { EDITOR, errorBody, settle, typeInto } from '../../testing/test-helpers';
import { TwoFactorComponent, groupSecret } from './two-factor.component';

const SETUP: TotpSetupResponse = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/Careerscope:grace%40careerscope.test?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  qrCodeDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+',
};

describe('TwoFactorComponent (two-step sign-in on the account page)', () => {
  let httpTesting: HttpTestingController;
  let session: SessionStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideApi(), provideHttpClientTesting()] });
    httpTesting = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
  });

  afterEach(() => {
    httpTesting.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove());
  });

  async function open(user: SessionUser) {
    session.update(user);
    const fixture = TestBed.createComponent(TwoFactorComponent);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  function button(root: ParentNode, text: string): HTMLButtonElement {
    const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  const input = (el: HTMLElement, label: string) =>
    [...el.querySelectorAll('mat-form-field')]
      .find((field) => field.querySelector('mat-label')?.textContent?.trim() === label)!
      .querySelector('input') as HTMLInputElement;

  const fieldError = (field: HTMLInputElement) =>
    field.closest('mat-form-field')!.querySelector('mat-error')?.textContent?.trim() ?? '';

  async function enrol(el: HTMLElement, fixture: { whenStable(): Promise<unknown> }) {
    button(el, 'Turn on').click();
    httpTesting.expectOne({ method: 'POST', url: '/api/auth/totp/setup' }).flush(SETUP);
    await fixture.whenStable();
  }

  it('groups the key in fours for typing in by hand', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
    expect(groupSecret('')).toBe('');
  });

  it('turns it on: QR code with alt text, the key in groups of four, then the first code', async () => {
    const { fixture, el } = await open(EDITOR);
    expect(el.querySelector('[data-testid="two-factor-state"]')!.textContent).toContain('Off.');

    await enrol(el, fixture);
    const qr = el.querySelector('img')!;
    expect(qr.getAttribute('src')).toBe(SETUP.qrCodeDataUrl);
    expect(qr.getAttribute('alt')).toMatch(/QR code .* authenticator app/);
    expect(el.querySelector('[data-testid="totp-secret"]')!.textContent!.trim()).toBe(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
    const code = input(el, 'Six-digit code from the app');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');

    typeInto(code, '123 456');
    button(el, 'Confirm and turn on').click();
    const req = httpTesting.expectOne({ method: 'POST', url: '/api/auth/totp/confirm' });
    expect(req.request.body).toEqual({ code: '123456' });
    req.flush({ ...EDITOR, twoFactorEnabled: true });
    await fixture.whenStable();

    expect(session.user()!.twoFactorEnabled).toBe(true);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-testid="two-factor-state"]')!.textContent).toContain('On.');
    expect(document.querySelector('.cs-toast-success')?.textContent).toContain('Two-step sign-in is on');
  });

  it('copies the key without the spaces', async () => {
    const { fixture, el } = await open(EDITOR);
    await enrol(el, fixture);
    const copy = jest.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    button(el, 'Copy key').click();
    expect(copy).toHaveBeenCalledWith(SETUP.secret);
  });

  it('shows a wrong code beside the field and keeps the set-up open', async () => {
    const { fixture, el } = await open(EDITOR);
    await enrol(el, fixture);
    const message = 'That code is not correct; check the time on your phone and enter the current code';
    typeInto(input(el, 'Six-digit code from the app'), '000000');
    button(el, 'Confirm and turn on').click();
    const { body, init } = errorBody(400, 'bad_request', message, [{ field: 'code', message }]);
    httpTesting.expectOne({ method: 'POST', url: '/api/auth/totp/confirm' }).flush(body, init);
    await fixture.whenStable();
    await settle();

    const code = input(el, 'Six-digit code from the app');
    expect(fieldError(code)).toBe(message);
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(code);
    expect(el.querySelector('img')).not.toBeNull();
    expect(session.user()!.twoFactorEnabled).toBe(false);
  });

  it('checks the code’s form before asking the API', async () => {
    const { fixture, el } = await open(EDITOR);
    await enrol(el, fixture);
    typeInto(input(el, 'Six-digit code from the app'), '12345');
    button(el, 'Confirm and turn on').click();
    await fixture.whenStable();
    httpTesting.expectNone('/api/auth/totp/confirm');
    expect(fieldError(input(el, 'Six-digit code from the app'))).toBe('Enter the six digits the app shows.');
  });

  it('cancels a set-up without turning anything on', async () => {
    const { fixture, el } = await open(EDITOR);
    await enrol(el, fixture);
    button(el, 'Cancel').click();
    await fixture.whenStable();
    expect(el.querySelector('img')).toBeNull();
    expect(button(el, 'Turn on')).toBeTruthy();
  });

  it('turns it off with the password after confirmation', async () => {
    const { fixture, el } = await open({ ...EDITOR, twoFactorEnabled: true });
    button(el, 'Turn off').click();
    await fixture.whenStable();
    typeInto(input(el, 'Your password'), 'correct horse battery staple');
    button(el, 'Turn off two-step sign-in').click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container')!;
    expect(dialog.textContent).toContain('Turn off two-step sign-in?');
    button(dialog, 'Turn off').click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 200));

    const req = httpTesting.expectOne({ method: 'POST', url: '/api/auth/totp/disable' });
    expect(req.request.body).toEqual({ password: 'correct horse battery staple' });
    req.flush({ ...EDITOR, twoFactorEnabled: false });
    await fixture.whenStable();
    expect(session.user()!.twoFactorEnabled).toBe(false);
    expect(el.querySelector('[data-testid="two-factor-state"]')!.textContent).toContain('Off.');
  });

  it('sends nothing when the user cancels turning it off', async () => {
    const { fixture, el } = await open({ ...EDITOR, twoFactorEnabled: true });
    button(el, 'Turn off').click();
    await fixture.whenStable();
    typeInto(input(el, 'Your password'), 'correct horse battery staple');
    button(el, 'Turn off two-step sign-in').click();
    await settle();
    button(document.querySelector('mat-dialog-container')!, 'Cancel').click();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 200));
    httpTesting.expectNone('/api/auth/totp/disable');
    expect(session.user()!.twoFactorEnabled).toBe(true);
  });

  it('shows a wrong password beside the field, and the API’s word when admins must keep it on', async () => {
    const { fixture, el } = await open({ ...EDITOR, role: 'admin', twoFactorEnabled: true });
    button(el, 'Turn off').click();
    await fixture.whenStable();

    const turnOff = async (answer: ReturnType<typeof errorBody>) => {
      button(el, 'Turn off two-step sign-in').click();
      await settle();
      button(document.querySelector('mat-dialog-container')!, 'Turn off').click();
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve, 200));
      httpTesting.expectOne('/api/auth/totp/disable').flush(answer.body, answer.init);
      await fixture.whenStable();
    };

    typeInto(input(el, 'Your password'), 'not my password');
    await turnOff(
      errorBody(400, 'bad_request', 'The password is not correct', [
        { field: 'password', message: 'The password is not correct' },
      ]),
    );
    expect(fieldError(input(el, 'Your password'))).toBe('The password is not correct');

    typeInto(input(el, 'Your password'), 'correct horse battery staple');
    await turnOff(errorBody(409, 'conflict', 'Admins must keep two-factor sign-in on (REQUIRE_ADMIN_2FA)'));
    expect(el.querySelector('[data-testid="two-factor-error"]')!.textContent).toContain(
      'Admins must keep two-factor sign-in on',
    );
    expect(session.user()!.twoFactorEnabled).toBe(true);
  });

  it('says so when admins must use it on this site', async () => {
    const { el } = await open({ ...EDITOR, role: 'admin', twoFactorRequired: true });
    expect(el.querySelector('[data-testid="two-factor-required"]')!.textContent).toContain(
      'Admins must use two-step sign-in',
    );
  });
});
