import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';

// The server holds the current publication in memory (its school listings are most of a heap of
// about 130 MB). By default V8 lets garbage build up to several times the live heap before a full
// collection, so resident memory swung between about 400 and 750 MB while serving; growing the heap
// by at most half of what is live keeps it near the live set, for more frequent (mostly concurrent)
// marking.
setFlagsFromString('--heap-growing-percent=50');

async function main(): Promise<void> {
  const logger = new Logger('Careerscope');
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (databaseUrl === null) {
    embedded = await startEmbeddedPostgres(config.dataDir);
    databaseUrl = embedded.url;
    logger.log(`Database: embedded PostgreSQL, data in ${config.dataDir}/postgres`);
  } else {
    const shown = new URL(databaseUrl);
    logger.log(
      `Database: PostgreSQL at ${shown.hostname}:${shown.port || 5432}${shown.pathname} (DATABASE_URL)`,
    );
  }

  const stopDatabase = async () => {
    if (embedded) await embedded.stop();
  };
  let app;
  try {
    app = await createApp(config, databaseUrl, { serve: 'api-and-apps' });
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    await app.close();
    await stopDatabase();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // A crash must not leave the embedded PostgreSQL running without its owner.
  process.on('uncaughtException', (error) => {
    logger.error(error.stack ?? error.message);
    void stopDatabase().finally(() => process.exit(1));
  });

  await app.listen(config.port, config.host);
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  logger.log(`Portal:  ${base}/`);
  logger.log(`Compare: ${base}/compare/cma-vs-medical-coder`);
  logger.log(
    `Admin:   ${base}/admin/ (sign in with ADMIN_EMAIL / ADMIN_PASSWORD, or the password printed on first start)`,
  );
  logger.log(`API:     ${base}/api/docs`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
