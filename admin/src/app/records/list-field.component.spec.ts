import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';

import { ListFieldComponent } from './list-field.component';

@Component({
  imports: [ListFieldComponent],
  template: `<cs-list-field [control]="control" label="Skills" />`,
})
class HostComponent {
  readonly control = new FormControl<string[]>(['Coding', 'Billing', 'Privacy'], { nonNullable: true });
}

/** The order of a list is the order the portal shows: the chosen list reorders it. */
describe('ListFieldComponent', () => {
  function render() {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const button = (name: string) => el.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
    const shown = () =>
      [...el.querySelectorAll('.chosen__item')].map((item) => item.querySelector('span')?.textContent);
    return { fixture, el, button, shown, control: fixture.componentInstance.control };
  }

  it('moves an item later with its button, marks the field changed and says so', async () => {
    const { fixture, el, button, shown, control } = render();

    button('Move Coding later').click();
    await fixture.whenStable();

    expect(control.value).toEqual(['Billing', 'Coding', 'Privacy']);
    expect(control.dirty).toBe(true);
    expect(shown()).toEqual(['Billing', 'Coding', 'Privacy']);
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Coding moved to position 2 of 3.');
  });

  it('keeps the keyboard on the moved item, on the other button once it reaches an end', async () => {
    const { fixture, button } = render();

    button('Move Billing earlier').focus();
    button('Move Billing earlier').click();
    await fixture.whenStable();

    // Billing is now first: "earlier" is disabled, so focus goes to "later".
    expect(button('Move Billing earlier').disabled).toBe(true);
    expect(document.activeElement).toBe(button('Move Billing later'));
  });

  it('offers no move at either end, and no moves at all when the field is disabled', async () => {
    const { fixture, el, button, control } = render();

    expect(button('Move Coding earlier').disabled).toBe(true);
    expect(button('Move Privacy later').disabled).toBe(true);
    button('Move Privacy later').click();
    expect(control.value).toEqual(['Coding', 'Billing', 'Privacy']);

    control.disable();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el.querySelectorAll('button[data-move]')).toHaveLength(0);
    expect(el.querySelector('.cdk-drop-list-disabled')).not.toBeNull();
  });
});
