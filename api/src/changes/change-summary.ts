import {
  CHANGE_LINE_NAMES_KEPT,
  type ChangeSummary,
  type ChangeSummaryLine,
  type ChangeTopic,
  type RecordChange,
  type SnapshotCollection,
} from '@careerscope/shared';

/** What kind of publication is summarized: its lines alone do not say it was the first or a rollback. */
export interface SummaryContext {
  /** Nothing was published before: everything is new. */
  first: boolean;
  /** For a rollback, how people name the publication it put back ("the version of May 1, 2026"). */
  restoredFrom: string | null;
}

/** Names written into a line's text; more are kept in `names` for a page to list. */
const NAMES_IN_TEXT = 5;

const NOUNS: Record<SnapshotCollection, [string, string]> = {
  occupations: ['occupation', 'occupations'],
  comparisons: ['comparison', 'comparisons'],
  schools: ['school', 'schools'],
  sources: ['source', 'sources'],
};

const COLLECTION_TOPICS: Record<SnapshotCollection, ChangeTopic> = {
  occupations: 'occupations',
  comparisons: 'comparisons',
  schools: 'schools',
  sources: 'sources',
};

/** Lines about whole records go in this order: what visitors look for first. */
const COLLECTION_ORDER: SnapshotCollection[] = ['occupations', 'comparisons', 'schools', 'sources'];

/** Fields of an occupation that repeat other records (its sources, its schools): not changes of their own. */
const DERIVED_OCCUPATION_FIELDS = new Set(['sources', 'schools']);

function count(n: number, collection: SnapshotCollection): string {
  const [one, many] = NOUNS[collection];
  return `${n} ${n === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C", "A, B, C, D, E and 3 more". */
export function nameList(names: string[]): string {
  const shown = names.slice(0, NAMES_IN_TEXT);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

function line(
  topic: ChangeTopic,
  change: ChangeSummaryLine['change'],
  names: string[],
  text: string,
): ChangeSummaryLine {
  const sorted = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  return { topic, change, count: sorted.length, text, names: sorted.slice(0, CHANGE_LINE_NAMES_KEPT) };
}

/** "3 occupations added: A, B and C" (names only when few enough to read in one line). */
function wholeRecordsLine(
  collection: SnapshotCollection,
  change: 'added' | 'removed',
  names: string[],
): ChangeSummaryLine {
  const unique = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  const text = `${count(unique.length, collection)} ${change}${
    unique.length <= NAMES_IN_TEXT ? `: ${nameList(unique)}` : ''
  }`;
  return line(COLLECTION_TOPICS[collection], change, unique, text);
}

/** The list a field change sits in, and whether it added a whole element: `wages[<id>]` added. */
function listOf(path: string): { list: string; wholeElement: boolean } {
  const match = /^([A-Za-z]+)(\[[^\]]*\])?/.exec(path);
  const list = match?.[1] ?? path;
  return { list, wholeElement: match?.[2] !== undefined && match[0] === path };
}

interface Figures {
  /** Occupation names by the newest period added to them, national and by state. */
  national: Map<string, Set<string>>;
  state: Map<string, Set<string>>;
  /** Occupations whose figures changed otherwise (revised, taken out). */
  revised: Set<string>;
}

function emptyFigures(): Figures {
  return { national: new Map(), state: new Map(), revised: new Set() };
}

function addTo(map: Map<string, Set<string>>, key: string, name: string): void {
  const names = map.get(key) ?? new Set<string>();
  names.add(name);
  map.set(key, names);
}

function periodOf(list: 'wages' | 'projections', element: Record<string, unknown>): string | null {
  if (list === 'wages') {
    return typeof element.referencePeriod === 'string' ? element.referencePeriod : null;
  }
  return element.baseYear !== undefined && element.targetYear !== undefined
    ? `${String(element.baseYear)}–${String(element.targetYear).slice(-2)}`
    : null;
}

function isNational(list: 'wages' | 'projections', element: Record<string, unknown>): boolean {
  return list === 'wages' ? element.areaType === 'national' : element.areaCode === 'US';
}

/** Lines for new or revised figures (wages or projections) of occupations that were already published. */
function figureLines(topic: 'wages' | 'projections', figures: Figures): ChangeSummaryLine[] {
  const lines: ChangeSummaryLine[] = [];
  const what = topic === 'wages' ? 'Wages' : 'Employment projections';
  const periods = (map: Map<string, Set<string>>) =>
    [...map.entries()].sort(([a], [b]) => b.localeCompare(a, 'en', { numeric: true }));
  const updated = new Set<string>();
  for (const [period, names] of periods(figures.national)) {
    const n = [...names].filter((name) => !updated.has(name));
    n.forEach((name) => updated.add(name));
    if (n.length === 0) continue;
    lines.push(
      line(topic, 'changed', n, `${what} for ${count(n.length, 'occupations')} updated to ${period}`),
    );
  }
  for (const [period, names] of periods(figures.state)) {
    lines.push(
      line(
        topic,
        'added',
        [...names],
        `State ${topic === 'wages' ? 'wages' : 'projections'} for ${period} added for ${count(names.size, 'occupations')}`,
      ),
    );
  }
  const revised = [...figures.revised].filter((name) => !updated.has(name));
  if (revised.length > 0) {
    lines.push(
      line(
        topic,
        'changed',
        revised,
        `${what} revised for ${count(revised.length, 'occupations')}${
          revised.length <= NAMES_IN_TEXT ? `: ${nameList(revised)}` : ''
        }`,
      ),
    );
  }
  return lines;
}

/**
 * What a publication changed, in sentences people read: computed from the record-by-record diff with
 * the publication before it. Occupations' new wage and projection periods come first (the yearly
 * update), then records added and removed, then other edits.
 */
export function summarizeChanges(changes: RecordChange[], context: SummaryContext): ChangeSummary {
  const wages = emptyFigures();
  const projections = emptyFigures();
  const details = new Set<string>();
  const whole: Record<'added' | 'removed', Map<SnapshotCollection, string[]>> = {
    added: new Map(),
    removed: new Map(),
  };
  const edited = new Map<SnapshotCollection, string[]>();

  for (const change of changes) {
    if (change.change !== 'changed') {
      const names = whole[change.change].get(change.collection) ?? [];
      names.push(change.label || change.key);
      whole[change.change].set(change.collection, names);
      continue;
    }
    const name = change.label || change.key;
    if (change.collection !== 'occupations') {
      const names = edited.get(change.collection) ?? [];
      names.push(name);
      edited.set(change.collection, names);
      continue;
    }
    for (const field of change.fields) {
      const { list, wholeElement } = listOf(field.path);
      if (DERIVED_OCCUPATION_FIELDS.has(list)) continue;
      if (list !== 'wages' && list !== 'projections') {
        details.add(name);
        continue;
      }
      const figures = list === 'wages' ? wages : projections;
      const element = field.after;
      if (wholeElement && field.change === 'added' && typeof element === 'object' && element !== null) {
        const record = element as Record<string, unknown>;
        const period = periodOf(list, record);
        if (period !== null) {
          addTo(isNational(list, record) ? figures.national : figures.state, period, name);
          continue;
        }
      }
      // A figure taken out when a newer one replaced it is part of that update, not a revision.
      if (wholeElement && field.change === 'removed') continue;
      figures.revised.add(name);
    }
  }

  const lines: ChangeSummaryLine[] = [
    ...figureLines('wages', wages),
    ...figureLines('projections', projections),
  ];
  for (const change of ['added', 'removed'] as const) {
    for (const collection of COLLECTION_ORDER) {
      const names = whole[change].get(collection);
      if (names) lines.push(wholeRecordsLine(collection, change, names));
    }
  }
  if (details.size > 0) {
    const names = [...details];
    lines.push(
      line(
        'occupations',
        'changed',
        names,
        `Descriptions or other details changed for ${count(names.length, 'occupations')}${
          names.length <= NAMES_IN_TEXT ? `: ${nameList([...names].sort((a, b) => a.localeCompare(b)))}` : ''
        }`,
      ),
    );
  }
  for (const collection of COLLECTION_ORDER) {
    const names = edited.get(collection);
    if (!names) continue;
    const sorted = [...new Set(names)].sort((a, b) => a.localeCompare(b));
    const what = collection === 'schools' ? 'Programs or details changed for' : 'Updated';
    lines.push(
      line(
        COLLECTION_TOPICS[collection],
        'changed',
        sorted,
        `${what} ${count(sorted.length, collection)}${sorted.length <= NAMES_IN_TEXT ? `: ${nameList(sorted)}` : ''}`,
      ),
    );
  }
  return { headline: headline(lines, context), lines };
}

function headline(lines: ChangeSummaryLine[], context: SummaryContext): string {
  if (context.first) return 'First publication';
  if (context.restoredFrom !== null) return `Rolled back to ${context.restoredFrom}`;
  if (lines.length === 0) return 'Published again with no changes to the content';
  const [first] = lines;
  const rest = lines.length - 1;
  return rest === 0 ? first.text : `${first.text}, and ${rest} more change${rest === 1 ? '' : 's'}`;
}
