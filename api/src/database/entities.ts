import { PublicationScheduleEntity } from '../reviews/publication-schedule.entity';
import { ReviewCommentEntity } from '../reviews/review-comment.entity';
import { ReviewEntity } from '../reviews/review.entity';
import { AccreditationBodyEntity } from '../accreditation/accreditation-body.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { CatalogueScopeEntity } from '../catalogue/catalogue-scope.entity';
import { EducationRequirementEntity } from '../catalogue/education-requirement.entity';
import { OnetProfileEntity } from '../catalogue/onet-profile.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SignInFailureEntity } from '../users/sign-in-failure.entity';
import { AuthorEntity } from '../authors/author.entity';
import { ThrottlerCounterEntity } from '../common/throttling/throttler-counter.entity';
import { ImportEntity } from '../imports/import.entity';
import { CipSocCrosswalkEntity } from '../ipeds/cip-soc-crosswalk.entity';
import { IpedsInstitutionEntity } from '../ipeds/ipeds-institution.entity';
import { IpedsPriceEntity } from '../ipeds/ipeds-price.entity';
import { OccupationSocCodeEntity } from '../occupations/occupation-soc-code.entity';
import { CertifyingBodyEntity } from '../certification/certifying-body.entity';
import { CredentialEntity } from '../certification/credential.entity';
import { ComparisonOccupationEntity } from '../comparisons/comparison-occupation.entity';
import { ComparisonRowEntity } from '../comparisons/comparison-row.entity';
import { ComparisonEntity } from '../comparisons/comparison.entity';
import { EducationPathEntity } from '../occupations/education-path.entity';
import { OccupationCertificationEntity } from '../occupations/occupation-certification.entity';
import { OccupationSectionEntity } from '../occupations/occupation-section.entity';
import { OccupationEntity } from '../occupations/occupation.entity';
import { WorkSettingEntity } from '../occupations/work-setting.entity';
import { EmploymentProjectionEntity } from '../projections/employment-projection.entity';
import { EditorPresenceEntity } from '../presence/editor-presence.entity';
import { PublicationEntity } from '../publications/publication.entity';
import { PublicationRecordEntity } from '../publications/publication-record.entity';
import { RevisionEntity } from '../revisions/revision.entity';
import { ProgramEntity } from '../schools/program.entity';
import { SchoolEntity } from '../schools/school.entity';
import { SourceEntity } from '../sources/source.entity';
import { UserEntity } from '../users/user.entity';
import { WageStatisticEntity } from '../wages/wage-statistic.entity';
import { PublicationChangeSummaryEntity } from '../changes/publication-change-summary.entity';
import { WebhookAttemptEntity } from '../webhooks/webhook-attempt.entity';
import { WebhookDeliveryEntity } from '../webhooks/webhook-delivery.entity';
import { WebhookEndpointEntity } from '../webhooks/webhook-endpoint.entity';

/** Every entity the schema holds; the migrations are generated from these. */
export const ENTITIES = [
  SourceEntity,
  AuthorEntity,
  OccupationEntity,
  OccupationSectionEntity,
  OccupationCertificationEntity,
  EducationPathEntity,
  WorkSettingEntity,
  WageStatisticEntity,
  EmploymentProjectionEntity,
  AccreditationBodyEntity,
  CertifyingBodyEntity,
  CredentialEntity,
  SchoolEntity,
  ProgramEntity,
  ComparisonEntity,
  ComparisonOccupationEntity,
  ComparisonRowEntity,
  UserEntity,
  PublicationEntity,
  PublicationRecordEntity,
  RevisionEntity,
  ImportEntity,
  OccupationSocCodeEntity,
  IpedsInstitutionEntity,
  IpedsPriceEntity,
  CipSocCrosswalkEntity,
  AuditEventEntity,
  EditorPresenceEntity,
  CatalogueScopeEntity,
  OnetProfileEntity,
  EducationRequirementEntity,
  SessionEntity,
  SignInFailureEntity,
  ThrottlerCounterEntity,
  PublicationChangeSummaryEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  ReviewEntity,
  ReviewCommentEntity,
  PublicationScheduleEntity,
];
