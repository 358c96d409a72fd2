import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { catalogueFixture } from '../../testing/catalogue.fixture';
import { CareerFiltersForm } from './career-filters';
import { type CareerFilters, EMPTY_CAREER_FILTERS } from './career-query';

function render(filters: CareerFilters): { el: HTMLElement; emitted: CareerFilters[] } {
  TestBed.configureTestingModule({ imports: [CareerFiltersForm], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(CareerFiltersForm);
  fixture.componentRef.setInput('educationLevels', catalogueFixture.educationLevels);
  fixture.componentRef.setInput('filters', filters);
  const emitted: CareerFilters[] = [];
  fixture.componentInstance.changed.subscribe((value) => emitted.push(value));
  fixture.detectChanges();
  return { el: fixture.nativeElement as HTMLElement, emitted };
}

const control = (el: HTMLElement, id: string) => el.querySelector(`#${id}`) as HTMLInputElement;

describe('CareerFiltersForm', () => {
  it('labels every control and submits to /careers with GET, so it works without scripts', () => {
    const { el } = render(EMPTY_CAREER_FILTERS);

    const form = el.querySelector('form');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('action')).toBe('/careers');
    for (const input of el.querySelectorAll('input, select')) {
      expect(el.querySelector(`label[for="${input.id}"]`)?.textContent?.trim()).toBeTruthy();
    }
    expect([...el.querySelectorAll('input, select')].map((c) => c.getAttribute('name'))).toEqual([
      'q',
      'education',
      'minPay',
      'maxPay',
      'growth',
      'state',
      'sort',
      'bright',
    ]);
    expect([...el.querySelectorAll('#career-education option')].map((o) => o.textContent?.trim())).toEqual([
      'Any education',
      'High school diploma or equivalent (12)',
      'Postsecondary nondegree award (9)',
      "Bachelor's degree (21)",
    ]);
  });

  it('shows the filters from the URL, in the server’s HTML too', () => {
    const { el } = render({
      ...EMPTY_CAREER_FILTERS,
      q: 'coder',
      education: 'bachelors-degree',
      minPay: 40_000,
      growth: 5,
      bright: true,
      state: 'WI',
      sort: 'pay',
    });

    expect(control(el, 'career-q').value).toBe('coder');
    expect(control(el, 'career-education').value).toBe('bachelors-degree');
    expect(control(el, 'career-min-pay').value).toBe('40000');
    expect(control(el, 'career-max-pay').value).toBe('');
    expect(control(el, 'career-growth').value).toBe('5');
    expect(control(el, 'career-bright').checked).toBe(true);
    expect(control(el, 'career-state').value).toBe('WI');
    expect(el.querySelector('#career-sort option[selected]')?.getAttribute('value')).toBe('pay');
    expect(el.querySelector('#career-state option[selected]')?.getAttribute('value')).toBe('WI');
  });

  it('emits the chosen filters, back on page 1, when submitted', () => {
    const { el, emitted } = render({ ...EMPTY_CAREER_FILTERS, page: 3 });

    control(el, 'career-q').value = 'nurse';
    control(el, 'career-max-pay').value = '90000';
    control(el, 'career-bright').checked = true;
    control(el, 'career-state').value = 'AZ';
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));

    expect(emitted).toEqual([
      { ...EMPTY_CAREER_FILTERS, q: 'nurse', maxPay: 90_000, bright: true, state: 'AZ', page: 1 },
    ]);
  });
});
