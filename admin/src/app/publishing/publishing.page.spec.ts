import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { DraftDiff, PublicationSummary } from '@careerscope/shared';

import { provideApi } from '../core/api/provide-api';
import { errorBody, settle } from '../../testing/test-helpers';
import { proseDiff } from './diff-review';
import { PublishingPage } from './publishing.page';

const PUBLICATIONS: PublicationSummary[] = [
  {
    number: 7,
    note: 'May 2024 wages',
    publishedAt: '2026-05-01T10:00:00.000Z',
    publishedById: null,
    publishedByName: 'Ada Lovelace',
    restoredFromNumber: null,
    current: true,
  },
];

const NOTHING: DraftDiff = {
  from: 7,
  to: 0,
  summary: { added: 0, removed: 0, changed: 0 },
  changes: [],
  publishable: true,
  problems: [],
};

const LONG_BEFORE =
  'Medical assistants complete administrative and clinical tasks in the offices of physicians, hospitals, and other healthcare facilities. Their duties vary with the location, specialty, and size of the practice.';
const LONG_AFTER = LONG_BEFORE.replace('vary with', 'depend on');

const CHANGES: DraftDiff = {
  from: 7,
  to: 0,
  summary: { added: 1, removed: 1, changed: 1 },
  changes: [
    {
      collection: 'occupations',
      key: 'certified-medical-assistant',
      label: 'Certified Medical Assistant (CMA)',
      recordType: 'occupation',
      recordId: 'occ-1',
      change: 'changed',
      fields: [
        {
          path: 'summaryHtml',
          label: 'Summary',
          change: 'changed',
          before: `<p>${LONG_BEFORE}</p>`,
          after: `<p>${LONG_AFTER}</p>`,
        },
        {
          path: 'updatedAt',
          label: 'Updated at',
          change: 'changed',
          before: '2026-04-30T09:15:00.000Z',
          after: '2026-05-02T12:00:00.000Z',
        },
        {
          path: 'wages[w1].annual.p25.value',
          label: 'Wages › May 2024, U.S. › 25th percentile, annual',
          change: 'changed',
          before: 40000,
          after: 41250,
          record: { type: 'wageStatistic', id: 'w1', label: 'May 2024, U.S.' },
        },
        {
          path: 'workSettings[s1]',
          label: 'Work settings › Hospitals',
          change: 'removed',
          before: { id: 's1', name: 'Hospitals', percent: 15 },
          record: { type: 'workSetting', id: 's1', label: 'Hospitals' },
        },
      ],
    },
    {
      collection: 'schools',
      key: 'sch-new',
      label: 'New School of Health',
      recordType: 'school',
      recordId: 'sch-new',
      change: 'added',
      fields: [],
    },
    {
      collection: 'schools',
      key: 'sch-gone',
      label: 'Closing School of Health',
      recordType: 'school',
      recordId: null,
      change: 'removed',
      fields: [],
    },
  ],
  publishable: false,
  problems: [
    {
      field: 'occupations.medical-coder.summary',
      message: 'Medical Coder has no summary',
      recordType: 'occupation',
      recordId: 'occ-2',
    },
  ],
};

describe('PublishingPage', () => {
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideApi(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // The schedule panel (its own spec) asks for the scheduled publishes.
    for (const request of httpTesting.match('/api/publication-schedules')) request.flush([]);
    httpTesting.verify();
  });

  async function render(diff: DraftDiff) {
    const fixture = TestBed.createComponent(PublishingPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[aria-label="Loading the changes"]')).not.toBeNull();
    httpTesting.expectOne('/api/publications/draft/diff').flush(diff);
    httpTesting.expectOne('/api/publications').flush(PUBLICATIONS);
    await fixture.whenStable();
    return { fixture, el };
  }

  const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('says nothing has changed since the current publication', async () => {
    const { el } = await render(NOTHING);
    expect(text(el.querySelector('[data-testid="no-changes"]'))).toBe(
      'Nothing has changed since publication 7.',
    );
    expect(el.querySelector('[data-testid="review-table"]')).toBeNull();
    expect(el.querySelector('[data-testid="draft-problems"]')).toBeNull();
  });

  it('groups created, changed and deleted records by type, with counts and links to those that exist', async () => {
    const { el } = await render(CHANGES);
    expect(el.querySelector('[data-testid="no-changes"]')).toBeNull();
    const groups = [...el.querySelectorAll('[data-testid="review-table"] section')];
    expect(
      groups.map((group) => [text(group.querySelector('h3')), text(group.querySelector('.diff__breakdown'))]),
    ).toEqual([
      ['Occupations 1', '1 changed'],
      ['Schools 2', '1 new, 1 deleted'],
    ]);

    const schools = [...groups[1].querySelectorAll('.diff__record')];
    expect(schools.map((record) => text(record.querySelector('h4')))).toEqual([
      'New: New School of Health',
      'Deleted: Closing School of Health',
    ]);
    expect(schools[0].querySelector('h4 a')!.getAttribute('href')).toBe('/schools/sch-new');
    expect(schools[1].querySelector('h4 a')).toBeNull();
    expect(text(schools[1])).toContain('Gone from the portal with the next publication.');

    const occupation = groups[0].querySelector('.diff__record')!;
    expect(occupation.querySelector('h4 a')!.getAttribute('href')).toBe('/occupations/occ-1');
    const rows = [...occupation.querySelectorAll('tbody tr')];
    const wage = rows.find((row) => text(row).includes('25th percentile, annual'))!;
    expect([...wage.querySelectorAll('th, td')].map(text)).toEqual([
      'Wages › May 2024, U.S. › 25th percentile, annual',
      '40,000',
      '41,250',
    ]);
    expect(wage.querySelector('a')!.getAttribute('href')).toBe('/wage-statistics/w1');
    const updated = rows.find((row) => text(row).startsWith('Updated at'))!;
    expect(text(updated.querySelectorAll('td')[1])).toMatch(/^May 2, 2026/);
    const setting = rows.find((row) => text(row).includes('Hospitals'))!;
    expect([...setting.querySelectorAll('th, td')].map(text)).toEqual([
      'Work settings › Hospitals',
      'Removed',
      '—',
    ]);
    expect(setting.querySelector('a')).toBeNull();
  });

  it('shows a long prose change as the changed words in context, the whole texts behind a toggle', async () => {
    const { el } = await render(CHANGES);
    const summary = [...el.querySelectorAll('tbody tr')].find((row) => text(row).startsWith('Summary'))!;
    const [before, after] = [...summary.querySelectorAll('td')];
    expect(text(before.querySelector('del'))).toBe('vary with');
    expect(text(after.querySelector('ins'))).toBe('depend on');
    expect(text(after).startsWith('… ')).toBe(true);
    expect(text(after.querySelector('details p'))).toBe(LONG_AFTER);
    expect(summary.innerHTML).not.toContain('&lt;p&gt;');
  });

  it('lists what would stop publishing, each linked to the record to fix', async () => {
    const { el } = await render(CHANGES);
    const problems = el.querySelector('[data-testid="draft-problems"]')!;
    expect(text(problems)).toContain('Publishing would be refused: 1 problem to fix first.');
    const link = problems.querySelector('a')!;
    expect(text(link)).toBe('Medical Coder has no summary');
    expect(link.getAttribute('href')).toBe('/occupations/occ-2');
  });

  it('says when the changes cannot be loaded, and tries again on request', async () => {
    const fixture = TestBed.createComponent(PublishingPage);
    await fixture.whenStable();
    const { body, init } = errorBody(500, 'internal_error', 'The database does not answer.');
    httpTesting.expectOne('/api/publications/draft/diff').flush(body, init);
    httpTesting.expectOne('/api/publications').flush(PUBLICATIONS);
    await settle();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const alert = el.querySelector('[data-testid="review-error"]')!;
    expect(text(alert)).toContain('The database does not answer.');

    alert.querySelector('button')!.click();
    await fixture.whenStable();
    httpTesting.expectOne('/api/publications/draft/diff').flush(NOTHING);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="no-changes"]')).not.toBeNull();
  });

  it('publishes with a note and reviews again: nothing left to publish', async () => {
    const { fixture, el } = await render(CHANGES);
    const input = el.querySelector('input') as HTMLInputElement;
    input.value = 'Reviewed changes';
    input.dispatchEvent(new Event('input'));
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const request = httpTesting.expectOne({ method: 'POST', url: '/api/publications' });
    expect(request.request.body).toEqual({ note: 'Reviewed changes' });
    request.flush({ ...PUBLICATIONS[0], number: 8, note: 'Reviewed changes' });
    await fixture.whenStable();
    httpTesting.expectOne('/api/publications/draft/diff').flush({ ...NOTHING, from: 8 });
    httpTesting.expectOne('/api/publications').flush(PUBLICATIONS);
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="no-changes"]'))).toBe(
      'Nothing has changed since publication 8.',
    );
  });

  it('shows what a publication changed the way the review does, once its panel opens', async () => {
    const fixture = TestBed.createComponent(PublishingPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    httpTesting.expectOne('/api/publications/draft/diff').flush(NOTHING);
    httpTesting.expectOne('/api/publications').flush([
      { ...PUBLICATIONS[0], number: 8, note: 'Closing schools' },
      { ...PUBLICATIONS[0], current: false },
    ]);
    await fixture.whenStable();

    const panel = el.querySelector('mat-expansion-panel[data-publication="8"]')!;
    (panel.querySelector('mat-expansion-panel-header') as HTMLElement).click();
    await fixture.whenStable();
    const { publishable: _publishable, problems: _problems, ...published } = CHANGES;
    httpTesting.expectOne('/api/publications/7/diff/8').flush({ ...published, from: 7, to: 8 });
    await fixture.whenStable();

    const groups = [...panel.querySelectorAll('section.diff__group')];
    expect(groups.map((group) => group.getAttribute('data-group'))).toEqual(['occupations', 'schools']);
    const removed = panel.querySelector('.diff__record[data-change="removed"]');
    expect(text(removed)).toContain('Gone from the portal with this publication.');
    // Ids stay unique with the review and several panels on one page.
    expect(groups[0].getAttribute('aria-labelledby')).toMatch(/^publication-8-/);
  });
});

describe('proseDiff', () => {
  it('keeps a few words of context around the words that changed', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const diff = proseDiff(`${words(20)} old ${words(20)}`, `${words(20)} new ${words(20)}`);
    expect(diff.before.map((span) => span.changed)).toEqual([false, true, false]);
    expect(diff.before[0].text).toBe('… w12 w13 w14 w15 w16 w17 w18 w19');
    expect(diff.before[1].text).toBe('old');
    expect(diff.after[1].text).toBe('new');
    expect(diff.after[2].text).toBe('w0 w1 w2 w3 w4 w5 w6 w7 …');
  });
});
