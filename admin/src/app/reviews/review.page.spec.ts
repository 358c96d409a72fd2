import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ReviewDetail } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { SessionStore } from '../core/auth/session.store';
import { EDITOR, errorBody, settle } from '../../testing/test-helpers';
import { ReviewPage } from './review.page';

const ID = '0b9a3d2e-1c4f-4a8b-9e7d-6f5c4b3a2918';

function review(overrides: Partial<ReviewDetail> = {}): ReviewDetail {
  return {
    id: ID,
    status: 'pending',
    note: 'May 2025 wages',
    submittedBy: { id: 'someone-else', name: 'Sam Submitter' },
    submittedAt: '2026-05-14T13:00:00.000Z',
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    voidReason: null,
    publicationNumber: null,
    commentCount: 1,
    waitsOnMe: true,
    canDecide: true,
    reviewRequired: true,
    comments: [
      {
        id: 'c1',
        author: { id: 'someone-else', name: 'Rae Reviewer' },
        at: '2026-05-14T13:05:00.000Z',
        body: 'Is the median right?',
        collection: 'occupations',
        recordKey: 'medical-coder',
        recordLabel: 'Medical Coder',
        fieldPath: 'wages[w1].annual.median.value',
        fieldLabel: 'Wages › May 2025, U.S. › Median, annual',
      },
    ],
    diff: {
      from: 3,
      to: 0,
      summary: { added: 0, removed: 0, changed: 1 },
      changes: [
        {
          collection: 'occupations',
          key: 'medical-coder',
          label: 'Medical Coder',
          recordType: 'occupation',
          recordId: 'occ-1',
          change: 'changed',
          fields: [{ path: 'summaryHtml', label: 'Summary', change: 'changed', before: 'a', after: 'b' }],
        },
      ],
      publishable: true,
      problems: [],
    },
    ...overrides,
  };
}

describe('ReviewPage', () => {
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApi(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signIn({ email: EDITOR.email, password: 'secret' }).subscribe();
    httpTesting.expectOne('/api/auth/login').flush(EDITOR);
  });

  afterEach(() => {
    for (const request of httpTesting.match('/api/reviews/waiting'))
      request.flush({ count: 0, reviewRequired: true });
    httpTesting.verify();
  });

  async function render(detail: ReviewDetail) {
    const fixture = TestBed.createComponent(ReviewPage);
    fixture.componentRef.setInput('id', ID);
    await fixture.whenStable();
    httpTesting.expectOne(`/api/reviews/${ID}`).flush(detail);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const button = (el: HTMLElement, name: string) =>
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent!.trim() === name);
  const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('shows a comment with the record and field it is about, and the diff', async () => {
    const el = await render(review());
    expect(text(el.querySelector('[data-testid="comments"]'))).toContain(
      'On Medical Coder › Wages › May 2025, U.S. › Median, annual',
    );
    expect(el.querySelector('cs-diff-groups')).not.toBeNull();
  });

  it('asks for a note beside the decision before asking for changes, then sends it', async () => {
    const el = await render(review());
    button(el, 'Request changes')!.click();
    await settle();
    expect(text(el.querySelector('[data-testid="decision-error"]'))).toBe(
      'Say what should change before asking for changes.',
    );
    httpTesting.expectNone(`/api/reviews/${ID}/request-changes`);

    const note = el.querySelector<HTMLTextAreaElement>('textarea')!;
    note.value = 'Use the May 2025 median';
    note.dispatchEvent(new Event('input'));
    button(el, 'Request changes')!.click();
    const sent = httpTesting.expectOne(`/api/reviews/${ID}/request-changes`);
    expect(sent.request.body).toEqual({ note: 'Use the May 2025 median' });
    sent.flush({ ...review(), status: 'changes_requested' });
    httpTesting
      .expectOne(`/api/reviews/${ID}`)
      .flush(review({ status: 'changes_requested', canDecide: false }));
    await settle();
  });

  it('offers the submitter no approval, only a wait (and withdrawal)', async () => {
    const el = await render(review({ submittedBy: { id: EDITOR.id, name: EDITOR.name }, canDecide: false }));
    expect(button(el, 'Approve')).toBeUndefined();
    expect(button(el, 'Withdraw the review')).toBeDefined();
  });

  it('says why an approval is void', async () => {
    const el = await render(
      review({
        status: 'voided',
        canDecide: false,
        voidReason: 'Content was saved after the approval',
        diff: null,
      }),
    );
    expect(text(el.querySelector('[role="status"]'))).toContain('Content was saved after the approval.');
  });

  it('says when the review cannot be loaded', async () => {
    const fixture = TestBed.createComponent(ReviewPage);
    fixture.componentRef.setInput('id', ID);
    await fixture.whenStable();
    const { body, init } = errorBody(404, 'not_found', 'There is no such review');
    httpTesting.expectOne(`/api/reviews/${ID}`).flush(body, init);
    await fixture.whenStable();
    expect(text((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]'))).toContain(
      'There is no such review',
    );
  });
});
