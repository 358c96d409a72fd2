import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { UserRecord } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { SessionStore } from '../core/auth/session.store';
import { ADMIN, errorBody, settle } from '../../testing/test-helpers';
import { UserPage } from './user.page';

const USER: UserRecord = {
  id: '22222222-2222-4222-8222-222222222222',
  email: 'sam@careerscope.test',
  name: 'Sam Editor',
  role: 'editor',
  status: 'active',
  version: 4,
  twoFactorEnabled: true,
  failedSignIns: 0,
  lockedUntil: '2030-01-03T14:05:00.000Z',
  lastSignInAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

describe('UserPage: unlock, reset two-step sign-in, delete', () => {
  let httpTesting: HttpTestingController;
  let harness: RouterTestingHarness;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'users', children: [] },
            { path: 'sign-in', children: [] },
            { path: 'users/:id', component: UserPage },
          ],
          withComponentInputBinding(),
        ),
        provideApi(),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(SessionStore).update(ADMIN);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    httpTesting.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove());
  });

  async function open(user: UserRecord = USER): Promise<HTMLElement> {
    await harness.navigateByUrl(`/users/${user.id}`);
    httpTesting.expectOne(`/api/users/${user.id}`).flush(user);
    await harness.fixture.whenStable();
    return harness.routeNativeElement!;
  }

  function button(root: ParentNode, text: string): HTMLButtonElement | undefined {
    return [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  }

  /** Clicks `action`, then answers the confirmation dialog; returns the dialog's text. */
  async function confirm(el: HTMLElement, action: string, answer: string): Promise<string> {
    button(el, action)!.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container')!;
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    button(dialog, answer)!.click();
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 200));
    return text;
  }

  const toast = () => document.querySelector('mat-snack-bar-container')?.textContent ?? '';

  it('shows the lockout and two-step state, and no generic Delete', async () => {
    const el = await open();
    expect(el.querySelector('[data-testid="lock-state"]')!.textContent).toMatch(
      /Locked .* until Jan 3, 2030/,
    );
    expect(el.querySelector('[data-testid="user-two-factor-state"]')!.textContent!.trim()).toBe('On');
    expect(button(el, 'Unlock')).toBeDefined();
    expect(button(el, 'Reset two-step sign-in')).toBeDefined();
    expect(button(el, 'Delete')).toBeUndefined();
    expect(button(el, 'Delete user')).toBeDefined();
  });

  it('offers Unlock only when locked and Reset only when two-step sign-in is on', async () => {
    const el = await open({ ...USER, lockedUntil: null, twoFactorEnabled: false });
    expect(el.querySelector('[data-testid="lock-state"]')!.textContent!.trim()).toBe('Not locked');
    expect(button(el, 'Unlock')).toBeUndefined();
    expect(button(el, 'Reset two-step sign-in')).toBeUndefined();
  });

  it('unlocks after a confirmation naming the user, sending the version, then reloads the user', async () => {
    const el = await open();
    const dialog = await confirm(el, 'Unlock', 'Unlock');
    expect(dialog).toContain('Unlock Sam Editor?');
    expect(dialog).toContain('sam@careerscope.test');

    const req = httpTesting.expectOne({ method: 'POST', url: `/api/users/${USER.id}/unlock` });
    expect(req.request.body).toEqual({ version: 4 });
    req.flush({ ...USER, version: 5, lockedUntil: null });
    await harness.fixture.whenStable();
    httpTesting.expectOne(`/api/users/${USER.id}`).flush({ ...USER, version: 5, lockedUntil: null });
    await harness.fixture.whenStable();

    expect(toast()).toContain('Unlocked sam@careerscope.test.');
    expect(el.querySelector('[data-testid="lock-state"]')!.textContent!.trim()).toBe('Not locked');
  });

  it('does nothing when the admin cancels', async () => {
    const el = await open();
    await confirm(el, 'Reset two-step sign-in', 'Cancel');
    await confirm(el, 'Delete user', 'Cancel');
    httpTesting.expectNone(() => true);
    expect(router.url).toBe(`/users/${USER.id}`);
  });

  it('resets two-step sign-in after a confirmation', async () => {
    const el = await open();
    const dialog = await confirm(el, 'Reset two-step sign-in', 'Reset two-step sign-in');
    expect(dialog).toContain('Reset two-step sign-in for Sam Editor?');
    const req = httpTesting.expectOne({ method: 'POST', url: `/api/users/${USER.id}/reset-two-factor` });
    expect(req.request.body).toEqual({ version: 4 });
    req.flush({ ...USER, version: 5, twoFactorEnabled: false });
    await harness.fixture.whenStable();
    httpTesting.expectOne(`/api/users/${USER.id}`).flush({ ...USER, version: 5, twoFactorEnabled: false });
    await harness.fixture.whenStable();
    expect(toast()).toContain('Reset two-step sign-in for sam@careerscope.test.');
    expect(button(el, 'Reset two-step sign-in')).toBeUndefined();
  });

  it('deletes after a confirmation and goes back to the list', async () => {
    const el = await open();
    const dialog = await confirm(el, 'Delete user', 'Delete user');
    expect(dialog).toContain('Delete Sam Editor?');
    const req = httpTesting.expectOne({ method: 'DELETE', url: `/api/users/${USER.id}?version=4` });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    await settle();
    expect(router.url).toBe('/users');
    expect(toast()).toContain('Deleted user sam@careerscope.test.');
  });

  it('shows the API’s words when the last active admin cannot be deleted, and stays', async () => {
    const admin = { ...USER, id: ADMIN.id, email: ADMIN.email, name: ADMIN.name, role: 'admin' as const };
    const el = await open(admin);
    const dialog = await confirm(el, 'Delete user', 'Delete user');
    expect(dialog).toContain('This is your own account: you will be signed out.');
    const { body, init } = errorBody(
      409,
      'last_admin',
      'This is the last active admin: make another user an admin first',
    );
    httpTesting.expectOne({ method: 'DELETE' }).flush(body, init);
    await harness.fixture.whenStable();
    expect(el.querySelector('[data-testid="access-error"]')!.textContent).toContain(
      'This is the last active admin',
    );
    expect(router.url).toBe(`/users/${ADMIN.id}`);
  });

  it('reloads the user when someone changed them meanwhile (stale version)', async () => {
    const el = await open();
    await confirm(el, 'Unlock', 'Unlock');
    const current = { ...USER, version: 6, lockedUntil: null };
    httpTesting
      .expectOne({ method: 'POST', url: `/api/users/${USER.id}/unlock` })
      .flush(
        { statusCode: 409, error: 'conflict', message: 'Someone else changed this user', current },
        { status: 409, statusText: 'Conflict' },
      );
    await harness.fixture.whenStable();
    httpTesting.expectOne(`/api/users/${USER.id}`).flush(current);
    await harness.fixture.whenStable();
    expect(el.querySelector('[data-testid="access-error"]')!.textContent).toContain(
      'changed this user meanwhile',
    );
    expect(el.textContent).toContain('Version 6');
  });
});
