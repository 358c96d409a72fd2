import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PublicSchoolsResponse } from '@careerscope/shared';

import { listItemFixture, schoolFiltersFixture } from '../../testing/schools.fixture';
import { publicationFixture } from '../../testing/sources.fixture';
import { EMPTY_FILTERS, type SchoolFilters } from './school-query';
import { type SchoolsPageData, SchoolsPage } from './schools-page';

const near: SchoolFilters = {
  ...EMPTY_FILTERS,
  occupation: 'certified-medical-assistant',
  zip: '75201',
  radius: '50',
  sort: 'distance',
};

const results: PublicSchoolsResponse = {
  publication: publicationFixture,
  origin: { zip: '75201', place: 'Dallas, TX', state: 'TX' },
  items: [
    listItemFixture(),
    listItemFixture({
      id: 's2',
      slug: 'irving-allied-health',
      name: 'Irving Allied Health',
      city: 'Irving',
      distanceMiles: 9.6,
      cost: null,
      awards: null,
      awardsYear: null,
    }),
  ],
  total: 2,
  page: 1,
  pageSize: 10,
};

async function render(data: SchoolsPageData): Promise<HTMLElement> {
  TestBed.configureTestingModule({ imports: [SchoolsPage], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(SchoolsPage);
  fixture.componentRef.setInput('page', { kind: 'ok', data });
  fixture.detectChanges();
  // The directory's parts are deferred blocks: they render once their code has loaded.
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('SchoolsPage', () => {
  it('lists the schools near a ZIP code in the order given, each with its distance, yearly cost and awards', async () => {
    const el = await render({ filters: near, options: schoolFiltersFixture, results, zipError: null });

    expect(text(el.querySelector('#results-heading'))).toBe('2 schools within 50 miles of Dallas, TX 75201');
    const cards = [...el.querySelectorAll('.school-card')];
    expect(cards.map((card) => text(card.querySelector('h3')))).toEqual([
      'Dallas Health College',
      'Irving Allied Health',
    ]);
    expect([...cards[0].querySelectorAll('.school-facts dd')].map(text)).toEqual([
      '1.4 miles from Dallas, TX',
      '$10,200 (in-state tuition and fees $9,000 + books and supplies $1,200; 2022–23)',
      '42 awards in 2022–23',
    ]);
    expect(text(cards[1].querySelector('.school-facts'))).toContain('9.6 miles from Dallas, TX');
    expect(text(cards[1].querySelector('.school-facts'))).toContain('Charges not published');
    // The school page and the comparison keep the ZIP code, for distances and residency.
    expect(cards[0].querySelector('h3 a')?.getAttribute('href')).toBe(
      '/schools/dallas-health-college?zip=75201',
    );
    expect((el.querySelector('#filter-zip') as HTMLInputElement).value).toBe('75201');
    expect((el.querySelector('#filter-radius') as HTMLSelectElement).value).toBe('50');
    expect((el.querySelector('#filter-sort') as HTMLSelectElement).value).toBe('distance');
  });

  it('says when online programs are listed from elsewhere, and that they are open to every state', async () => {
    const online = listItemFixture({
      slug: 'pacific-online-college',
      name: 'Pacific Online College',
      state: 'CA',
      distanceMiles: 1180.2,
      onlineElsewhere: true,
    });
    online.programs = [{ ...online.programs[0], delivery: 'online' }];
    const el = await render({
      filters: { ...near, delivery: 'online' },
      options: schoolFiltersFixture,
      results: { ...results, items: [online], total: 1 },
      zipError: null,
    });

    expect(text(el.querySelector('.online-note'))).toContain('open to students in every state');
    expect(text(el.querySelector('.programs'))).toContain('Online, open to students in every state');
  });

  it('marks a closed school and a program no longer reported, and leaves open schools unmarked', async () => {
    const closed = listItemFixture({
      id: 's3',
      slug: 'arlington-closed-institute',
      name: 'Arlington Closed Institute',
      closedOn: '2023-06-30',
    });
    closed.programs = [{ ...closed.programs[0], vanishedIn: 2024 }];
    const el = await render({
      filters: near,
      options: schoolFiltersFixture,
      results: { ...results, items: [results.items[0], closed], total: 2 },
      zipError: null,
    });

    const cards = [...el.querySelectorAll('.school-card')];
    expect(cards[0].querySelector('[data-mark="closed"]')).toBeNull();
    expect(text(cards[0].querySelector('.programs'))).toContain('42 awards in 2022–23');
    expect(text(cards[1].querySelector('[data-mark="closed"]'))).toBe(
      'Closed in June 2023. IPEDS reports this school closed.',
    );
    expect(text(cards[1].querySelector('.programs'))).toContain('No awards reported in 2023–24');
    expect(text(cards[1].querySelector('.programs'))).not.toContain('42 awards');
  });

  it('shows the API’s message beside the ZIP code field when it cannot place the ZIP code', async () => {
    const el = await render({
      filters: { ...near, zip: '00000' },
      options: schoolFiltersFixture,
      results: null,
      zipError: '00000 is not a U.S. ZIP code we can locate',
    });

    const input = el.querySelector('#filter-zip') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(text(el.querySelector(`#${input.getAttribute('aria-describedby')}`))).toBe(
      '00000 is not a U.S. ZIP code we can locate',
    );
    expect(el.querySelector('.school-card')).toBeNull();
  });

  it('has an empty state that suggests a larger distance', async () => {
    const el = await render({
      filters: near,
      options: schoolFiltersFixture,
      results: { ...results, items: [], total: 0 },
      zipError: null,
    });

    expect(text(el.querySelector('#results-heading'))).toBe('0 schools within 50 miles of Dallas, TX 75201');
    expect(text(el)).toContain('No school matches these filters. Try a larger distance');
  });
});
