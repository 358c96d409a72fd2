import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { ContentModule } from './content/content.module';
import { buildDataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { ImportsModule } from './imports/imports.module';
import { IpedsModule } from './ipeds/ipeds.module';
import { MarkdownModule } from './markdown/markdown.module';
import { PresenceModule } from './presence/presence.module';
import { PublicReadModule } from './public/public-read.module';
import { PublicationsModule } from './publications/publications.module';
import { ReviewsModule } from './reviews/reviews.module';
import { UsersModule } from './users/users.module';
import { EditorialModule } from './common/editorial/editorial.module';
import { ValidateBeforeGuardsModule } from './common/validate-before-guards';
import { SourcesModule } from './sources/sources.module';
import { AuthorsModule } from './authors/authors.module';
import { OccupationsModule } from './occupations/occupations.module';
import { WagesModule } from './wages/wages.module';
import { ProjectionsModule } from './projections/projections.module';
import { AccreditationModule } from './accreditation/accreditation.module';
import { CertificationModule } from './certification/certification.module';
import { SchoolsModule } from './schools/schools.module';
import { ComparisonsModule } from './comparisons/comparisons.module';
import { ChangesModule } from './changes/changes.module';
import { WebhooksModule } from './webhooks/webhooks.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(options.config),
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(options.databaseUrl),
          // Pending migrations run before anything else touches the database.
          migrationsRun: true,
        }),
        AuditModule,
        UsersModule,
        AuthModule,
        // After AuthModule: its global guards (CSRF, session, roles) run first.
        ValidateBeforeGuardsModule,
        PublicationsModule,
        ReviewsModule,
        ContentModule,
        // Public reads, comparisons, SEO files, portal and admin hosting (mounted by bootstrap.ts)
        PublicReadModule,
        HealthModule,
        // Editorial API: every editable record type.
        EditorialModule,
        SourcesModule,
        AuthorsModule,
        OccupationsModule,
        WagesModule,
        ProjectionsModule,
        AccreditationModule,
        CertificationModule,
        SchoolsModule,
        ComparisonsModule,
        CatalogueModule,
        ImportsModule,
        IpedsModule,
        MarkdownModule,
        // What each publication changed: /api/public/changes, /changes.atom and signed webhooks.
        WebhooksModule,
        ChangesModule,
        PresenceModule,
      ],
    };
  }
}
