import { TestBed } from '@angular/core/testing';

import { ConflictViewComponent } from './conflict-view.component';

describe('ConflictViewComponent', () => {
  async function render(showTime = true) {
    const fixture = TestBed.createComponent(ConflictViewComponent);
    fixture.componentRef.setInput('fields', [
      { key: 'title', label: 'Title' },
      { key: 'summary', label: 'Summary' },
      { key: 'skills', label: 'Skills' },
      { key: 'slug', label: 'Slug' },
    ]);
    fixture.componentRef.setInput('base', { title: 'CMA', summary: 'Old', skills: ['a'], slug: 'cma' });
    fixture.componentRef.setInput('mine', { title: 'CMA', summary: 'Mine', skills: ['a', 'b'], slug: 'cma' });
    fixture.componentRef.setInput('theirs', {
      title: 'CMA (new)',
      summary: 'Theirs',
      skills: ['a'],
      slug: 'cma',
    });
    fixture.componentRef.setInput('theirAuthor', 'Ada Editor');
    if (showTime) fixture.componentRef.setInput('theirTime', '2026-05-01T10:00:00.000Z');
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  function rowText(el: HTMLElement, field: string): string {
    const row = el.querySelector(`tr[data-field="${field}"]`);
    return [...(row?.querySelectorAll('th, td') ?? [])]
      .map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())
      .join(' | ');
  }

  it('shows each changed field with both versions and who changed it', async () => {
    const { el } = await render();
    expect(el.textContent).toContain('Ada Editor');
    expect(rowText(el, 'title')).toBe('Title changed by them | CMA | CMA (new)');
    expect(rowText(el, 'skills')).toBe('Skills changed by you | a, b | a');
    expect(rowText(el, 'summary')).toBe('Summary both changed | Mine | Theirs');
    expect(el.querySelector('tr[data-field="summary"]')!.classList).toContain('conflict__row--clash');
    expect(el.textContent).toContain('1 field was changed by both of you');
  });

  it('hides unchanged fields until asked', async () => {
    const { fixture, el } = await render(false);
    expect(el.querySelector('tr[data-field="slug"]')).toBeNull();
    (el.querySelector('mat-checkbox input') as HTMLInputElement).click();
    await fixture.whenStable();
    expect(rowText(el, 'slug')).toBe('Slug | cma | cma');
  });

  it('offers both ways forward', async () => {
    const { fixture, el } = await render();
    const reload = jest.fn();
    const reapply = jest.fn();
    fixture.componentInstance.reloadTheirs.subscribe(reload);
    fixture.componentInstance.reapplyMine.subscribe(reapply);
    const buttons = [...el.querySelectorAll('button')];
    buttons.find((b) => b.textContent?.includes('Reapply'))!.click();
    buttons.find((b) => b.textContent?.includes('load theirs'))!.click();
    expect(reapply).toHaveBeenCalledTimes(1);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[role="alert"]')).not.toBeNull();
  });
});
