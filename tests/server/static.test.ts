/** The built game as `npm run serve` sends it: text gzipped when the browser takes it, nothing outside dist/. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticFiles } from '../../server/serve';

const dir = mkdtempSync(join(tmpdir(), 'envol-dist-'));
const script = `console.log(${JSON.stringify('Envol '.repeat(200))});\n`;
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Envol</title>');
writeFileSync(join(dir, 'game.js'), script);
writeFileSync(join(dir, 'sound.wav'), Buffer.alloc(64, 1));
const server = createServer(staticFiles(dir));
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the built game, served', () => {
  it('sends a script gzipped to a browser that takes gzip, and plain to one that does not', async () => {
    // Raw bytes, as the browser receives them (fetch would unzip them).
    const { encoding, bytes } = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      get(`${base}/game.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(encoding).toBe('gzip');
    expect(bytes.length).toBeLessThan(script.length / 5);
    expect(gunzipSync(bytes).toString()).toBe(script);
    const plain = await fetch(`${base}/game.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('sends a sound as it is, and nothing outside the folder', async () => {
    const wav = await fetch(`${base}/sound.wav`, { headers: { 'accept-encoding': 'gzip' } });
    expect(wav.headers.get('content-encoding')).toBeNull();
    expect((await fetch(`${base}/..%2f..%2fetc%2fpasswd`)).status).toBeGreaterThanOrEqual(400);
  });
});
