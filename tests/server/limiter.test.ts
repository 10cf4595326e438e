import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WrongCodeLimiter } from '../../server/app';
import { staticFiles } from '../../server/serve';
import { bootLive, createRoom, joinPhone } from './helpers';
import type { Booted } from './helpers';

describe('the wrong-code limiter', () => {
  it('blocks an address after 20 wrong codes within a minute, for a minute', () => {
    let now = 1_000_000;
    const limiter = new WrongCodeLimiter(20, 60_000, 60_000, () => now);
    for (let i = 0; i < 19; i++) limiter.fail('10.0.0.1');
    expect(limiter.blocked('10.0.0.1')).toBe(false);
    limiter.fail('10.0.0.1');
    expect(limiter.blocked('10.0.0.1')).toBe(true);
    expect(limiter.blocked('10.0.0.2')).toBe(false);
    now += 59_999;
    expect(limiter.blocked('10.0.0.1')).toBe(true);
    now += 2;
    expect(limiter.blocked('10.0.0.1')).toBe(false);
  });

  it('forgets wrong codes older than the window', () => {
    let now = 0;
    const limiter = new WrongCodeLimiter(20, 60_000, 60_000, () => now);
    for (let i = 0; i < 15; i++) limiter.fail('10.0.0.1');
    now += 61_000;
    for (let i = 0; i < 15; i++) limiter.fail('10.0.0.1');
    expect(limiter.blocked('10.0.0.1')).toBe(false);
  });
});

describe('wrong codes against the live server', () => {
  let server: Booted;
  beforeAll(async () => {
    server = await bootLive();
  });
  afterAll(async () => {
    await server.close();
  });

  const joinById = (code: string) =>
    fetch(`${server.url}/live/matchmake/joinById/${code}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'phone', seatKey: 'guessing-phone-key', name: 'X', team: 't1' }),
    });

  it('never counts a right code (a class joining from one address), and answers 429 from the 21st wrong one', async () => {
    const trainer = await createRoom(server.client);
    const wrong = trainer.code === 'AAAAA' ? 'CCCCC' : 'AAAAA';
    const phones = [];
    for (let i = 0; i < 30; i++) phones.push(await joinPhone(server.client, trainer.code));
    expect(server.live.limiter.blocked('127.0.0.1')).toBe(false);

    for (let i = 0; i < 19; i++) {
      const res = await joinById(wrong);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ code: 4212 });
    }
    await joinPhone(server.client, trainer.code);
    expect((await joinById(wrong)).status).toBe(200);
    const refused = await joinById(wrong);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    await expect(joinPhone(server.client, wrong)).rejects.toThrow('too many wrong codes');
    await Promise.all(phones.map((p) => p.room.leave()));
  });
});

describe('the game files beside the live server', () => {
  const root = mkdtempSync(join(tmpdir(), 'envol-dist-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Envol</title>');
  writeFileSync(join(root, 'phone.html'), '<!doctype html><title>Envol phone</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  const http = createServer(staticFiles(root));
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

  it('serves files with their types, sends /p to the phone page, and nothing outside the folder', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const short = await fetch(`${base}/p`, { redirect: 'manual' });
    expect(short.status).toBe(302);
    expect(short.headers.get('location')).toBe('/phone.html');
    expect((await fetch(`${base}/..%2f..%2fetc%2fpasswd`)).status).toBe(403);
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });
});
