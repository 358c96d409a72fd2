import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { compareText } from '@careerscope/shared';

export interface StateOption {
  code: string;
  name: string;
}

/**
 * Picks a state whose wage figures show beside the national ones. A plain GET form (`?state=WI`):
 * it works before the scripts load, and the URL can be shared. Choosing does nothing until the
 * button is pressed (no change of context on input).
 */
@Component({
  selector: 'cs-state-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="state-picker" method="get" (submit)="apply($event)">
      <label [for]="selectId()">State wages</label>
      <select [id]="selectId()" name="state">
        <!-- The attribute for the server's HTML (and before the scripts load), the property after. -->
        <option value="" [selected]="!selected()" [attr.selected]="selected() ? null : ''">
          National only
        </option>
        @for (state of states(); track state.code) {
          <option
            [value]="state.code"
            [selected]="state.code === selected()"
            [attr.selected]="state.code === selected() ? '' : null"
          >
            {{ state.name }}
          </option>
        }
      </select>
      <button type="submit">Show</button>
    </form>
  `,
})
export class StatePicker {
  readonly states = input.required<StateOption[]>();
  readonly selected = input<string | null>(null);
  readonly selectId = input('state-picker');

  private readonly router = inject(Router);

  protected apply(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const state = (new FormData(form).get('state') as string | null) || null;
    void this.router.navigate([], {
      queryParams: { state },
      queryParamsHandling: 'merge',
      preserveFragment: false,
    });
  }
}

/** The states that have wage or projection rows, by name. */
export function statesWithFigures(
  wages: readonly { areaType: string; areaCode: string; areaName: string }[],
  projections: readonly { areaCode: string; areaName: string }[],
): StateOption[] {
  const states = new Map(statesWithWages(wages).map((state) => [state.code, state.name]));
  for (const projection of projections) {
    if (projection.areaCode !== 'US') states.set(projection.areaCode, projection.areaName);
  }
  return [...states].map(([code, name]) => ({ code, name })).sort((a, b) => compareText(a.name, b.name));
}

/** The states that have wage rows, by name. */
export function statesWithWages(
  wages: readonly { areaType: string; areaCode: string; areaName: string }[],
): StateOption[] {
  const states = new Map<string, string>();
  for (const wage of wages) {
    if (wage.areaType === 'state') states.set(wage.areaCode, wage.areaName);
  }
  return [...states].map(([code, name]) => ({ code, name })).sort((a, b) => compareText(a.name, b.name));
}
