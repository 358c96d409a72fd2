import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { ConsoleLogger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';
import { loadConfig } from './config/app-config';
import { ContentBundleService } from './content/content-bundle.service';
import { SeedService } from './content/seed.service';
import { buildDataSourceOptions } from './database/data-source-options';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { PublicationsService } from './publications/publications.service';

const USAGE = `Usage: node api/dist/cli.js <command>
  migration:run            apply pending migrations
  migration:revert         undo the last migration
  seed                     load the seed content into an empty database and publish it
  content:export [file]    write all content as one JSON file (default: careerscope-content.json)
  content:import <file>    load a content file into an empty database and publish it`;

/**
 * Warnings and errors, and the seed's own progress (a line per imported file: on a first start it
 * takes a while), without the framework's start-up lines.
 */
class SeedProgressLogger extends ConsoleLogger {
  override log(message: unknown, ...rest: unknown[]): void {
    if (rest.at(-1) === 'Seed' || rest.at(-1) === 'Catalogue') super.log(message, ...rest);
  }

  override debug(): void {}

  override verbose(): void {}
}

async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  if (!command) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig({ ...process.env, SEED_ON_START: 'false' });
  let embedded: EmbeddedDatabase | null = null;
  const databaseUrl = config.databaseUrl ?? (embedded = await startEmbeddedPostgres(config.dataDir)).url;
  try {
    switch (command) {
      case 'migration:run':
      case 'migration:revert': {
        const dataSource = await new DataSource(buildDataSourceOptions(databaseUrl)).initialize();
        try {
          if (command === 'migration:run') {
            const applied = await dataSource.runMigrations({ transaction: 'each' });
            console.log(
              applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'No pending migrations',
            );
          } else {
            await dataSource.undoLastMigration({ transaction: 'each' });
            console.log('Reverted the last migration');
          }
        } finally {
          await dataSource.destroy();
        }
        break;
      }
      case 'seed': {
        const app = await createApp(config, databaseUrl, {
          serve: 'nothing',
          logger: new SeedProgressLogger(),
        });
        const outcome = await app.get(SeedService).seedIfEmpty();
        console.log(
          outcome === 'seeded'
            ? 'Seed content loaded and published'
            : 'The database already has content; nothing changed',
        );
        await app.close();
        break;
      }
      case 'content:export': {
        const app = await createApp(config, databaseUrl, { serve: 'nothing', logger: ['warn', 'error'] });
        const file = resolve(argument ?? 'careerscope-content.json');
        await writeFile(
          file,
          JSON.stringify(await app.get(ContentBundleService).exportBundle(), null, 2) + '\n',
        );
        console.log(`Wrote ${file}`);
        await app.close();
        break;
      }
      case 'content:import': {
        if (!argument) throw new Error('content:import needs the file to read');
        const bundle = JSON.parse(await readFile(resolve(argument), 'utf8'));
        const app = await createApp(config, databaseUrl, { serve: 'nothing', logger: ['warn', 'error'] });
        await app.get(ContentBundleService).importBundle(bundle, { fileName: basename(argument) });
        const publication = await app.get(PublicationsService).publish(`Imported ${argument}`, null);
        console.log(`Imported ${argument} and published it as publication ${publication.number}`);
        await app.close();
        break;
      }
      default:
        console.error(`Unknown command "${command}"\n${USAGE}`);
        process.exitCode = 2;
    }
  } finally {
    if (embedded) await embedded.stop();
  }
}

main().catch((error: unknown) => {
  const details = (error as { response?: { problems?: string[] } }).response?.problems;
  console.error(error instanceof Error ? error.message : error);
  if (details) console.error(details.map((problem) => `  - ${problem}`).join('\n'));
  process.exit(1);
});
