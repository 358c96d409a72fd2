import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { sourceAnchorId } from './footnotes';

/**
 * `<sup csFootnote [number]="2" pagePath="/compare/x">` → `<sup><a href="/compare/x#source-2">[2]</a></sup>`.
 * The href carries the page's path because the document has `<base href="/">`: a bare `#source-2`
 * would resolve against it and leave the page.
 */
@Component({
  selector: 'sup[csFootnote]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'footnote-ref' },
  template: `<a [href]="href()">[{{ number() }}]</a>`,
})
export class FootnoteRef {
  readonly number = input.required<number>();
  readonly pagePath = input.required<string>();

  protected readonly href = computed(() => `${this.pagePath()}#${sourceAnchorId(this.number())}`);
}
