// Builds the workspaces in dependency order: shared → migrations → api, admin, portal.
// `--if-missing` skips a workspace whose build output is newer than all of its sources, so
// `npm start` builds only what a fresh clone (or a change) needs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const onlyMissing = process.argv.includes('--if-missing');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const steps = [
  {
    name: 'shared',
    cwd: 'shared',
    sources: ['src'],
    output: 'dist/cjs/index.js',
    command: ['npm', ['run', 'build']],
  },
  {
    name: 'migrations',
    cwd: 'migrations',
    sources: ['src'],
    output: 'dist/index.js',
    command: [bin('tsc'), ['-p', 'tsconfig.json']],
  },
  {
    name: 'api',
    cwd: 'api',
    sources: ['src', '../shared/src', '../migrations/src'],
    output: 'dist/main.js',
    command: [bin('tsc'), ['-p', 'tsconfig.build.json']],
  },
  {
    name: 'admin',
    cwd: 'admin',
    sources: ['src', '../shared/src', 'angular.json'],
    output: 'dist/admin/browser/index.html',
    command: [bin('ng'), ['build']],
  },
  {
    name: 'portal',
    cwd: 'portal',
    sources: ['src', '../shared/src', 'angular.json'],
    output: 'dist/portal/server/server.mjs',
    // `ng build`, then the compile hints on the initial scripts (portal/scripts/compile-hints.mjs).
    command: ['npm', ['run', 'build']],
  },
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

for (const step of steps) {
  const cwd = join(root, step.cwd);
  const output = join(cwd, step.output);
  if (onlyMissing && existsSync(output)) {
    const built = statSync(output).mtimeMs;
    if (step.sources.every((source) => newest(join(cwd, source)) <= built)) continue;
  }
  const started = Date.now();
  process.stdout.write(`Building ${step.name}… `);
  const [command, args] = step.command;
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  if (result.status !== 0) {
    process.stdout.write('failed\n');
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
