/**
 * `npm run serve`: the built game (dist/) and the live classroom on one port, so the phones reach both
 * through the one address the trainer shows.
 *
 * PORT (8080), HOST (0.0.0.0), REDIS_URL (rooms shared between processes), PUBLIC_ADDRESS ("host:port/live"
 * of this process, when several run behind one address: see app.ts), TRUST_PROXY=1 (behind a proxy that
 * sets X-Forwarded-For), LIVE_HEALTH=1 (serve /live/health, for the bench).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLiveServer } from './app';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg)/;
const zippedFiles = new Map<string, { mtimeMs: number; bytes: Buffer }>();

/** A file's gzip, made once per version of the file. */
function gzipped(file: string): Buffer {
  const { mtimeMs } = statSync(file);
  const kept = zippedFiles.get(file);
  if (kept && kept.mtimeMs === mtimeMs) return kept.bytes;
  const bytes = gzipSync(readFileSync(file));
  zippedFiles.set(file, { mtimeMs, bytes });
  return bytes;
}

/** Answers requests with the files under `root`; nothing outside it. */
export function staticFiles(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  const base = resolve(root);
  return (req, res) => {
    const plain = (status: number, text: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return plain(400, 'Bad request');
    }
    // A short address to type on a phone.
    if (path === '/p' || path === '/p/') return plain(302, 'phone.html', { Location: '/phone.html' });
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(base, `.${path}`);
    if (file !== base && !file.startsWith(base + sep)) return plain(403, 'Forbidden');
    if (path.includes('\0') || !existsSync(file) || !statSync(file).isFile()) return plain(404, 'Not found');
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    // Text files go gzipped to the browsers that take it: a class's shared line, or a phone on 4G, gets the game sooner.
    const zipped = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? gzipped(file) : null;
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': String(zipped ? zipped.length : statSync(file).size),
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (req.method === 'HEAD') return void res.end();
    if (zipped) return void res.end(zipped);
    createReadStream(file).pipe(res);
  };
}

async function main(): Promise<void> {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  if (!existsSync(join(dist, 'index.html'))) console.warn(`No built game in ${dist} (run \`npm run build\`): only the live server answers.`);
  const env = process.env;
  const live = await createLiveServer({
    handler: staticFiles(dist),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    ...(env.PUBLIC_ADDRESS ? { publicAddress: env.PUBLIC_ADDRESS } : {}),
    trustProxy: env.TRUST_PROXY === '1',
    health: env.LIVE_HEALTH === '1',
  });
  const host = env.HOST || '0.0.0.0';
  const port = await live.listen(Number(env.PORT || 8080), host);
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  console.log(`Envol on http://${shown}:${port}/ (phones: /p, live: /live${env.REDIS_URL ? ', rooms shared through Redis' : ''})`);
  if (process.send) process.send({ listening: port });

  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    void live.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
