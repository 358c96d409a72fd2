import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ErrorStateMatcher } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { WageStatisticRecord } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { SessionStore } from '../core/auth/session.store';
import { AsYouTypeErrorStateMatcher } from '../core/ui/error-state';
import { EDITOR } from '../../testing/test-helpers';
import { WageStatisticPage } from './wage-statistic.page';
import { WAGE_STATISTICS } from './wages.feature';

const WAGE: WageStatisticRecord = {
  ...WAGE_STATISTICS.defaults(),
  id: '22222222-2222-4222-8222-222222222222',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  socCode: '31-9092',
  socTitle: 'Medical Assistants',
  referencePeriod: 'May 2024',
  periodYear: 2024,
  employment: 793460,
  meanAnnual: 44720,
  p10Annual: 35020,
  p25Annual: 37610,
  medianAnnual: 44200,
  p75Annual: 48160,
  p90Annual: 57830,
  flags: {},
  sourceId: '33333333-3333-4333-8333-333333333333',
};

describe('WageStatisticPage', () => {
  let httpTesting: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'wage-statistics/:id', component: WageStatisticPage, data: { feature: WAGE_STATISTICS } }],
          withComponentInputBinding(),
        ),
        provideApi(),
        provideHttpClientTesting(),
        { provide: ErrorStateMatcher, useClass: AsYouTypeErrorStateMatcher },
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signIn({ email: EDITOR.email, password: 'x' }).subscribe();
    httpTesting.expectOne('/api/auth/login').flush(EDITOR);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/wage-statistics/${WAGE.id}`);
    httpTesting.expectOne(`/api/wage-statistics/${WAGE.id}`).flush(WAGE);
    httpTesting
      .expectOne(`/api/sources/${WAGE.sourceId}`)
      .flush({ id: WAGE.sourceId, citation: 'BLS 2025', title: 'OEWS' });
    await harness.fixture.whenStable();
    el = harness.routeNativeElement!;
  });

  afterEach(() => {
    // The editor's presence heartbeats run beside every test (their own spec is record-edit.page.spec).
    httpTesting.match((request) => request.url.startsWith('/api/presence/'));
    httpTesting.verify();
  });

  const input = (label: string) =>
    [...el.querySelectorAll('mat-form-field')]
      .find((field) => field.querySelector('mat-label')?.textContent?.trim() === label)!
      .querySelector('input') as HTMLInputElement;

  async function type(label: string, value: string) {
    const field = input(label);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
  }

  const errorsOf = (label: string) =>
    input(label).closest('mat-form-field')!.querySelector('mat-error')?.textContent?.trim() ?? null;

  it('shows the percentiles as one row, in order', () => {
    const legend = [...el.querySelectorAll('legend')].find((l) => l.textContent?.includes('Annual'))!;
    const labels = [...legend.parentElement!.querySelectorAll('mat-label')]
      .map((label) => label.textContent?.trim())
      .filter((label) => label !== 'BLS mark');
    expect(labels).toEqual([
      '10th percentile, annual',
      '25th percentile, annual',
      'Median, annual',
      '75th percentile, annual',
      '90th percentile, annual',
    ]);
  });

  it('checks the order rule as the user types, beside the field that breaks it', async () => {
    await type('25th percentile, annual', '30000');
    expect(errorsOf('25th percentile, annual')).toBe(
      'The 25th percentile ($30,000) must be at least the 10th percentile ($35,020).',
    );
    expect(input('25th percentile, annual').getAttribute('aria-invalid')).toBe('true');

    // Lowering the 10th fixes the 25th without touching it.
    await type('10th percentile, annual', '29000');
    expect(errorsOf('25th percentile, annual')).toBeNull();
  });

  it('keeps the mean at or above the 10th percentile', async () => {
    await type('Mean annual wage', '30000');
    expect(errorsOf('Mean annual wage')).toBe('The mean ($30,000) is below the 10th percentile ($35,020).');
    await type('Mean annual wage', '60000');
    expect(errorsOf('Mean annual wage')).toBeNull();
  });

  it('does not send a row that breaks the order, and sends the fixed one', async () => {
    await type('25th percentile, annual', '30000');
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save')!.click();
    httpTesting.expectNone({ method: 'PATCH' });
    await type('25th percentile, annual', '37700');
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save')!.click();
    const req = httpTesting.expectOne({ method: 'PATCH', url: `/api/wage-statistics/${WAGE.id}` });
    expect(req.request.body).toEqual({ p25Annual: 37700, version: 1 });
    req.flush({ ...WAGE, p25Annual: 37700, version: 2 });
  });
});
