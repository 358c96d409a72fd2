import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { SiteHeader } from './site-header';

function render(): HTMLElement {
  TestBed.configureTestingModule({ imports: [SiteHeader], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(SiteHeader);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('SiteHeader', () => {
  it('searches careers with a labelled GET form to /careers, so it works without scripts', () => {
    const el = render();

    const form = el.querySelector('form[role="search"]');
    expect(form?.getAttribute('action')).toBe('/careers');
    expect(form?.getAttribute('method')).toBe('get');
    const input = form?.querySelector('input[name="q"]');
    expect(el.querySelector(`label[for="${input?.id}"]`)?.textContent?.trim()).toBe('Search careers');
    expect(el.querySelector('nav a[href="/careers"]')?.textContent?.trim()).toBe('Find a career');
  });

  it('goes to the finder with the words searched, without a reload', () => {
    const el = render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    (el.querySelector('#site-search') as HTMLInputElement).value = ' nurse ';
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));

    expect(navigate).toHaveBeenCalledWith(['/careers'], { queryParams: { q: 'nurse' } });
  });
});
