/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry, loaded by the worker thread as it is */
// The upload worker's entry when the API runs from its TypeScript sources (the tests): a worker
// thread does not inherit the test runner's compiler, so it compiles the task itself. The build
// compiles upload-worker.ts instead, and this file is not part of it.
require('ts-node').register({
  transpileOnly: true,
  compilerOptions: { module: 'commonjs', moduleResolution: 'node10' },
});
module.exports = require('./upload-task.ts');
