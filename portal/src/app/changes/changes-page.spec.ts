import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PublicChangesResponse } from '@careerscope/shared';

import { ChangesPage } from './changes-page';

const nurses = Array.from({ length: 88 }, (_, i) => `Occupation ${String(i + 1).padStart(2, '0')}`);

const response: PublicChangesResponse = {
  items: [
    {
      number: 7,
      publishedAt: '2026-12-02T15:00:00.000Z',
      note: 'May 2025 OEWS release',
      restoredFromPublishedAt: null,
      headline: 'Wages for 88 occupations updated to May 2025, and 1 more change',
      lines: [
        {
          topic: 'wages',
          change: 'changed',
          count: 88,
          text: 'Wages for 88 occupations updated to May 2025',
          names: nurses.slice(0, 50),
        },
        {
          topic: 'schools',
          change: 'removed',
          count: 2,
          text: '2 schools removed: Alpha College and Beta Institute',
          names: ['Alpha College', 'Beta Institute'],
        },
      ],
    },
    {
      number: 6,
      publishedAt: '2026-11-30T09:00:00.000Z',
      note: '',
      restoredFromPublishedAt: '2026-11-01T09:00:00.000Z',
      headline: 'Rolled back to the version of November 1, 2026',
      lines: [],
    },
  ],
  total: 45,
  page: 1,
  pageSize: 20,
};

function render(data: PublicChangesResponse): HTMLElement {
  TestBed.configureTestingModule({ imports: [ChangesPage], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(ChangesPage);
  fixture.componentRef.setInput('page', { kind: 'ok', data });
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('ChangesPage', () => {
  it('lists each publication under its date in words, with what it changed', () => {
    const el = render(response);

    const entries = [...el.querySelectorAll('li.change')];
    expect(entries.map((entry) => entry.id)).toEqual(['publication-7', 'publication-6']);
    expect(entries[0].querySelector('h2')?.textContent?.trim()).toBe('December 2, 2026');
    expect(entries[0].querySelector('time')?.getAttribute('datetime')).toBe('2026-12-02T15:00:00.000Z');
    expect(el.textContent).not.toContain('publication 7');
    const lines = [...entries[0].querySelectorAll('.change__lines > li')].map((li) =>
      li.firstChild?.textContent?.trim(),
    );
    expect(lines).toEqual([
      'Wages for 88 occupations updated to May 2025',
      '2 schools removed: Alpha College and Beta Institute',
    ]);
    expect(entries[1].querySelector('.change__headline')?.textContent).toBe(
      'Rolled back to the version of November 1, 2026',
    );
  });

  it('lists the names a long line only counts, saying how many more there are', () => {
    const el = render(response);

    const details = el.querySelectorAll('details');
    expect(details).toHaveLength(1);
    expect(details[0].querySelector('summary')?.textContent?.trim()).toBe('Show which 88');
    expect(details[0].querySelectorAll('li')).toHaveLength(50);
    expect(details[0].textContent).toContain('and 38 more');
  });

  it('links the Atom feed and pages to older publications', () => {
    const el = render(response);

    expect(el.querySelector('a[type="application/atom+xml"]')?.getAttribute('href')).toBe('/changes.atom');
    const older = el.querySelector('nav.pagination a[rel="next"]');
    expect(older?.textContent).toBe('Older');
    expect(older?.getAttribute('href')).toBe('/changes?page=2');
    expect(el.querySelector('nav.pagination a[rel="prev"]')).toBeNull();
  });

  it('says so when nothing has been published', () => {
    const el = render({ items: [], total: 0, page: 1, pageSize: 20 });

    expect(el.querySelector('.empty')?.textContent).toBe('Nothing has been published yet.');
    expect(el.querySelector('ol.changes')).toBeNull();
  });
});
