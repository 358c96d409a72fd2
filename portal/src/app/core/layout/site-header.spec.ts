import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { SiteHeader } from './site-header';

@Component({ template: '' })
class Blank {}

function render(): HTMLElement {
  TestBed.configureTestingModule({
    imports: [SiteHeader],
    providers: [provideRouter([{ path: '**', component: Blank }])],
  });
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

  it('marks the section the visitor is in, and only that one', async () => {
    const el = render();
    const fixture = TestBed.createComponent(SiteHeader);
    const header = fixture.nativeElement as HTMLElement;
    const activeLinks = () =>
      [...header.querySelectorAll('nav a')]
        .filter((a) => a.classList.contains('active') && a.getAttribute('aria-current') === 'page')
        .map((a) => a.textContent?.trim());

    await TestBed.inject(Router).navigateByUrl('/careers/medical-coder?state=TX');
    fixture.detectChanges();
    expect(activeLinks()).toEqual(['Find a career']);
    expect(header.querySelectorAll('nav a[aria-current]').length).toBe(1);

    await TestBed.inject(Router).navigateByUrl('/');
    fixture.detectChanges();
    expect(activeLinks()).toEqual(['Compare careers']);

    await TestBed.inject(Router).navigateByUrl('/schoolsearch');
    fixture.detectChanges();
    expect(activeLinks()).toEqual([]);
    expect(el).toBeTruthy();
  });
});
