import zipcodes from 'zipcodes';
import type { SchoolSummaryView } from '@careerscope/shared';

/** A ZIP code's centroid and place, from the `zipcodes` package (U.S. Census ZCTA centroids). */
export interface ZipPlace {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
}

export function zipPlace(zip: string | null): ZipPlace | null {
  if (zip === null || !/^[0-9]{5}$/.test(zip)) return null;
  const found = zipcodes.lookup(zip);
  if (!found || typeof found.latitude !== 'number' || typeof found.longitude !== 'number') return null;
  return {
    zip,
    latitude: found.latitude,
    longitude: found.longitude,
    city: found.city,
    state: found.state,
  };
}

/** A school's own coordinates, or else its ZIP code's centroid; null when neither is known. */
export function schoolCoordinates(school: {
  latitude: number | null;
  longitude: number | null;
  zip: string | null;
}): { latitude: number | null; longitude: number | null } {
  if (school.latitude !== null && school.longitude !== null) {
    return { latitude: school.latitude, longitude: school.longitude };
  }
  const place = zipPlace(school.zip);
  return place
    ? { latitude: place.latitude, longitude: place.longitude }
    : { latitude: null, longitude: null };
}

/** Every source a school's listing cites: the listing, its charges, its programs' completions. */
export function schoolSourceIds(school: SchoolSummaryView): string[] {
  return [
    school.sourceId,
    school.pricesSourceId,
    ...school.programs.map((program) => program.completionsSourceId),
  ].filter((id): id is string => id !== null);
}

const EARTH_RADIUS_MILES = 3958.8;
export const RADIANS = Math.PI / 180;

/** Great-circle distance in miles (haversine). */
export function milesBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A school view as this version of the API reads it: publications made before schools carried
 * locations, charges and completions lack those fields, which then read as unknown.
 */
export function withSchoolDefaults(school: SchoolSummaryView): SchoolSummaryView {
  return {
    ...school,
    zip: school.zip ?? null,
    latitude: school.latitude ?? null,
    longitude: school.longitude ?? null,
    sector: school.sector ?? null,
    tuitionInDistrict: school.tuitionInDistrict ?? null,
    tuitionInState: school.tuitionInState ?? null,
    tuitionOutOfState: school.tuitionOutOfState ?? null,
    booksAndSupplies: school.booksAndSupplies ?? null,
    pricesYear: school.pricesYear ?? null,
    pricesSourceId: school.pricesSourceId ?? null,
    closedOn: school.closedOn ?? null,
    programs: school.programs.map((program) => ({
      ...program,
      cipCode: program.cipCode ?? null,
      awardLevel: program.awardLevel ?? null,
      completions: program.completions ?? null,
      completionsYear: program.completionsYear ?? null,
      completionsSourceId: program.completionsSourceId ?? null,
      vanishedIn: program.vanishedIn ?? null,
    })),
  };
}
