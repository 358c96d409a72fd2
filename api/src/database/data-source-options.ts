import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@careerscope/migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** One place that says how the app talks to PostgreSQL; the app, the CLI and the tests all use it. */
export function buildDataSourceOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    // The schema only ever changes through migrations.
    synchronize: false,
    migrationsRun: false,
    applicationName: 'careerscope',
    extra: { max: 10 },
    ...overrides,
  } as DataSourceOptions;
}
