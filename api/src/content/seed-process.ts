import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';

/**
 * Runs the first start's seed (the article, and the whole catalogue imported from the public files
 * in reference-data/) in a child process, `cli seed`, and waits for it. Importing twenty files
 * allocates far more than serving them needs; in a process of its own, that memory goes back to the
 * system when the seed ends, instead of staying with the server that answers visitors for months.
 */
export function seedInChildProcess(config: AppConfig, databaseUrl: string): Promise<void> {
  // Compiled, the CLI is dist/cli.js; from the TypeScript sources (the tests) a small entry
  // compiles it in the child.
  const entry = join(__dirname, '..', __filename.endsWith('.ts') ? 'cli.dev.js' : 'cli.js');
  const child = fork(entry, ['seed'], {
    // Its progress shows in the server's log; the tests keep only its errors.
    stdio: config.nodeEnv === 'test' ? ['ignore', 'ignore', 'inherit', 'ipc'] : 'inherit',
    env: {
      ...process.env,
      NODE_ENV: config.nodeEnv,
      DATABASE_URL: databaseUrl,
      DATA_DIR: config.dataDir,
      JWT_SECRET: config.jwtSecret,
      SEED_CATALOGUE: String(config.seedCatalogue),
      SEED_SCHOOLS: String(config.seedSchools),
    },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `The first start's seed did not finish (${signal ?? `exit code ${code}`}); see its messages above`,
          ),
        );
    });
  });
}
