import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { Pagination, pageNumbers } from './pagination';

function render(page: number, count: number): HTMLElement {
  TestBed.configureTestingModule({ imports: [Pagination], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(Pagination);
  fixture.componentRef.setInput('path', '/schools');
  fixture.componentRef.setInput('page', page);
  fixture.componentRef.setInput('count', count);
  fixture.componentRef.setInput('queryFor', (n: number) => ({
    state: 'TX',
    ...(n > 1 ? { page: String(n) } : {}),
  }));
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const links = (el: HTMLElement) =>
  [...el.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);

describe('pageNumbers', () => {
  it('lists every page when there are few', () => {
    expect(pageNumbers(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the first, the last and the current page’s neighbours, with a gap where pages are left out', () => {
    expect(pageNumbers(1, 390)).toEqual([1, 2, null, 390]);
    expect(pageNumbers(5, 390)).toEqual([1, null, 4, 5, 6, null, 390]);
    expect(pageNumbers(389, 390)).toEqual([1, null, 388, 389, 390]);
  });
});

describe('Pagination', () => {
  it('links the previous, the shown and the next pages, keeping the filters, and marks the current one', () => {
    const el = render(5, 390);

    expect(links(el)).toEqual([
      ['Previous', '/schools?state=TX&page=4'],
      ['1', '/schools?state=TX'],
      ['4', '/schools?state=TX&page=4'],
      ['5', '/schools?state=TX&page=5'],
      ['6', '/schools?state=TX&page=6'],
      ['390', '/schools?state=TX&page=390'],
      ['Next', '/schools?state=TX&page=6'],
    ]);
    expect(el.querySelector('a[aria-current="page"]')?.textContent).toBe('5');
    expect(el.querySelectorAll('.gap')).toHaveLength(2);
  });

  it('has no previous link on the first page, no next link on the last, and nothing for one page', () => {
    expect(links(render(1, 2)).map(([text]) => text)).toEqual(['1', '2', 'Next']);
    TestBed.resetTestingModule();
    expect(links(render(2, 2)).map(([text]) => text)).toEqual(['Previous', '1', '2']);
    TestBed.resetTestingModule();
    expect(render(1, 1).querySelector('nav')).toBeNull();
  });
});
