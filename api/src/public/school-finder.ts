import {
  type PublicSchoolQuery,
  type ProgramView,
  type SchoolListItemView,
  type SchoolSort,
  type SchoolSummaryView,
  type SchoolYearlyCost,
  schoolYearlyCost,
} from '@careerscope/shared';
import { milesBetween, RADIANS, withSchoolDefaults, type ZipPlace } from './school-locations';

interface Entry {
  school: SchoolSummaryView;
  /** Lower-cased name and city, for `q`. */
  text: string;
  /** Position in name order, so sorting by name compares numbers. */
  rank: number;
  residentCost: SchoolYearlyCost | null;
  visitorCost: SchoolYearlyCost | null;
  /** IPEDS reports the school closed: left out unless asked for, then listed last. */
  closed: boolean;
}

interface Match {
  entry: Entry;
  programs: ProgramView[];
  distance: number | null;
  cost: SchoolYearlyCost | null;
  awards: number | null;
  onlineElsewhere: boolean;
}

/** One collator for the name order (far cheaper than `localeCompare` per pair). */
const NAME_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Degrees of latitude per mile: a cheap box test before the exact distance. */
const DEGREES_PER_MILE = 1 / 69;

/**
 * The school directory of one publication: built once per publication (a snapshot never changes),
 * so a search filters precomputed entries and measures distances for the schools left, without
 * touching the database.
 */
export class SchoolFinder {
  private readonly all: Entry[];
  private readonly byOccupation = new Map<string, Entry[]>();

  constructor(schools: SchoolSummaryView[]) {
    this.all = schools
      .filter((school) => school.programs.length > 0)
      .map(withSchoolDefaults)
      .map((school) => ({
        school,
        text: `${school.name} ${school.city}`.toLowerCase(),
        rank: 0,
        residentCost: schoolYearlyCost(school, true),
        visitorCost: schoolYearlyCost(school, false),
        closed: school.closedOn !== null,
      }))
      .sort((a, b) => NAME_ORDER.compare(a.school.name, b.school.name));
    this.all.forEach((entry, index) => (entry.rank = index));
    for (const entry of this.all) {
      for (const slug of new Set(entry.school.programs.map((program) => program.occupationSlug))) {
        const list = this.byOccupation.get(slug) ?? [];
        list.push(entry);
        this.byOccupation.set(slug, list);
      }
    }
  }

  /**
   * Schools with at least one program that matches; each listed with only those programs. A school
   * outside the state or radius asked for is listed only for online programs, and only when online
   * delivery is asked for (online programs are open to every state).
   */
  find(
    query: Required<Pick<PublicSchoolQuery, 'page' | 'pageSize'>> & PublicSchoolQuery,
    origin: ZipPlace | null,
  ): { items: SchoolListItemView[]; total: number; sort: SchoolSort } {
    const sort: SchoolSort = query.sort ?? (origin ? 'distance' : 'name');
    const needle = query.q?.toLowerCase();
    const visitorState = origin?.state ?? query.state ?? null;
    const radius = origin && query.radius !== undefined ? query.radius : null;
    const latSpan = radius === null ? 0 : radius * DEGREES_PER_MILE;
    const candidates = query.occupation ? (this.byOccupation.get(query.occupation) ?? []) : this.all;
    const matches: Match[] = [];

    const online = query.delivery === 'online';
    // A box around the origin: most schools fail it on a comparison or two, before any trigonometry.
    const lonSpan =
      origin && radius !== null ? latSpan / Math.max(0.01, Math.cos(origin.latitude * RADIANS)) : 0;

    for (const entry of candidates) {
      if (entry.closed && !query.includeClosed) continue;
      const school = entry.school;
      if (needle && !entry.text.includes(needle)) continue;
      // Where the school is, first: a radius or a state rules out most schools cheaply.
      let inArea = !query.state || school.state === query.state;
      let distance: number | null = null;
      const located = origin !== null && school.latitude !== null && school.longitude !== null;
      if (radius !== null) {
        if (
          !located ||
          Math.abs((school.latitude as number) - origin.latitude) > latSpan ||
          Math.abs((school.longitude as number) - origin.longitude) > lonSpan
        ) {
          inArea = false;
        } else {
          distance = milesBetween(
            origin.latitude,
            origin.longitude,
            school.latitude as number,
            school.longitude as number,
          );
          if (distance > radius) inArea = false;
        }
      }
      if (!inArea && !online) continue;

      const programs = school.programs.filter(
        (program) =>
          (!query.occupation || program.occupationSlug === query.occupation) &&
          (!query.delivery || program.delivery === query.delivery) &&
          (!query.credential || program.credentialLevel === query.credential) &&
          (!query.accreditation || program.accreditationBodySlug === query.accreditation),
      );
      if (programs.length === 0) continue;
      const cost =
        visitorState === null || visitorState === school.state ? entry.residentCost : entry.visitorCost;
      if (query.maxCost !== undefined && (cost === null || cost.total > query.maxCost)) continue;
      if (located && distance === null) {
        distance = milesBetween(
          origin.latitude,
          origin.longitude,
          school.latitude as number,
          school.longitude as number,
        );
      }

      // A program the newest completions file no longer lists has no awards of its year to count.
      const counted = programs.filter(
        (program) => program.completions !== null && program.vanishedIn === null,
      );
      matches.push({
        entry,
        programs,
        distance,
        cost,
        awards: counted.length ? counted.reduce((sum, program) => sum + (program.completions ?? 0), 0) : null,
        onlineElsewhere: !inArea,
      });
    }

    // Schools in the state or radius asked for come first; online programs from elsewhere follow;
    // closed schools (when asked for) come last.
    const compare = COMPARE[sort];
    matches.sort(
      (a, b) =>
        Number(a.entry.closed) - Number(b.entry.closed) ||
        Number(a.onlineElsewhere) - Number(b.onlineElsewhere) ||
        compare(a, b),
    );
    const start = (query.page - 1) * query.pageSize;
    return {
      items: matches.slice(start, start + query.pageSize).map(toItem),
      total: matches.length,
      sort,
    };
  }
}

const byName = (a: Match, b: Match) => a.entry.rank - b.entry.rank;
/** Ascending or descending on a figure, unknown figures last, then by name. */
const on =
  (value: (match: Match) => number | null, direction: 1 | -1) =>
  (a: Match, b: Match): number => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (x - y) * direction || byName(a, b);
  };

const COMPARE: Record<SchoolSort, (a: Match, b: Match) => number> = {
  name: byName,
  distance: on((match) => match.distance, 1),
  cost: on((match) => match.cost?.total ?? null, 1),
  awards: on((match) => match.awards, -1),
};

function toItem(match: Match): SchoolListItemView {
  const years = match.programs
    .filter((program) => program.vanishedIn === null)
    .map((program) => program.completionsYear)
    .filter((year): year is number => year !== null);
  return {
    ...match.entry.school,
    programs: match.programs,
    distanceMiles: match.distance === null ? null : Math.round(match.distance * 10) / 10,
    cost: match.cost,
    awards: match.awards,
    awardsYear: years.length ? Math.max(...years) : null,
    onlineElsewhere: match.onlineElsewhere,
  };
}
