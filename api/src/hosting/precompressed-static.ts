import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import { pickEncoding } from './html-cache';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml', '.webmanifest']);
/** Angular's output hashing: `main-ABCD1234.js`, `chunk-…`, `styles-…`. */
const HASHED = /-[A-Z0-9]{8}\.(?:js|css)$/;

interface Variant {
  gzip: Buffer;
  br: Buffer;
  hashed: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Serves the portal's scripts and styles brotli- or gzip-compressed, compressed once at start-up
 * at the highest level (there is no compression middleware in the stack, and static files never
 * change while the process runs). Anything else falls through to express.static.
 */
export function precompressedStatic(root: string): (req: Request, res: Response, next: NextFunction) => void {
  const files = new Map<string, Variant>();
  for (const path of walk(root)) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    const content = readFileSync(path);
    files.set(`/${relative(root, path).split(sep).join('/')}`, {
      gzip: gzipSync(content, { level: 9 }),
      br: brotliCompressSync(content, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
      }),
      hashed: HASHED.test(path),
    });
  }
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = files.get(req.path);
    const encoding = file ? pickEncoding(req.headers['accept-encoding']) : null;
    if (!file || !encoding) return next();
    res.type(extname(req.path));
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader(
      'Cache-Control',
      file.hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
    );
    res.send(file[encoding]);
  };
}
