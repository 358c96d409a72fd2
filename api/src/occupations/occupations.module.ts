import { Module } from '@nestjs/common';
import {
  EducationPathsController,
  OccupationCertificationsController,
  OccupationSectionsController,
  OccupationsController,
  WorkSettingsController,
} from './occupations.controller';
import {
  EducationPathsService,
  OccupationCertificationsService,
  OccupationSectionsService,
  WorkSettingsService,
} from './occupation-parts.service';
import { OccupationsService } from './occupations.service';

const services = [
  OccupationsService,
  OccupationSectionsService,
  OccupationCertificationsService,
  EducationPathsService,
  WorkSettingsService,
];

/** Occupations and their parts: prose sections, certifications, education paths, work settings. */
@Module({
  controllers: [
    OccupationsController,
    OccupationSectionsController,
    OccupationCertificationsController,
    EducationPathsController,
    WorkSettingsController,
  ],
  providers: services,
  exports: services,
})
export class OccupationsModule {}
