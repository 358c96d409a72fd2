/**
 * The data source the TypeORM CLI uses to generate migrations from the API's entities:
 *   DATABASE_URL=postgres://… npm run migration:generate -- migrations/src/AddSomething
 * Running and reverting migrations goes through the app (`npm run migration:run` / `migration:revert`),
 * so the same configuration validation applies.
 */
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../api/src/database/data-source-options';

const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('DATABASE_URL must point at a PostgreSQL database migrated to the latest schema');
}

export default new DataSource(buildDataSourceOptions(url));
