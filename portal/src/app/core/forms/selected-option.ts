import { Directive, input } from '@angular/core';

/**
 * Marks an `<option>` chosen in both places a visitor sees it: the `selected` attribute in the
 * server's HTML (all a select shows before the scripts load, or without them; the server's DOM does
 * not turn the property into the attribute), and the property once the page is live, which is what
 * the select shows after a client-side navigation.
 */
@Directive({
  selector: 'option[csSelected]',
  host: {
    '[selected]': 'csSelected()',
    '[attr.selected]': "csSelected() ? '' : null",
  },
})
export class SelectedOption {
  readonly csSelected = input.required<boolean>();
}
