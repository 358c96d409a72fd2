import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PublicSchoolResponse } from '@careerscope/shared';

import { schoolResponseFixture } from '../../testing/schools.fixture';
import { SchoolComparePage } from './school-compare-page';
import { SchoolPage } from './school-page';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function render<T>(component: Type<T>, data: unknown): HTMLElement {
  TestBed.configureTestingModule({ imports: [component], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(component);
  fixture.componentRef.setInput('page', { kind: 'ok', data });
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

/** Footnote numbers → the source titles they point to. */
function cited(el: HTMLElement, scope: Element): string[] {
  return [...scope.querySelectorAll('sup a')].map((link) => {
    const id = (link.getAttribute('href') ?? '').split('#')[1];
    return text(el.querySelector(`#${id}`));
  });
}

describe('cost and payback', () => {
  it('a school page states the formulas and footnotes every figure of a program’s cost and payback', () => {
    const el = render(SchoolPage, schoolResponseFixture());

    expect(text(el)).toContain('Estimated total cost = (yearly tuition and required fees');
    expect(text(el)).toContain('Payback = estimated total cost ÷ (10 % of the median annual pay');
    const lines = [...el.querySelectorAll('.cost-lines > div')];
    const line = (key: string) => lines.find((div) => div.getAttribute('data-key') === key) as Element;
    expect(text(line('tuition'))).toContain('Published tuition and fees a year, 2022–23');
    expect(text(line('tuition'))).toContain('In-state $9,000 · Out-of-state $18,000');
    expect(text(line('total'))).toContain(
      '$10,200 = ($9,000 in-state tuition and fees + $1,200 books and supplies) × 12 ÷ 12',
    );
    expect(text(line('pay'))).toContain('$40,000 (national: no figure is published for Texas)');
    expect(text(line('pay'))).toContain('May 2024');
    expect(text(line('payback'))).toContain('2.6 years = $10,200 ÷ (10 % × $40,000)');
    expect(cited(el, line('tuition'))[0]).toContain('IPEDS Institutional Characteristics');
    expect(cited(el, line('pay'))[0]).toContain('Occupational Employment and Wage Statistics');
    expect(cited(el, line('awards'))[0]).toContain('IPEDS Completions');
  });

  it('a closed school’s page says since when, and a program no longer reported says so beside its awards', () => {
    const school = schoolResponseFixture({ closedOn: '2023-06-30' });
    school.programs = [{ ...school.programs[0], vanishedIn: 2024 }];
    const el = render(SchoolPage, school);

    expect(text(el.querySelector('[data-mark="closed"]'))).toContain('Closed in June 2023.');
    expect(text(el.querySelector('tbody th [data-mark="vanished"]'))).toBe('No awards reported in 2023–24');
    const awards = el.querySelector('.cost-lines [data-key="awards"]') as Element;
    expect(text(awards)).toContain('No awards reported in 2023–24 (42 in 2022–23)');
  });

  it('an open school’s page carries no mark', () => {
    const el = render(SchoolPage, schoolResponseFixture());
    expect(el.querySelector('[data-mark]')).toBeNull();
  });

  it('the comparison marks a closed school beside its name', () => {
    const closed: PublicSchoolResponse = {
      ...schoolResponseFixture({ closedOn: '2023-06-30' }),
      id: 's2',
      slug: 'arlington-closed-institute',
      name: 'Arlington Closed Institute',
    };
    const el = render(SchoolComparePage, [schoolResponseFixture(), closed]);
    const rows = [...el.querySelectorAll('tbody tr')];
    expect(rows[0].querySelector('[data-mark="closed"]')).toBeNull();
    expect(text(rows[1].querySelector('th [data-mark="closed"]'))).toBe('Closed in June 2023');
  });

  it('the comparison lists each school with distance, cost, length, credential, awards and accreditation', () => {
    const second: PublicSchoolResponse = {
      ...schoolResponseFixture(),
      id: 's2',
      slug: 'denton-career-school',
      name: 'Denton Career School',
      distanceMiles: 34.9,
    };
    const el = render(SchoolComparePage, [schoolResponseFixture(), second]);

    expect([...el.querySelectorAll('thead th')].map(text)).toEqual([
      'School',
      'Distance',
      'Yearly cost',
      'Credential',
      'Typical length',
      'Estimated total cost',
      'Payback',
      'Awards',
      'Accreditation',
    ]);
    const rows = [...el.querySelectorAll('tbody tr')];
    expect(rows.map((row) => text(row.querySelector('th a')))).toEqual([
      'Dallas Health College',
      'Denton Career School',
    ]);
    const cells = [...rows[1].querySelectorAll('td')];
    // Each cell names its column, so a phone can stack a school's cells under their labels.
    expect(cells.map((cell) => cell.getAttribute('data-label'))[0]).toBe('Distance');
    expect(text(cells[0])).toBe('34.9 miles');
    expect(text(cells[1])).toContain('$10,200 (in-state tuition and fees $9,000');
    expect(text(cells[5])).toContain('2.6 years');
    expect(text(cells[7])).toBe('CAAHEP');
    expect(cited(el, cells[1])[0]).toContain('IPEDS Institutional Characteristics');
  });
});
