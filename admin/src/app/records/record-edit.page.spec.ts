import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EditableRecord } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { SessionStore } from '../core/auth/session.store';
import { EDITOR, errorBody, settle, typeInto } from '../../testing/test-helpers';
import { RecordEditPage } from './record-edit.page';
import type { RecordFeature } from './record-feature';

interface Thing {
  name: string;
  count: number | null;
  note: string | null;
}
type ThingRecord = EditableRecord & Thing;

const THINGS: RecordFeature<ThingRecord, Thing> = {
  recordType: 'author',
  path: 'things',
  singular: 'thing',
  plural: 'things',
  title: (r) => r.name,
  defaultSort: 'name',
  columns: [{ key: 'name', header: 'Name', cell: (r) => r.name }],
  fields: [
    { key: 'name', label: 'Name', kind: 'text', required: true },
    { key: 'count', label: 'Count', kind: 'number', min: 0 },
    { key: 'note', label: 'Note', kind: 'text', nullable: true },
  ],
  defaults: () => ({ name: '', count: null, note: null }),
};

const RECORD: ThingRecord = {
  id: '11111111-1111-4111-8111-111111111111',
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  name: 'Widget',
  count: 2,
  note: null,
};

describe('RecordEditPage (the generic record form)', () => {
  let httpTesting: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'things', children: [] },
            { path: 'things/new', component: RecordEditPage, data: { feature: THINGS } },
            { path: 'things/:id', component: RecordEditPage, data: { feature: THINGS } },
          ],
          withComponentInputBinding(),
        ),
        provideApi(),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signIn({ email: EDITOR.email, password: 'x' }).subscribe();
    httpTesting.expectOne('/api/auth/login').flush(EDITOR);
    harness = await RouterTestingHarness.create();
  });

  // Heartbeats of the presence notice run beside every test; the presence test checks them itself.
  afterEach(() => {
    httpTesting.match((request) => request.url.startsWith('/api/presence/'));
    httpTesting.verify();
  });

  async function open(): Promise<HTMLElement> {
    await harness.navigateByUrl(`/things/${RECORD.id}`);
    httpTesting.expectOne(`/api/things/${RECORD.id}`).flush(RECORD);
    await harness.fixture.whenStable();
    return harness.routeNativeElement!;
  }

  const input = (el: HTMLElement, label: string) =>
    [...el.querySelectorAll('mat-form-field')]
      .find((field) => field.querySelector('mat-label')?.textContent?.trim() === label)!
      .querySelector('input') as HTMLInputElement;

  const save = (el: HTMLElement) =>
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save')!.click();

  it('sends only the changed fields with the version the edit started from', async () => {
    const el = await open();
    expect(input(el, 'Name').value).toBe('Widget');
    typeInto(input(el, 'Name'), '  Gadget ');
    save(el);
    const req = httpTesting.expectOne({ method: 'PATCH', url: `/api/things/${RECORD.id}` });
    expect(req.request.body).toEqual({ name: 'Gadget', version: 3 });
    req.flush({ ...RECORD, name: 'Gadget', version: 4 });
    await harness.fixture.whenStable();
    expect(el.textContent).toContain('Version 4');
  });

  it('refuses to send an invalid form and says which field to fix', async () => {
    const el = await open();
    typeInto(input(el, 'Name'), '');
    save(el);
    httpTesting.expectNone({ method: 'PATCH' });
    await harness.fixture.whenStable();
    expect(el.querySelector('[data-testid="form-errors"]')!.textContent).toContain('need your attention');
    expect(el.querySelector('mat-error')!.textContent).toContain('Enter the name.');
  });

  it('shows the server’s field errors beside their fields, naming them by their labels', async () => {
    const el = await open();
    typeInto(input(el, 'Count'), '5');
    save(el);
    const { body, init } = errorBody(400, 'validation_failed', 'Some fields are not valid', [
      { field: 'count', message: 'count must be a multiple of ten' },
      { field: 'other', message: 'something else is wrong' },
    ]);
    httpTesting.expectOne({ method: 'PATCH' }).flush(body, init);
    await harness.fixture.whenStable();
    const countField = input(el, 'Count').closest('mat-form-field')!;
    expect(countField.querySelector('mat-error')!.textContent).toContain('Count must be a multiple of ten');
    expect(el.querySelector('[data-testid="form-errors"]')!.textContent).toContain('something else is wrong');
  });

  it('meets a stale save with the conflict view, and reapplies the user’s change on top of theirs', async () => {
    const el = await open();
    typeInto(input(el, 'Count'), '7');
    save(el);
    const theirs = { ...RECORD, version: 4, name: 'Renamed by Ada', updatedAt: '2026-01-03T00:00:00.000Z' };
    httpTesting
      .expectOne({ method: 'PATCH' })
      .flush(
        { statusCode: 409, error: 'conflict', message: 'Changed meanwhile', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    httpTesting
      .expectOne((r) => r.url === `/api/things/${RECORD.id}/revisions`)
      .flush({
        items: [{ user: { id: 'u', name: 'Ada' } }],
        total: 1,
        page: 1,
        pageSize: 1,
      });
    await harness.fixture.whenStable();
    const conflict = el.querySelector('[data-testid="conflict-view"]')!;
    expect(conflict.textContent).toContain('Ada');
    expect(conflict.querySelector('tr[data-field="name"]')!.textContent).toContain('Renamed by Ada');
    expect(conflict.querySelector('tr[data-field="count"]')!.textContent).toContain('7');

    [...conflict.querySelectorAll('button')].find((b) => b.textContent?.includes('Reapply'))!.click();
    await harness.fixture.whenStable();
    expect(el.querySelector('[data-testid="conflict-view"]')).toBeNull();
    expect(input(el, 'Name').value).toBe('Renamed by Ada');
    expect(input(el, 'Count').value).toBe('7');

    save(el);
    const again = httpTesting.expectOne({ method: 'PATCH' });
    expect(again.request.body).toEqual({ count: 7, version: 4 });
    again.flush({ ...theirs, count: 7, version: 5 });
  });

  it('can drop the user’s changes and load the other version instead', async () => {
    const el = await open();
    typeInto(input(el, 'Count'), '7');
    save(el);
    const theirs = { ...RECORD, version: 4, count: 9 };
    httpTesting
      .expectOne({ method: 'PATCH' })
      .flush(
        { statusCode: 409, error: 'conflict', message: 'Changed', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    httpTesting
      .expectOne((r) => r.url.endsWith('/revisions'))
      .flush({ items: [], total: 0, page: 1, pageSize: 1 });
    await harness.fixture.whenStable();
    [...el.querySelectorAll('[data-testid="conflict-view"] button')]
      .find((b) => b.textContent?.includes('load theirs'))!
      .dispatchEvent(new Event('click'));
    await harness.fixture.whenStable();
    expect(input(el, 'Count').value).toBe('9');
    expect(harness.routeDebugElement!.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('names and links each record that still uses it when a delete is refused', async () => {
    const el = await open();
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete')!.click();
    await settle();
    const confirm = [...document.querySelectorAll('mat-dialog-container button')].find(
      (b) => b.textContent?.trim() === 'Delete',
    ) as HTMLButtonElement;
    expect(document.querySelector('mat-dialog-container')!.textContent).toContain('Delete this thing?');
    confirm.click();
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const req = httpTesting.expectOne({ method: 'DELETE' });
    expect(req.request.params.get('version')).toBe('3');
    req.flush(
      {
        statusCode: 409,
        error: 'conflict',
        message:
          'This thing cannot be deleted while other records refer to it (3 wage statistics, 1 comparison).',
        dependents: [
          {
            type: 'wageStatistic',
            count: 3,
            ids: ['a', 'b'],
            records: [
              { type: 'wageStatistic', id: 'a', label: 'Medical Assistants (31-9092), U.S., May 2024' },
              { type: 'wageStatistic', id: 'b', label: 'Medical Assistants (31-9092), Colorado, May 2024' },
            ],
          },
          {
            type: 'comparison',
            count: 1,
            ids: ['c'],
            records: [{ type: 'comparison', id: 'c', label: 'CMA vs. Medical Coder' }],
          },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();
    const alert = el.querySelector('[data-testid="dependents"]')!;
    expect(alert.textContent).toContain('still in use');
    expect(alert.textContent).toContain('3 wage statistics');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).toEqual([
      'Wage statistic: Medical Assistants (31-9092), U.S., May 2024',
      'Wage statistic: Medical Assistants (31-9092), Colorado, May 2024',
      'and 1 more wage statistic',
      'Comparison: CMA vs. Medical Coder',
    ]);
    const links = [...alert.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/wage-statistics/a', '/wage-statistics/b', '/comparisons/c']);
    expect(TestBed.inject(Router).url).toBe(`/things/${RECORD.id}`);
  });

  it('says who else is editing the record and since when, and releases it on leaving', async () => {
    const el = await open();
    await settle();
    const heartbeat = httpTesting.expectOne({ method: 'PUT', url: `/api/presence/author/${RECORD.id}` });
    heartbeat.flush({
      recordType: 'author',
      recordId: RECORD.id,
      others: [
        {
          user: { id: 'a1', name: 'Ana Lopez' },
          since: '2026-01-05T10:42:00.000Z',
          lastSeen: '2026-01-05T10:50:00.000Z',
        },
      ],
    });
    await harness.fixture.whenStable();
    const notice = el.querySelector('[data-testid="presence"]')!.textContent!.replace(/\s+/g, ' ');
    expect(notice).toContain('Ana Lopez is editing this since');
    expect(notice).toContain(
      new Date('2026-01-05T10:42:00.000Z').toLocaleTimeString('en-US', {
        hour: 'numeric',
        minute: '2-digit',
      }),
    );

    await harness.navigateByUrl('/things');
    httpTesting.expectOne({ method: 'DELETE', url: `/api/presence/author/${RECORD.id}` }).flush(null);
  });

  it('knows when there are unsaved changes', async () => {
    const el = await open();
    const page = harness.routeDebugElement!.componentInstance as RecordEditPage;
    expect(page.hasUnsavedChanges()).toBe(false);
    typeInto(input(el, 'Note'), 'new note');
    expect(page.hasUnsavedChanges()).toBe(true);
  });
});
