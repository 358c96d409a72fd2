import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { OccupationSummaryView } from '@careerscope/shared';

import { medicalAssistantSummary, medicalCoderSummary } from '../../testing/comparison.fixture';
import { CompareBuilder } from './compare-builder';
import { parseSelection, selectionProblem } from './compare-selection';

const occupation = (slug: string): OccupationSummaryView => ({
  ...medicalCoderSummary,
  id: slug,
  slug,
  title: `Title ${slug}`,
});
const six = ['a-1', 'b-2', 'c-3', 'd-4', 'e-5', 'f-6'].map(occupation);

function render(selected: OccupationSummaryView[], available: OccupationSummaryView[]): HTMLElement {
  TestBed.configureTestingModule({ imports: [CompareBuilder], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(CompareBuilder);
  fixture.componentRef.setInput('selected', selected);
  fixture.componentRef.setInput('available', available);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('CompareBuilder', () => {
  it('links each compared occupation to the comparison without it', () => {
    const el = render(
      [medicalAssistantSummary, medicalCoderSummary],
      [medicalAssistantSummary, medicalCoderSummary],
    );

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

  it('offers only occupations not yet compared, in a GET form that keeps the current ones', () => {
    const el = render(six.slice(0, 2), six);

    const options = [...el.querySelectorAll('#add-occupation option')].map((o) => o.getAttribute('value'));
    expect(options).toEqual(['c-3', 'd-4', 'e-5', 'f-6']);
    const hidden = [...el.querySelectorAll('form input[type="hidden"][name="o"]')].map(
      (i) => (i as HTMLInputElement).value,
    );
    expect(hidden).toEqual(['a-1', 'b-2']);
    expect(el.querySelector('form')?.getAttribute('action')).toBe('/compare');
  });

  it('adds the chosen occupation to the end of the shareable URL', () => {
    const el = render(six.slice(0, 2), six);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    (el.querySelector('#add-occupation') as HTMLSelectElement).value = 'e-5';
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));

    expect(navigate).toHaveBeenCalledWith(['/compare'], { queryParams: { o: 'a-1,b-2,e-5' } });
  });

  it('stops adding at 5 occupations and says why', () => {
    const el = render(six.slice(0, 5), six);

    expect(el.querySelector('#add-occupation')).toBeNull();
    expect(el.textContent).toContain('A comparison holds at most 5 occupations');
  });

  it('asks for one more occupation below 2', () => {
    const el = render([medicalCoderSummary], [medicalAssistantSummary, medicalCoderSummary]);

    expect(el.querySelector('[role="status"]')?.textContent).toContain('Add one more occupation');
    expect(el.querySelector('a.remove')?.getAttribute('href')).toBe('/compare');
  });

  it('says so when every published occupation is already compared', () => {
    const el = render(
      [medicalAssistantSummary, medicalCoderSummary],
      [medicalAssistantSummary, medicalCoderSummary],
    );

    expect(el.querySelector('#add-occupation')).toBeNull();
    expect(el.textContent).toContain('Every published occupation is already in this comparison.');
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
