import { Injectable, NotFoundException } from '@nestjs/common';
import type { ComparisonView, SourceView } from '@careerscope/shared';
import { buildComparisonRows } from '../publications/comparison-cells';
import { CurrentPublicationService } from '../publications/current-publication.service';
import { firstUse } from '../publications/snapshot-builder.service';
import { DEFAULT_COMPARISON_ROWS } from './default-rows';

/** Any 2–5 published occupations side by side, built from the current publication. */
@Injectable()
export class CompareService {
  constructor(private readonly publications: CurrentPublicationService) {}

  async compare(slugs: string[]): Promise<ComparisonView> {
    const { info, snapshot } = await this.publications.getCurrent();
    const occupations = slugs.map((slug) => {
      const found = snapshot.occupations.find((occupation) => occupation.slug === slug);
      if (!found) throw new NotFoundException(`No published occupation is called "${slug}"`);
      return found;
    });
    const rows = buildComparisonRows(DEFAULT_COMPARISON_ROWS, occupations);
    const sources = new Map(snapshot.sources.map((source) => [source.id, source]));
    const cited = firstUse(
      rows.flatMap((row) =>
        row.cells.flatMap((cell) => [
          ...cell.sourceIds,
          ...cell.figures.map((figure) => figure.sourceId),
          ...cell.items.map((item) => item.sourceId),
        ]),
      ),
    );
    return {
      slug: '',
      title: occupations.map((occupation) => occupation.title).join(' vs. '),
      occupationSlugs: slugs,
      introHtml: '',
      author: null,
      occupations: occupations.map(({ id, slug, title, shortTitle, socCode, summaryHtml }) => ({
        id,
        slug,
        title,
        shortTitle,
        socCode,
        summaryHtml,
      })),
      rows,
      sources: cited
        .map((id) => sources.get(id))
        .filter((source): source is SourceView => source !== undefined),
      publication: info,
    };
  }
}
