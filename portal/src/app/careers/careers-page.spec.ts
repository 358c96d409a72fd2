import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import type { PublicOccupationListResponse } from '@careerscope/shared';

import { catalogueFixture, medicalAssistantEntry, medicalCoderEntry } from '../../testing/catalogue.fixture';
import { aapc, blsProjections, blsWages } from '../../testing/sources.fixture';
import { EMPTY_CAREER_FILTERS, type CareerFilters } from './career-query';
import { CareersPage } from './careers-page';

const sources = [blsWages, blsProjections, aapc];

async function render(
  results: PublicOccupationListResponse = catalogueFixture,
  filters: CareerFilters = { ...EMPTY_CAREER_FILTERS, page: 2 },
): Promise<HTMLElement> {
  TestBed.configureTestingModule({ imports: [CareersPage], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(CareersPage);
  fixture.componentRef.setInput('page', { kind: 'ok', data: { filters, results, sources } });
  fixture.detectChanges();
  // The finder's parts are deferred blocks: they render once their code has loaded.
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

/** Text as read, with a footnote mark attached to what it cites. */
const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').replace(/ \[/g, '[').trim();

describe('CareersPage', () => {
  it('counts the results and shows which of them this page holds', async () => {
    const el = await render();

    expect(text(el.querySelector('#results-heading'))).toBe('42 careers, showing 21–22');
  });

  it('shows each career with its title link, cited figures, periods and education', async () => {
    const el = await render();

    const cards = [...el.querySelectorAll('.career-result')];
    expect(cards.map((card) => card.querySelector('h3 a')?.getAttribute('href'))).toEqual([
      '/careers/certified-medical-assistant-cma',
      '/careers/medical-coder',
    ]);
    const facts = [...cards[0].querySelectorAll('.career-facts > div')].map((div) => [
      text(div.querySelector('dt')),
      text(div.querySelector('dd')),
    ]);
    expect(facts).toEqual([
      ['Median pay, May 2024', '$44,200 a year[2]'],
      ['Projected growth, 2024–34', '12.5% (+101,200 jobs)[1]'],
      ['Openings a year, on average', '119,800[1]'],
      ['Typical entry education', 'Postsecondary nondegree award[1]'],
    ]);
    expect(cards[0].querySelector('sup a')?.getAttribute('href')).toBe('/careers?page=2#source-2');
  });

  it('states the bright-outlook rule with its baseline and footnotes it, and marks the careers that meet it', async () => {
    const el = await render();

    expect(text(el.querySelector('.bright-rule'))).toBe(
      '“Bright outlook” marks projected growth at least twice the all-occupations rate — 3.1% for 2024–34, BLS, Employment Projections 2024–34[1] — or at least 100,000 new jobs over the decade.',
    );
    const badges = [...el.querySelectorAll('.career-result')].map((card) =>
      text(card.querySelector('.badge')),
    );
    expect(badges).toEqual(['Bright outlook', '']);
    // The footnote list holds the sources the page cites, and no others.
    expect([...el.querySelectorAll('.sources li')].map((li) => li.id)).toEqual(['source-1', 'source-2']);
    expect(text(el.querySelector('#source-1'))).toContain(blsProjections.title);
  });

  it('says which alternate title a search matched', async () => {
    const el = await render();

    const matched = [...el.querySelectorAll('.career-result')].map((card) =>
      text(card.querySelector('.matched')),
    );
    expect(matched).toEqual(['', 'Matched: Coding Specialist']);
  });

  it('offers each career for comparison in a GET form to /compare', async () => {
    const el = await render();

    const form = el.querySelector('form[action="/compare"]');
    expect(form?.getAttribute('method')).toBe('get');
    const boxes = [
      ...(form?.querySelectorAll('input[type="checkbox"][name="o"]') ?? []),
    ] as HTMLInputElement[];
    expect(boxes.map((box) => box.value)).toEqual([medicalAssistantEntry.slug, medicalCoderEntry.slug]);
    for (const box of boxes) {
      expect(text(el.querySelector(`label[for="${box.id}"]`))).toMatch(/^Compare /);
    }
  });

  it('sends two picked careers to the comparison, and asks for a second one first', async () => {
    const el = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const form = el.querySelector('form[action="/compare"]') as HTMLFormElement;
    const boxes = [...form.querySelectorAll('input[name="o"]')] as HTMLInputElement[];

    boxes[0].click();
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(navigate).not.toHaveBeenCalled();
    boxes[1].click();
    form.dispatchEvent(new Event('submit', { cancelable: true }));

    expect(navigate).toHaveBeenCalledWith(['/compare'], {
      queryParams: { o: `${medicalAssistantEntry.slug},${medicalCoderEntry.slug}` },
    });
  });

  it('links every page of results, keeping the filters in the URL', async () => {
    const el = await render(catalogueFixture, {
      ...EMPTY_CAREER_FILTERS,
      q: 'medical',
      bright: true,
      page: 2,
    });

    const links = [...el.querySelectorAll('.pagination a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Previous', '/careers?q=medical&bright=1'],
      ['1', '/careers?q=medical&bright=1'],
      ['2', '/careers?q=medical&bright=1&page=2'],
      ['3', '/careers?q=medical&bright=1&page=3'],
      ['Next', '/careers?q=medical&bright=1&page=3'],
    ]);
    expect(el.querySelector('.pagination a[aria-current="page"]')?.textContent).toBe('2');
    expect(text(el.querySelector('#results-heading'))).toBe('42 careers matching “medical”, showing 21–22');
  });

  it('says when the figures are a state’s, and labels national figures shown in their place', async () => {
    const results = {
      ...catalogueFixture,
      items: [{ ...medicalAssistantEntry, areaCode: 'WI', medianPay: 41_000 }, medicalCoderEntry],
    };
    const el = await render(results, { ...EMPTY_CAREER_FILTERS, state: 'WI' });

    expect(text(el.querySelector('.state-note'))).toContain('Pay and growth are Wisconsin’s where published');
    const labels = [...el.querySelectorAll('.career-result')].map((card) =>
      text(card.querySelector('.career-facts dt')),
    );
    expect(labels).toEqual(['Median pay, May 2024, Wisconsin', 'Median pay, May 2024, United States']);
  });

  it('shows an empty state with a way to clear the filters', async () => {
    const el = await render(
      { ...catalogueFixture, items: [], total: 0, page: 1 },
      { ...EMPTY_CAREER_FILTERS, q: 'astronaut' },
    );

    expect(text(el.querySelector('.empty'))).toBe('No careers match “astronaut”. Clear filters');
    expect(el.querySelector('.empty a')?.getAttribute('href')).toBe('/careers');
    expect(el.querySelector('form[action="/compare"]')).toBeNull();
    expect(el.querySelector('.pagination')).toBeNull();
  });

  it('names the page after the search, and keeps filtered views out of the index', async () => {
    await render(catalogueFixture, { ...EMPTY_CAREER_FILTERS, q: 'coder' });
    TestBed.tick();

    expect(TestBed.inject(Title).getTitle()).toBe('Careers matching “coder” | Careerscope');
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('is the indexed page without filters', async () => {
    await render(catalogueFixture, EMPTY_CAREER_FILTERS);
    TestBed.tick();

    expect(TestBed.inject(Title).getTitle()).toBe('Find a healthcare career | Careerscope');
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/careers$/);
  });
});
