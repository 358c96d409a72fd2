import type { CredentialLevel } from '../common/enums.js';

/** One IPEDS award level (`AWLEVEL`) and what a listing makes of it. */
export interface AwardLevel {
  code: number;
  label: string;
  credentialLevel: CredentialLevel;
  /** Typical full-time length in months, for a program whose school states none. */
  typicalMonths: { min: number; max: number };
}

/**
 * IPEDS completions award levels, 2020 onwards (1 is the pre-2020 "less than one academic year", kept
 * so older files read). Levels 17–19 are doctor's degrees (research, professional practice, other).
 */
export const AWARD_LEVELS: readonly AwardLevel[] = [
  {
    code: 1,
    label: 'Certificate, under 1 year',
    credentialLevel: 'certificate',
    typicalMonths: { min: 3, max: 12 },
  },
  {
    code: 20,
    label: 'Certificate, under 12 weeks',
    credentialLevel: 'certificate',
    typicalMonths: { min: 1, max: 3 },
  },
  {
    code: 21,
    label: 'Certificate, 12 weeks to 1 year',
    credentialLevel: 'certificate',
    typicalMonths: { min: 3, max: 12 },
  },
  {
    code: 2,
    label: 'Certificate, 1 to 2 years',
    credentialLevel: 'certificate',
    typicalMonths: { min: 12, max: 24 },
  },
  { code: 3, label: "Associate's degree", credentialLevel: 'associate', typicalMonths: { min: 24, max: 24 } },
  {
    code: 4,
    label: 'Certificate, 2 to 4 years',
    credentialLevel: 'certificate',
    typicalMonths: { min: 24, max: 48 },
  },
  { code: 5, label: "Bachelor's degree", credentialLevel: 'bachelor', typicalMonths: { min: 48, max: 48 } },
  {
    code: 6,
    label: 'Post-baccalaureate certificate',
    credentialLevel: 'postbaccalaureate',
    typicalMonths: { min: 6, max: 24 },
  },
  { code: 7, label: "Master's degree", credentialLevel: 'master', typicalMonths: { min: 24, max: 24 } },
  {
    code: 8,
    label: "Post-master's certificate",
    credentialLevel: 'postbaccalaureate',
    typicalMonths: { min: 6, max: 24 },
  },
  {
    code: 17,
    label: "Doctor's degree, research/scholarship",
    credentialLevel: 'doctorate',
    typicalMonths: { min: 48, max: 72 },
  },
  {
    code: 18,
    label: "Doctor's degree, professional practice",
    credentialLevel: 'doctorate',
    typicalMonths: { min: 36, max: 48 },
  },
  {
    code: 19,
    label: "Doctor's degree, other",
    credentialLevel: 'doctorate',
    typicalMonths: { min: 36, max: 60 },
  },
];

const BY_CODE = new Map(AWARD_LEVELS.map((level) => [level.code, level]));

export function awardLevel(code: number): AwardLevel | undefined {
  return BY_CODE.get(code);
}

const RANK = new Map(AWARD_LEVELS.map((level, index) => [level.code, index]));

/**
 * Orders award levels from the shortest credential to the longest (the order of AWARD_LEVELS); a
 * program with no level, or one this list does not know, comes last.
 */
export function compareAwardLevels(a: number | null, b: number | null): number {
  const rank = (code: number | null) => (code === null ? undefined : RANK.get(code)) ?? AWARD_LEVELS.length;
  return rank(a) - rank(b);
}
