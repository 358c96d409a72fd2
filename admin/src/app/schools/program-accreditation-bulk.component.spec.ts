import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';

import { provideApi } from '../core/api/provide-api';
import type { ConfirmData } from '../core/ui/confirm-dialog.component';
import type { ListSelection } from '../records/record-feature';
import { ProgramAccreditationBulkComponent } from './program-accreditation-bulk.component';

const CAAHEP = { id: '11111111-1111-4111-8111-111111111111', abbreviation: 'CAAHEP', name: 'Commission' };
const CHOSEN: ListSelection = {
  kind: 'records',
  records: [
    { id: 'a1111111-1111-4111-8111-111111111111', version: 2 },
    { id: 'b1111111-1111-4111-8111-111111111111', version: 5 },
  ],
};

describe('ProgramAccreditationBulkComponent', () => {
  let http: HttpTestingController;
  let asked: ConfirmData[];
  let answer: boolean;

  beforeEach(() => {
    asked = [];
    answer = true;
    const open = (_component: unknown, config: { data: ConfirmData }) => {
      asked.push(config.data);
      return { afterClosed: () => of(answer) };
    };
    TestBed.configureTestingModule({
      providers: [provideApi(), provideHttpClientTesting(), { provide: MatDialog, useValue: { open } }],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(selection: ListSelection) {
    const fixture = TestBed.createComponent(ProgramAccreditationBulkComponent);
    let done = 0;
    fixture.componentRef.setInput('selection', selection);
    fixture.componentRef.setInput('done', () => (done += 1));
    await fixture.whenStable();
    http
      .expectOne((request) => request.url === '/api/accreditation-bodies')
      .flush({ items: [CAAHEP], total: 1, page: 1, pageSize: 100 });
    await fixture.whenStable();
    const component = fixture.componentInstance as unknown as {
      body: { setValue(value: string): void };
    };
    const apply = () =>
      (fixture.nativeElement as HTMLElement)
        .querySelector<HTMLButtonElement>('[data-testid="bulk-accreditation-apply"]')!
        .click();
    return { fixture, component, apply, done: () => done };
  }

  it('counts first, confirms naming how many programs change, then assigns in one request', async () => {
    const { fixture, component, apply, done } = await render(CHOSEN);
    component.body.setValue(CAAHEP.id);
    apply();
    const count = http.expectOne('/api/programs/accreditation');
    expect(count.request.body).toEqual({
      accreditationBodyId: CAAHEP.id,
      programs: CHOSEN.kind === 'records' ? CHOSEN.records : [],
      dryRun: true,
    });
    count.flush({ matched: 2, changed: 1 });
    expect(asked).toHaveLength(1);
    expect(asked[0].message).toContain('1 program will be accredited by CAAHEP (1 program already has it)');
    expect(asked[0].confirmLabel).toBe('Assign to 1 program');

    const applied = http.expectOne('/api/programs/accreditation');
    expect(applied.request.body.dryRun).toBeUndefined();
    applied.flush({ matched: 2, changed: 1 });
    await fixture.whenStable();
    expect(done()).toBe(1);
  });

  it('sends the list filter for "all matching", and changes nothing when the admin cancels', async () => {
    const { component, apply, done } = await render({ kind: 'matching', filter: { state: 'TX' }, total: 40 });
    answer = false;
    component.body.setValue('none');
    apply();
    const count = http.expectOne('/api/programs/accreditation');
    expect(count.request.body).toEqual({ accreditationBodyId: null, filter: { state: 'TX' }, dryRun: true });
    count.flush({ matched: 40, changed: 12 });
    expect(asked[0].title).toBe('Clear the accreditation?');
    expect(asked[0].message).toContain('12 programs will lose their programmatic accreditation');
    expect(done()).toBe(0);
  });

  it('shows a stale selection as the server explains it', async () => {
    const { fixture, component, apply } = await render(CHOSEN);
    component.body.setValue(CAAHEP.id);
    apply();
    http.expectOne('/api/programs/accreditation').flush({ matched: 2, changed: 2 });
    http
      .expectOne('/api/programs/accreditation')
      .flush(
        { statusCode: 409, error: 'Conflict', message: '1 of the chosen programs was saved by someone else' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent).toContain(
      'saved by someone else',
    );
  });
});
