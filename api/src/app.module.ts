import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module';
import { CompareModule } from './compare/compare.module';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { ContentModule } from './content/content.module';
import { buildDataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { HostingModule } from './hosting/hosting.module';
import { PublicModule } from './public/public.module';
import { PublicationsModule } from './publications/publications.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Serve the built admin and the server-rendered portal (off in API tests). */
  serveApps: boolean;
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
        UsersModule,
        AuthModule,
        PublicationsModule,
        ContentModule,
        PublicModule,
        CompareModule,
        HealthModule,
        ...(options.serveApps ? [HostingModule] : []),
      ],
    };
  }
}
