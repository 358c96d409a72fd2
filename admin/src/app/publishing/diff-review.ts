import {
  RECORD_PATHS,
  SNAPSHOT_COLLECTIONS,
  SNAPSHOT_RECORD_TYPES,
  type ChangeKind,
  type PublicationDiff,
  type FieldChange,
  type PublishProblem,
  type RecordChange,
} from '@careerscope/shared';

import { formatValue } from '../records/format-value';
import { RECORD_TYPE_LABELS } from '../records/record-types';

/** One piece of a prose value: unchanged context, or the words that changed. */
export interface ProseSpan {
  text: string;
  changed: boolean;
}

/** A field as the review shows it: plain values, or long prose reduced to the words that changed. */
export interface FieldRow {
  key: string;
  label: string;
  /** The nested record (a wage statistic of an occupation) to edit, when it still exists. */
  link: string[] | null;
  before: string;
  after: string;
  /** Set for long prose: the changed words with a little context, the whole texts behind a toggle. */
  prose: { before: ProseSpan[]; after: ProseSpan[] } | null;
}

export interface RecordRow {
  key: string;
  change: ChangeKind;
  /** "New", "Changed", "Deleted". */
  changeLabel: string;
  title: string;
  /** Its edit page; null when the record no longer exists. */
  link: string[] | null;
  fields: FieldRow[];
}

/** The changes of one record type, e.g. "Occupations: 2". */
export interface TypeGroup {
  key: string;
  label: string;
  count: number;
  /** "1 new, 1 changed". */
  breakdown: string;
  records: RecordRow[];
}

export interface ProblemRow {
  key: string;
  message: string;
  link: string[];
}

const CHANGE_LABELS: Record<ChangeKind, string> = { added: 'New', changed: 'Changed', removed: 'Deleted' };
const FIELD_CHANGE_WORDS: Record<ChangeKind, string> = { added: 'Added', changed: '', removed: 'Removed' };

/** Prose longer than this is reduced to the words that changed. */
const LONG_PROSE = 80;
/** Words of unchanged context kept on each side of a change. */
const CONTEXT_WORDS = 8;
/** Changed words shown before the rest is left to the full text. */
const MAX_CHANGED_WORDS = 60;

/** How many records of each type a diff changes, in the snapshot's order; types without changes left out. */
export function changeCounts(diff: PublicationDiff): Omit<TypeGroup, 'records'>[] {
  return countedGroups(diff).map(({ changes: _changes, ...group }) => group);
}

/** Groups a diff (the working copy's, or a publication's) by record type, in the snapshot's order, with a count per type. */
export function reviewGroups(diff: PublicationDiff): TypeGroup[] {
  return countedGroups(diff).map(({ changes, ...group }) => ({
    ...group,
    records: changes.map(toRecordRow),
  }));
}

function countedGroups(diff: PublicationDiff) {
  return SNAPSHOT_COLLECTIONS.map((collection) => {
    const changes = diff.changes.filter((change) => change.collection === collection);
    const labels = RECORD_TYPE_LABELS[SNAPSHOT_RECORD_TYPES[collection]];
    const label = labels.many.charAt(0).toUpperCase() + labels.many.slice(1);
    return { key: collection, label, count: changes.length, breakdown: breakdown(changes), changes };
  }).filter((group) => group.count > 0);
}

/** Each problem that would stop publishing, linked to the record to fix. */
export function problemRows(problems: readonly PublishProblem[]): ProblemRow[] {
  return problems.map((problem, index) => ({
    key: `${index}:${problem.field}`,
    message: problem.message,
    link: ['/', RECORD_PATHS[problem.recordType], problem.recordId],
  }));
}

function breakdown(changes: readonly RecordChange[]): string {
  return (['added', 'changed', 'removed'] as const)
    .map((kind) => [kind, changes.filter((change) => change.change === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${CHANGE_LABELS[kind].toLowerCase()}`)
    .join(', ');
}

function toRecordRow(change: RecordChange): RecordRow {
  return {
    key: `${change.collection}:${change.key}`,
    change: change.change,
    changeLabel: CHANGE_LABELS[change.change],
    title: change.label || change.key,
    link: change.recordId ? ['/', RECORD_PATHS[change.recordType], change.recordId] : null,
    fields: change.fields.map(toFieldRow),
  };
}

function toFieldRow(field: FieldChange): FieldRow {
  // A whole list element added or removed (`wages[<id>]`) is a record shown or no longer shown.
  const wholeElement = field.change !== 'changed' && field.path.endsWith(']');
  const link =
    field.record && !(wholeElement && field.change === 'removed')
      ? ['/', RECORD_PATHS[field.record.type], field.record.id]
      : null;
  const base = { key: field.path, label: field.label || field.path, link };
  if (wholeElement) {
    const words = FIELD_CHANGE_WORDS[field.change];
    return {
      ...base,
      before: field.change === 'removed' ? words : '—',
      after: field.change === 'added' ? words : '—',
      prose: null,
    };
  }
  const before = readable(field.before);
  const after = readable(field.after);
  const prose =
    typeof field.before === 'string' &&
    typeof field.after === 'string' &&
    Math.max(before.length, after.length) > LONG_PROSE
      ? proseDiff(before, after)
      : null;
  return { ...base, before, after, prose };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A value in words; HTML (rendered Markdown) as its text, a timestamp as a date. */
function readable(value: unknown): string {
  if (typeof value === 'string' && /<[a-z][^>]*>/i.test(value)) return htmlText(value) || '—';
  if (typeof value === 'string' && TIMESTAMP.test(value)) {
    return new Date(value).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
  }
  return formatValue(value);
}

function htmlText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The words that changed between two texts, with a little unchanged context on each side: the common
 * beginning and end are cut to a few words, so a one-word fix in a long paragraph reads as one line.
 */
export function proseDiff(before: string, after: string): { before: ProseSpan[]; after: ProseSpan[] } {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++;
  const lead = a.slice(Math.max(0, start - CONTEXT_WORDS), start);
  const trail = a.slice(a.length - end, a.length - end + CONTEXT_WORDS);
  const spans = (words: string[]): ProseSpan[] => {
    const middle = words.slice(start, words.length - end);
    const shown = middle.length > MAX_CHANGED_WORDS ? [...middle.slice(0, MAX_CHANGED_WORDS), '…'] : middle;
    return [
      { text: `${start > CONTEXT_WORDS ? '… ' : ''}${lead.join(' ')}`, changed: false },
      { text: shown.join(' '), changed: true },
      { text: `${trail.join(' ')}${end > CONTEXT_WORDS ? ' …' : ''}`, changed: false },
    ].filter((span) => span.text !== '');
  };
  return { before: spans(a), after: spans(b) };
}
