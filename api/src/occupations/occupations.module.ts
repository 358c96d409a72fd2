import { Module } from '@nestjs/common';
import {
  EducationPathsController,
  OccupationCertificationsController,
  OccupationSectionsController,
  OccupationsController,
  OccupationSocCodesController,
  WorkSettingsController,
} from './occupations.controller';
import {
  EducationPathsService,
  OccupationCertificationsService,
  OccupationSectionsService,
  OccupationSocCodesService,
  WorkSettingsService,
} from './occupation-parts.service';
import { OccupationsService } from './occupations.service';

const services = [
  OccupationsService,
  OccupationSectionsService,
  OccupationCertificationsService,
  EducationPathsService,
  WorkSettingsService,
  OccupationSocCodesService,
];

/**
 * Occupations and their parts: prose sections, certifications, education paths, work settings, and
 * the SOC codes that measured them in earlier years.
 */
@Module({
  controllers: [
    OccupationsController,
    OccupationSectionsController,
    OccupationCertificationsController,
    EducationPathsController,
    WorkSettingsController,
    OccupationSocCodesController,
  ],
  providers: services,
  exports: services,
})
export class OccupationsModule {}
