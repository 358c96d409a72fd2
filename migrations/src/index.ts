import { CreateContentSchema1795668396237 } from './1795668396237-CreateContentSchema';
import { AddAuditEventsAndTwoFactor1795668889533 } from './1795668889533-AddAuditEventsAndTwoFactor';
import { AddImportsAndSocCodePeriods1795670416357 } from './1795670416357-AddImportsAndSocCodePeriods';
import { AddSocCodePeriodNote1795671911273 } from './1795671911273-AddSocCodePeriodNote';
import { AddIpedsInstitutions1795672371704 } from './1795672371704-AddIpedsInstitutions';
import { AddCatalogue1796184777055 } from './1796184777055-AddCatalogue';
import { AddSessionsAndSignInThrottling1796186456972 } from './1796186456972-AddSessionsAndSignInThrottling';
import { StorePublicationRecordsOnce1796190000000 } from './1796190000000-StorePublicationRecordsOnce';
import { AddSchoolsFromIpeds1796200000000 } from './1796200000000-AddSchoolsFromIpeds';
import { AddReviewsAndSchedules1796300000000 } from './1796300000000-AddReviewsAndSchedules';
import { AddChangeSummariesAndWebhooks1796310000000 } from './1796310000000-AddChangeSummariesAndWebhooks';
import { AddEditorPresence1796320000000 } from './1796320000000-AddEditorPresence';
import { AddIpedsImports1796330000000 } from './1796330000000-AddIpedsImports';
import { IndexProgramsList1796350000000 } from './1796350000000-IndexProgramsList';
import { ChunkPublicationManifests1796500000000 } from './1796500000000-ChunkPublicationManifests';
import { TrigramProgramsSearch1796700000000 } from './1796700000000-TrigramProgramsSearch';
import { StoreImportWarnings1796800000000 } from './1796800000000-StoreImportWarnings';
import { SpeedUpNationalRefreshes1797000000000 } from './1797000000000-SpeedUpNationalRefreshes';

/** Every migration, oldest first. A merged migration is never edited; a new one follows it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  CreateContentSchema1795668396237,
  AddAuditEventsAndTwoFactor1795668889533,
  AddImportsAndSocCodePeriods1795670416357,
  AddSocCodePeriodNote1795671911273,
  AddIpedsInstitutions1795672371704,
  AddCatalogue1796184777055,
  AddSessionsAndSignInThrottling1796186456972,
  StorePublicationRecordsOnce1796190000000,
  AddSchoolsFromIpeds1796200000000,
  AddReviewsAndSchedules1796300000000,
  AddChangeSummariesAndWebhooks1796310000000,
  AddEditorPresence1796320000000,
  AddIpedsImports1796330000000,
  IndexProgramsList1796350000000,
  ChunkPublicationManifests1796500000000,
  TrigramProgramsSearch1796700000000,
  StoreImportWarnings1796800000000,
  SpeedUpNationalRefreshes1797000000000,
];
