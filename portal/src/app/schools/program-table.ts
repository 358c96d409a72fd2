import {
  CREDENTIAL_LEVEL_LABELS,
  type CredentialLevel,
  DELIVERY_MODE_LABELS,
  type DeliveryMode,
  type ProgramView,
  formatMonths,
} from '@careerscope/shared';

/** A program's facts as the school pages print them. */
export function programFacts(program: ProgramView): {
  delivery: string;
  credential: string;
  duration: string;
  accreditation: string;
} {
  return {
    delivery: DELIVERY_MODE_LABELS[program.delivery as DeliveryMode],
    credential: program.credentialLevel
      ? CREDENTIAL_LEVEL_LABELS[program.credentialLevel as CredentialLevel]
      : 'Not stated',
    duration: program.minMonths !== null ? formatMonths(program.minMonths, program.maxMonths) : 'Not stated',
    accreditation: program.accreditationBodySlug
      ? program.accreditationBodySlug.toUpperCase()
      : 'None listed',
  };
}
