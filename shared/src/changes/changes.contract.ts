import type { Page } from '../common/page.contract.js';

/** What a line of a publication's summary is about. */
export const CHANGE_TOPICS = [
  'wages',
  'projections',
  'occupations',
  'comparisons',
  'schools',
  'sources',
] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];

/** One readable line of what a publication changed: "Wages for 88 occupations updated to May 2025". */
export interface ChangeSummaryLine {
  topic: ChangeTopic;
  change: 'added' | 'removed' | 'changed';
  /** How many records the line is about. */
  count: number;
  text: string;
  /** The records by name (occupation titles, school names …), at most `CHANGE_LINE_NAMES_KEPT`. */
  names: string[];
}

/** Names kept per line; the count says how many there were. */
export const CHANGE_LINE_NAMES_KEPT = 50;

/** What one publication changed compared with the one before it, computed when it was published. */
export interface ChangeSummary {
  /** One sentence for a title: the most important line, or what kind of publication it was. */
  headline: string;
  lines: ChangeSummaryLine[];
}

/** One publication in `GET /api/public/changes` and `/changes.atom`, newest first. */
export interface PublicationChangesView extends ChangeSummary {
  number: number;
  publishedAt: string;
  note: string;
  /** When this publication put back an earlier one (a rollback), that one's publication time. */
  restoredFromPublishedAt: string | null;
}

/** `GET /api/public/changes`: the publications the public has seen, newest first, paged. */
export type PublicChangesResponse = Page<PublicationChangesView>;

export interface PublicChangesQuery {
  page?: number;
  pageSize?: number;
}

/** Where the Atom feed of publications is served, at the site's root. */
export const CHANGES_FEED_PATH = '/changes.atom';
