/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry, run by node as it is */
// The CLI's entry when the API runs from its TypeScript sources (the tests start the first-start
// seed through it): the child process does not inherit the test runner's compiler, so it compiles
// the CLI itself. The build compiles cli.ts instead, and this file is not part of it.
require('ts-node').register({
  transpileOnly: true,
  compilerOptions: { module: 'commonjs', moduleResolution: 'node10' },
});
require('./cli.ts');
