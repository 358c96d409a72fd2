// Marks the scripts every page runs as it loads for eager compilation, with V8's explicit compile
// hint (Chrome 136 and later; other engines read a comment). V8 then compiles their functions on a
// background thread while they download, instead of on the main thread the first time each is called
// during hydration, where it blocks the page. Only the initial bundle is marked (the entry script and
// the modules the page preloads): lazy chunks load on demand and stay lazily compiled.
//
//   node scripts/compile-hints.mjs [browser output folder]    (default: dist/portal/browser)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The initial bundle's files, as the built page loads them: preloaded modules and the entry script. */
export function initialScripts(indexHtml) {
  const files = [...indexHtml.matchAll(/<(?:link rel="modulepreload" href|script src)="([^"]+\.js)"/g)].map(
    (match) => match[1],
  );
  return [...new Set(files)];
}

/** Prepends the hint to each initial script that lacks it; returns the files marked. */
export function markInitialScripts(browserDir) {
  const files = initialScripts(readFileSync(join(browserDir, 'index.csr.html'), 'utf8'));
  if (files.length === 0) throw new Error(`${browserDir}/index.csr.html loads no script`);
  return files.filter((file) => {
    const path = join(browserDir, file);
    const code = readFileSync(path, 'utf8');
    if (code.startsWith(COMPILE_HINT)) return false;
    writeFileSync(path, COMPILE_HINT + code);
    return true;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browserDir = resolve(process.argv[2] ?? 'dist/portal/browser');
  const marked = markInitialScripts(browserDir);
  console.log(`Compile hints: ${marked.length} initial scripts marked for eager compilation`);
}
