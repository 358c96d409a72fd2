import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { CatalogueEntryView, OccupationSummaryView } from '@careerscope/shared';
import { firstValueFrom, of, throwError } from 'rxjs';

import { catalogueFixture, medicalCoderEntry } from '../../testing/catalogue.fixture';
import {
  comparisonFixture,
  medicalAssistantSummary,
  medicalCoderSummary,
} from '../../testing/comparison.fixture';
import { medicalCoderFixture } from '../../testing/occupation.fixture';
import { publicationFixture } from '../../testing/sources.fixture';
import { ApiError } from '../core/api/api-error';
import type { PublicApiClient } from '../core/api/public-api.client';
import { type BuilderSearch, loadAdhocComparison } from './adhoc-comparison-data';
import { CompareBuilder } from './compare-builder';
import { parseSelection, selectionProblem } from './compare-selection';

const occupation = (slug: string): OccupationSummaryView => ({
  ...medicalCoderSummary,
  id: slug,
  slug,
  title: `Title ${slug}`,
});
const six = ['a-1', 'b-2', 'c-3', 'd-4', 'e-5', 'f-6'].map(occupation);

const entry = (slug: string, matchedTitle: string | null = null): CatalogueEntryView => ({
  ...medicalCoderEntry,
  id: slug,
  slug,
  title: `Title ${slug}`,
  matchedTitle,
});

function render(selected: OccupationSummaryView[], search: BuilderSearch | null = null): HTMLElement {
  TestBed.configureTestingModule({ imports: [CompareBuilder], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(CompareBuilder);
  fixture.componentRef.setInput('selected', selected);
  fixture.componentRef.setInput('search', search);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('CompareBuilder', () => {
  it('links each compared occupation to the comparison without it', () => {
    const el = render([medicalAssistantSummary, medicalCoderSummary]);

    const removes = [...el.querySelectorAll('a.remove')];
    expect(removes.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Remove Certified Medical Assistant (CMA) from the comparison',
      'Remove Medical Coder from the comparison',
    ]);
    expect(removes.map((a) => a.getAttribute('href'))).toEqual([
      `/compare?o=${medicalCoderSummary.slug}`,
      `/compare?o=${medicalAssistantSummary.slug}`,
    ]);
  });

  it('searches the catalogue with a GET form that keeps the current selection, and lists nothing unasked', () => {
    const el = render(six.slice(0, 2));

    const form = el.querySelector('form');
    expect(form?.getAttribute('action')).toBe('/compare');
    expect(form?.getAttribute('method')).toBe('get');
    expect((form?.querySelector('input[type="hidden"][name="o"]') as HTMLInputElement).value).toBe('a-1,b-2');
    expect(form?.querySelector('input[type="search"]')?.getAttribute('name')).toBe('q');
    expect(text(el.querySelector('label[for="add-occupation"]'))).toBe('Find an occupation to add');
    expect(el.querySelector('.add-list')).toBeNull();
  });

  it('offers the matches not yet compared as links that add them to the shareable URL', () => {
    const el = render(six.slice(0, 2), {
      q: 'title',
      matches: [entry('a-1'), entry('c-3'), entry('e-5', 'Another Name')],
      total: 3,
    });

    const adds = [...el.querySelectorAll('.add-list a.add')];
    expect(adds.map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')])).toEqual([
      ['Add Title c-3 to the comparison', '/compare?o=a-1,b-2,c-3'],
      ['Add Title e-5 to the comparison', '/compare?o=a-1,b-2,e-5'],
    ]);
    expect(text(el.querySelectorAll('.add-list li')[1])).toContain('matched: Another Name');
    expect((el.querySelector('#add-occupation') as HTMLInputElement).value).toBe('title');
  });

  it('says when a search finds more than it shows, or nothing', () => {
    expect(text(render([], { q: 'nurse', matches: [entry('c-3')], total: 34 }))).toContain(
      'The first 1 of 34 matches; add words to narrow the search.',
    );
    TestBed.resetTestingModule();
    expect(text(render([], { q: 'astronaut', matches: [], total: 0 }))).toContain(
      'No occupation matches “astronaut”.',
    );
  });

  it('searches without a reload, keeping the selection', () => {
    const el = render(six.slice(0, 2));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    (el.querySelector('#add-occupation') as HTMLInputElement).value = ' nurse ';
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));

    expect(navigate).toHaveBeenCalledWith(['/compare'], { queryParams: { o: 'a-1,b-2', q: 'nurse' } });
  });

  it('stops adding at 5 occupations and says why', () => {
    const el = render(six.slice(0, 5), { q: 'title', matches: [entry('f-6')], total: 1 });

    expect(el.querySelector('#add-occupation')).toBeNull();
    expect(el.querySelector('.add-list')).toBeNull();
    expect(el.textContent).toContain('A comparison holds at most 5 occupations');
  });

  it('asks for one more occupation below 2', () => {
    const el = render([medicalCoderSummary]);

    expect(el.querySelector('[role="status"]')?.textContent).toContain('Add one more occupation');
    expect(el.querySelector('a.remove')?.getAttribute('href')).toBe('/compare');
  });
});

describe('loading an ad-hoc comparison', () => {
  const occupationView = (slug: string) => ({
    ...medicalCoderFixture,
    id: slug,
    slug,
    title: `Title ${slug}`,
  });
  const notFound = new ApiError({ statusCode: 404, error: 'not_found', message: 'No such occupation' });

  function fakeApi(known: string[]) {
    return {
      occupation: jest.fn((slug: string) =>
        known.includes(slug) ? of(occupationView(slug)) : throwError(() => notFound),
      ),
      occupations: jest.fn(() => of({ ...catalogueFixture, items: [entry('c-3')], total: 1 })),
      compare: jest.fn(() => of(comparisonFixture)),
      publication: jest.fn(() => of(publicationFixture)),
    };
  }
  const load = (api: ReturnType<typeof fakeApi>, values: string[], q = '') =>
    firstValueFrom(loadAdhocComparison(api as unknown as PublicApiClient, values, q));

  it('loads only the chosen occupations and the matches of the search, never the whole catalogue', async () => {
    const api = fakeApi(['a-1', 'b-2']);

    const data = await load(api, ['a-1,b-2'], 'nurse');

    expect(api.occupations).toHaveBeenCalledWith({ q: 'nurse', pageSize: 10 });
    expect(data?.selected.map((o) => o.slug)).toEqual(['a-1', 'b-2']);
    expect(data?.search).toEqual({ q: 'nurse', matches: [entry('c-3')], total: 1 });
    expect(data?.comparison?.comparison).toBe(comparisonFixture);
    expect(data?.comparison?.occupations.map((o) => o.slug)).toEqual(['a-1', 'b-2']);
  });

  it('does not search or compare when there is nothing to search or compare', async () => {
    const api = fakeApi(['a-1']);

    const data = await load(api, ['a-1']);

    expect(api.occupations).not.toHaveBeenCalled();
    expect(api.compare).not.toHaveBeenCalled();
    expect(data?.problem).toBe('too-few');
    expect(data?.publication).toEqual(medicalCoderFixture.publication);
  });

  it('is not found when a chosen occupation is unknown', async () => {
    await expect(load(fakeApi(['a-1']), ['a-1,zz-9'])).resolves.toBeNull();
  });
});

describe('comparison selection', () => {
  it('reads comma-separated and repeated o parameters, in order, without repeats', () => {
    expect(parseSelection(['a-1,b-2', 'c-3', 'a-1'])).toEqual(['a-1', 'b-2', 'c-3']);
    expect(parseSelection(['Not A Slug'])).toBeNull();
  });

  it('needs 2 to 5 occupations', () => {
    expect(selectionProblem(['a'])).toBe('too-few');
    expect(selectionProblem(['a', 'b'])).toBeNull();
    expect(selectionProblem(['a', 'b', 'c', 'd', 'e'])).toBeNull();
    expect(selectionProblem(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('too-many');
  });
});
