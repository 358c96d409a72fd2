import {
  type HomeCareerView,
  type HomeHighlights,
  entryEducationSlug,
  formatAnnualWage,
  formatCount,
  formatPercent,
} from '@careerscope/shared';

import { Footnotes, type NumberedSource } from '../citations/footnotes';

export interface HeadlineFigure {
  value: string;
  label: string;
  note: number | null;
}

export interface EntryCareer {
  slug: string;
  title: string;
  /** The figure the career is listed for: "12% growth", "$62,000 a year". */
  figure: string;
  /** A second fact that helps choose: the entry education, or the pay. */
  detail: string | null;
}

export interface EntryPoint {
  id: string;
  heading: string;
  /** What the list is ranked by, with its period. */
  rankedBy: string;
  note: number | null;
  careers: EntryCareer[];
  /** The finder, filtered and sorted the same way. */
  moreLink: { label: string; queryParams: Record<string, string> };
}

export interface HomeModel {
  figures: HeadlineFigure[];
  entryPoints: EntryPoint[];
  sources: NumberedSource[];
}

const pay = (career: HomeCareerView) =>
  career.medianPay === null ? null : `${formatAnnualWage(career.medianPay)} a year`;

/**
 * The home page's first screen from the catalogue's figures: a few headline figures and the ways in
 * (fastest growing, best paid without a bachelor's degree, shortest training), footnoted in reading order.
 */
export function buildHomeModel(highlights: HomeHighlights): HomeModel {
  const footnotes = new Footnotes(highlights.sources);
  const projectionNote = footnotes.cite(highlights.fastestGrowing[0]?.projectionSourceId ?? null);
  const educationNote = footnotes.cite(
    highlights.shortestTraining[0]?.educationSourceId ??
      highlights.bestPaidWithoutBachelors[0]?.educationSourceId ??
      null,
  );
  const payNote = footnotes.cite(highlights.bestPaidWithoutBachelors[0]?.paySourceId ?? null);
  const payPeriod = highlights.bestPaidWithoutBachelors[0]?.payPeriod ?? null;

  const figures: HeadlineFigure[] = [
    { value: formatCount(highlights.careerCount), label: 'healthcare careers, side by side', note: null },
  ];
  if (highlights.projectedNewJobs !== null && highlights.projectionPeriod) {
    figures.push({
      value: formatCount(highlights.projectedNewJobs),
      label: `new jobs projected across them, ${highlights.projectionPeriod}`,
      note: projectionNote,
    });
  }
  if (highlights.withoutBachelorsCount > 0) {
    figures.push({
      value: formatCount(highlights.withoutBachelorsCount),
      label: 'careers you can start without a bachelor’s degree',
      note: educationNote,
    });
  }

  const entryPoints: EntryPoint[] = [];
  if (highlights.fastestGrowing.length) {
    entryPoints.push({
      id: 'fastest-growing',
      heading: 'Fastest growing',
      rankedBy: `Projected employment growth, ${highlights.projectionPeriod ?? 'next ten years'}`,
      note: projectionNote,
      careers: highlights.fastestGrowing.map((career) => ({
        slug: career.slug,
        title: career.title,
        figure:
          career.growthPercent === null ? 'Not projected' : `${formatPercent(career.growthPercent)} growth`,
        detail: pay(career),
      })),
      moreLink: { label: 'All careers by growth', queryParams: { sort: 'growth' } },
    });
  }
  if (highlights.bestPaidWithoutBachelors.length) {
    entryPoints.push({
      id: 'best-paid-without-bachelors',
      heading: 'Best paid without a bachelor’s degree',
      rankedBy: `Median annual pay${payPeriod ? `, ${payPeriod}` : ''}`,
      note: payNote,
      careers: highlights.bestPaidWithoutBachelors.map((career) => ({
        slug: career.slug,
        title: career.title,
        figure: pay(career) ?? 'Pay not published',
        detail: career.typicalEducation,
      })),
      moreLink: { label: 'All careers by pay', queryParams: { sort: 'pay' } },
    });
  }
  if (highlights.shortestTraining.length) {
    const first = highlights.shortestTraining[0];
    entryPoints.push({
      id: 'shortest-training',
      heading: 'Shortest training',
      rankedBy: 'Typical entry education (BLS), then pay',
      note: educationNote,
      careers: highlights.shortestTraining.map((career) => ({
        slug: career.slug,
        title: career.title,
        figure: career.typicalEducation ?? 'Entry education not published',
        detail: pay(career),
      })),
      moreLink: {
        label: `All careers: ${first.typicalEducation ?? 'by pay'}`,
        queryParams: first.typicalEducation
          ? { education: entryEducationSlug(first.typicalEducation), sort: 'pay' }
          : { sort: 'pay' },
      },
    });
  }
  return { figures, entryPoints, sources: footnotes.list() };
}
