import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { Provenance } from './occupation-model';

const LABELS: Record<Provenance, string> = {
  editorial: 'Written by our editors',
  onet: 'From O*NET data',
  bls: 'From BLS data',
};

/** Says who wrote a part of a profile: our editors, or public data (O*NET, BLS). */
@Component({
  selector: 'cs-provenance',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="provenance">{{ label() }}</p>`,
})
export class ProvenanceNote {
  readonly kind = input.required<Provenance>();
  protected readonly label = computed(() => LABELS[this.kind()]);
}
