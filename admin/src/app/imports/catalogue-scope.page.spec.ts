import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CatalogueScopeView, SessionUser } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { SessionStore } from '../core/auth/session.store';
import { ADMIN, EDITOR, errorBody, settle, typeInto } from '../../testing/test-helpers';
import { CatalogueScopePage } from './catalogue-scope.page';

const SCOPE: CatalogueScopeView = {
  majorGroups: ['29', '31'],
  socCodes: ['11-9111', '21-1022'],
  version: 3,
  updatedAt: '2026-11-30T09:00:00.000Z',
};

describe('CatalogueScopePage', () => {
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApi(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpTesting.verify());

  async function open(user: SessionUser, scope: CatalogueScopeView = SCOPE) {
    TestBed.inject(SessionStore).signIn({ email: user.email, password: 'x' }).subscribe();
    httpTesting.expectOne('/api/auth/login').flush(user);
    const fixture = TestBed.createComponent(CatalogueScopePage);
    await fixture.whenStable();
    httpTesting.expectOne('/api/catalogue/scope').flush(scope);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el };
  }

  const items = (el: HTMLElement, testid: string) =>
    Array.from(el.querySelectorAll(`[data-testid="${testid}"] li`)).map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );

  function save(el: HTMLElement): void {
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }

  it('shows an editor the major groups and named codes, read-only', async () => {
    const { el } = await open(EDITOR);
    expect(items(el, 'scope-groups')).toEqual([
      '29-0000 Healthcare Practitioners and Technical',
      '31-0000 Healthcare Support',
    ]);
    expect(items(el, 'scope-codes')).toEqual(['11-9111', '21-1022']);
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelector('[data-testid="scope-read-only"]')!.textContent).toContain(
      'Only an admin can change the catalogue scope.',
    );
  });

  it('lets an admin change the scope, sending the version it started from', async () => {
    const { fixture, el } = await open(ADMIN);
    const groups = el.querySelector<HTMLInputElement>('[data-testid="scope-groups-input"]')!;
    const codes = el.querySelector<HTMLTextAreaElement>('[data-testid="scope-codes-input"]')!;
    expect(groups.value).toBe('29, 31');
    expect(codes.value).toBe('11-9111\n21-1022');

    typeInto(groups, '29, 31, 29');
    typeInto(codes, '11-9111\n21-1022, 19-1042\n');
    save(el);
    const put = httpTesting.expectOne('/api/catalogue/scope');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      majorGroups: ['29', '31'],
      socCodes: ['11-9111', '21-1022', '19-1042'],
      version: 3,
    });
    put.flush({ ...SCOPE, socCodes: ['11-9111', '21-1022', '19-1042'], version: 4 });
    await fixture.whenStable();
    expect(items(el, 'scope-codes')).toEqual(['11-9111', '21-1022', '19-1042']);
    expect(document.querySelector('.cs-toast-success')!.textContent).toContain('Catalogue scope saved.');
  });

  it('names bad codes beside their field without sending, and shows the API’s field messages', async () => {
    const { fixture, el } = await open(ADMIN);
    const groups = el.querySelector<HTMLInputElement>('[data-testid="scope-groups-input"]')!;
    const codes = el.querySelector<HTMLTextAreaElement>('[data-testid="scope-codes-input"]')!;
    typeInto(groups, '29, 2');
    typeInto(codes, '29-0000\n11-9111');
    save(el);
    await fixture.whenStable();
    httpTesting.expectNone('/api/catalogue/scope');
    expect(el.querySelector('#scope-groups-errors')!.textContent).toContain(
      'Not a major group: 2. A major group is two digits, such as 29.',
    );
    expect(el.querySelector('#scope-codes-errors')!.textContent).toContain(
      'Not an occupation code: 29-0000.',
    );
    expect(groups.getAttribute('aria-invalid')).toBe('true');

    typeInto(groups, '29');
    typeInto(codes, '11-9111');
    save(el);
    const message = 'Each SOC code is an occupation code such as 11-9111, not a group such as 11-0000';
    const { body, init } = errorBody(400, 'validation_failed', message, [{ field: 'socCodes', message }]);
    httpTesting.expectOne('/api/catalogue/scope').flush(body, init);
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('#scope-codes-errors [role="alert"]')!.textContent!.trim()).toBe(message);
    expect(el.querySelector('#scope-groups-errors [role="alert"]')).toBeNull();
  });

  it('shows the current scope when someone else saved it first, and starts again from it', async () => {
    const { fixture, el } = await open(ADMIN);
    typeInto(el.querySelector<HTMLInputElement>('[data-testid="scope-groups-input"]')!, '29');
    save(el);
    const current: CatalogueScopeView = {
      ...SCOPE,
      majorGroups: ['29', '31'],
      socCodes: ['11-9111'],
      version: 4,
    };
    httpTesting
      .expectOne('/api/catalogue/scope')
      .flush(
        { statusCode: 409, error: 'conflict', message: 'Someone else changed the catalogue scope', current },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    await fixture.whenStable();
    const conflict = el.querySelector('[data-testid="scope-conflict"]')!;
    expect(conflict.getAttribute('role')).toBe('alert');
    expect(conflict.textContent!.replace(/\s+/g, ' ')).toContain(
      'Not saved: Someone else changed the catalogue scope. It now holds major groups 29, 31 and 1 named code: 11-9111.',
    );

    Array.from(conflict.querySelectorAll('button'))
      .find((b) => b.textContent!.includes('Start again'))!
      .click();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="scope-conflict"]')).toBeNull();
    expect(el.querySelector<HTMLInputElement>('[data-testid="scope-groups-input"]')!.value).toBe('29, 31');
    save(el);
    expect(httpTesting.expectOne('/api/catalogue/scope').request.body).toMatchObject({ version: 4 });
  });
});
