import type { SourceView } from '@careerscope/shared';

import { formatDate } from '../core/format/dates';

export interface NumberedSource {
  /** 1-based footnote number; the list item's id is `source-<number>`. */
  number: number;
  source: SourceView;
}

/**
 * Numbers a page's sources by first use. Walk the page in reading order calling `cite()`: the first
 * citation of a source gets the next number, later ones reuse it. Sources the page lists but never
 * cites in the walk follow at the end, so the list still names every source.
 */
export class Footnotes {
  private readonly byId: ReadonlyMap<string, SourceView>;
  private readonly numbers = new Map<string, number>();

  constructor(private readonly sources: readonly SourceView[]) {
    this.byId = new Map(sources.map((source) => [source.id, source]));
  }

  /** The footnote number for a source id; null when there is no id or the page does not list it. */
  cite(sourceId: string | null): number | null {
    if (sourceId === null || !this.byId.has(sourceId)) {
      return null;
    }
    let number = this.numbers.get(sourceId);
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(sourceId, number);
    }
    return number;
  }

  /** Numbers for several ids, without repeats, in the order given. */
  citeAll(sourceIds: readonly string[]): number[] {
    const numbers = sourceIds.map((id) => this.cite(id)).filter((n): n is number => n !== null);
    return [...new Set(numbers)];
  }

  /** Every source in footnote order. Call after the walk: it numbers the sources not yet cited. */
  list(): NumberedSource[] {
    for (const source of this.sources) {
      this.cite(source.id);
    }
    return [...this.numbers].map(([id, number]) => ({ number, source: this.byId.get(id) as SourceView }));
  }
}

/** The id of a footnote's list item: `source-3`. */
export function sourceAnchorId(number: number): string {
  return `source-${number}`;
}

/**
 * What a source entry says after its title, as one text so the sentences keep their spaces:
 * "Reference period: 2024–34. Retrieved November 26, 2026."
 */
export function sourceDetails(source: Pick<SourceView, 'referencePeriod' | 'retrievedOn'>): string {
  return [
    source.referencePeriod ? `Reference period: ${source.referencePeriod}.` : '',
    source.retrievedOn ? `Retrieved ${formatDate(source.retrievedOn)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
