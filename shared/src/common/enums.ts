/** Roles a signed-in user can hold. */
export const ROLES = ['admin', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** Credential a program leads to, from shortest to longest. */
export const CREDENTIAL_LEVELS = [
  'certificate',
  'associate',
  'bachelor',
  'postbaccalaureate',
  'master',
  'doctorate',
] as const;
export type CredentialLevel = (typeof CREDENTIAL_LEVELS)[number];

export const CREDENTIAL_LEVEL_LABELS: Record<CredentialLevel, string> = {
  certificate: 'Certificate or diploma',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  postbaccalaureate: 'Post-baccalaureate or post-master’s certificate',
  master: "Master's degree",
  doctorate: "Doctor's degree",
};

export const DELIVERY_MODES = ['campus', 'online', 'hybrid'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const DELIVERY_MODE_LABELS: Record<DeliveryMode, string> = {
  campus: 'On campus',
  online: 'Online',
  hybrid: 'Hybrid',
};

/** Geographic level of a wage estimate. */
export const AREA_TYPES = ['national', 'state'] as const;
export type AreaType = (typeof AREA_TYPES)[number];

/**
 * BLS marks some published values instead of giving a number:
 * `*` and `**` no estimate available, `#` the wage is at or above the published cap (top-coded).
 */
export const WAGE_FLAGS = ['*', '**', '#'] as const;
export type WageFlag = (typeof WAGE_FLAGS)[number];

export const WAGE_FLAG_MEANINGS: Record<WageFlag, string> = {
  '*': 'Estimate not released',
  '**': 'Estimate not available',
  '#': 'At or above the published cap',
};

/** Whether an occupation needs a credential. */
export const CERTIFICATION_REQUIREMENTS = ['required', 'optional', 'conditional'] as const;
export type CertificationRequirement = (typeof CERTIFICATION_REQUIREMENTS)[number];

/**
 * What fills one row of a comparison. `section` rows show an occupation's prose section; the others
 * are built from structured, cited figures.
 */
export const COMPARISON_ROW_KINDS = [
  'employment',
  'growth',
  'newPositions',
  'wages',
  'section',
  'educationPaths',
  'accreditation',
  'schools',
  'certifications',
  'renewal',
  'specializations',
  'skills',
  'workSettings',
] as const;
export type ComparisonRowKind = (typeof COMPARISON_ROW_KINDS)[number];
