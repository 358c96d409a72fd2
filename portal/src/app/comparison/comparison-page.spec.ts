import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type { ComparisonView } from '@careerscope/shared';

import { comparisonFixture } from '../../testing/comparison.fixture';
import { ComparisonPage } from './comparison-page';

/** Renders the page, including its deferred blocks (the table, charts and sources load on demand). */
async function render(
  view: ComparisonView,
): Promise<{ fixture: ComponentFixture<ComparisonPage>; el: HTMLElement }> {
  TestBed.configureTestingModule({ imports: [ComparisonPage], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(ComparisonPage);
  fixture.componentRef.setInput('page', { kind: 'ok', data: { comparison: view, occupations: [] } });
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}

const texts = (elements: Iterable<Element>): string[] =>
  [...elements].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());

/** The footnote numbers shown in one body row (by its label), cell by cell. */
function notesInRow(el: HTMLElement, label: string): number[][] {
  const row = [...el.querySelectorAll('tbody tr')].find(
    (tr) => tr.querySelector('th[scope="row"]')?.textContent?.trim() === label,
  );
  if (!row) {
    throw new Error(`No row labelled "${label}"`);
  }
  return [...row.querySelectorAll('td')].map((td) => [
    ...new Set(texts(td.querySelectorAll('sup a')).map((text) => Number(text.replace(/[[\]]/g, '')))),
  ]);
}

describe('ComparisonPage', () => {
  it('renders one table with caption, thead, tbody and a column header per occupation', async () => {
    const { el } = await render(comparisonFixture);

    expect(el.querySelectorAll('table')).toHaveLength(1);
    expect(el.querySelector('table > caption')?.textContent).toContain(
      'Certified Medical Assistant (CMA) and Medical Coder',
    );
    expect(el.querySelector('table > thead')).not.toBeNull();
    expect(el.querySelector('table > tbody')).not.toBeNull();
    expect(texts(el.querySelectorAll('thead th[scope="col"]'))).toEqual([
      'Certified Medical Assistant (CMA)',
      'Medical Coder',
    ]);
  });

  it('renders every row label as a row header', async () => {
    const { el } = await render(comparisonFixture);

    expect(texts(el.querySelectorAll('tbody th[scope="row"]'))).toEqual(
      comparisonFixture.rows.map((row) => row.label),
    );
  });

  it('puts a group heading row above the first row of each group, spanning every column', async () => {
    const { el } = await render(comparisonFixture);

    const headings = [...el.querySelectorAll('tbody th[scope="colgroup"]')];
    expect(texts(headings)).toEqual([
      'Meeting the Requirements',
      'Certification and Licensing',
      'Details About the Job',
    ]);
    expect(headings.map((th) => th.getAttribute('colspan'))).toEqual(['3', '3', '3']);
    const firstRowOfEachGroup = headings.map(
      (th) => th.closest('tr')?.nextElementSibling?.querySelector('th[scope="row"]')?.textContent,
    );
    expect(firstRowOfEachGroup).toEqual([
      'Degree requirements',
      'Certification',
      'Skills necessary for success',
    ]);
  });

  it('shows the figures as label → display pairs', async () => {
    const { el } = await render(comparisonFixture);

    const pairs = [...el.querySelectorAll('dl.figures > div')].map((div) => [
      div.querySelector('dt')?.textContent?.trim(),
      texts(div.querySelectorAll('dd'))[0]?.replace(/\s*\[\d+\]$/, ''),
    ]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['Employed (2024)', '811,000'],
        ['Employed (2024)', '194,800'],
        ['Projected growth', '12%'],
        ['All occupations', '3%'],
        ['New positions', '101,200'],
        ['Total jobs in 2034', '912,200'],
        ['Number employed', '793,460'],
        ['Average annual salary', '$44,720'],
        ['50th percentile (median)', '$44,200'],
        ['90th percentile', '$80,950'],
      ]),
    );
  });

  it('numbers footnotes by first use, giving a source used again the same number', async () => {
    const { el } = await render(comparisonFixture);

    expect(notesInRow(el, 'Number practicing in the United States')).toEqual([[1], [1]]);
    expect(notesInRow(el, 'Expected job growth (2024–2034)')).toEqual([[1], [1]]);
    expect(notesInRow(el, 'Pay')).toEqual([[2], [2]]);
    expect(notesInRow(el, 'Degree requirements')).toEqual([[3], [4]]);
    expect(notesInRow(el, 'Certification')).toEqual([[3], [5]]);
    expect(notesInRow(el, 'Skills necessary for success')).toEqual([[6], [4]]);
    expect(notesInRow(el, 'Common practice settings')).toEqual([[6], [4]]);
    // A prose cell whose only source is already cited by its figure gets no second reference.
    expect(el.querySelectorAll('tbody tr:first-child td:last-child sup')).toHaveLength(1);
  });

  it('links each footnote to its entry in the Sources list, in number order', async () => {
    const { el } = await render(comparisonFixture);

    const firstRef = el.querySelector('tbody sup a');
    expect(firstRef?.getAttribute('href')).toBe('/compare/cma-vs-medical-coder#source-1');
    expect(firstRef?.textContent).toBe('[1]');

    const entries = [...el.querySelectorAll('.sources ol > li')];
    expect(entries.map((li) => li.id)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `source-${n}`));
    expect(entries[0].textContent).toContain('Employment Projections');
    expect(entries[0].textContent).toContain('Reference period: 2024–34');
    expect(entries[0].textContent).toContain('Retrieved September 15, 2025');
    expect(entries[0].querySelector('a')?.getAttribute('href')).toBe(
      'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
    );
    expect(entries[1].textContent).toContain('Occupational Employment and Wage Statistics');
    expect(entries[4].textContent).toContain('American Academy of Professional Coders');
  });

  it('lists items with their detail and footnote', async () => {
    const { el } = await render(comparisonFixture);

    const settings = texts(el.querySelectorAll('ul.items li'));
    expect(settings).toContain('Offices of physicians 57%[6]');
    expect(settings).toContain('Hospitals; state, local, and private 28%[4]');
  });

  it('explains a BLS flag instead of showing it bare', async () => {
    const flagged = JSON.parse(JSON.stringify(comparisonFixture)) as ComparisonView;
    flagged.rows[3].cells[1].figures[6] = {
      ...flagged.rows[3].cells[1].figures[6],
      display: '#',
      value: null,
      flag: '#',
    };
    const { el } = await render(flagged);

    expect(el.textContent).toContain('(At or above the published cap)');
  });

  it('shows the title, byline, publication, intro and the author bio at the end', async () => {
    const { el } = await render(comparisonFixture);

    expect(el.querySelector('h1')?.textContent).toBe('Certified Medical Assistant (CMA) vs. Medical Coder');
    expect(el.querySelector('.byline')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'By Farheen Gani, Writer',
    );
    expect(el.querySelector('.publication')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Updated October 1, 2025',
    );
    expect(el.textContent).not.toMatch(/publication \d/i);
    expect(el.querySelector('.intro')?.textContent).toContain('fastest-growing industries');
    // The citation and the bio close the article, in the wrapper of its static parts.
    const bio = el.querySelector('article')?.lastElementChild?.lastElementChild;
    expect(bio?.id).toBe('about-the-author');
    expect(bio?.textContent).toContain('researched medical technology schools');
  });

  it('sets the document title, description and canonical link', async () => {
    await render(comparisonFixture);

    expect(TestBed.inject(Title).getTitle()).toBe(
      'Certified Medical Assistant (CMA) vs. Medical Coder | Careerscope',
    );
    expect(document.head.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(
      /^One of the fastest-growing industries/,
    );
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'http://localhost/compare/cma-vs-medical-coder',
    );
  });
});
