/**
 * Two live server processes sharing rooms through Redis: a trainer makes a room through one, a phone
 * joins its code through the other and is seen by the trainer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Client } from 'colyseus.js';
import { LIVE_PATH } from '../../src/core/live/protocol';
import { VOTE, counts, createRoom, joinPhone, until } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis && !process.env.CI) console.warn('redis-server is not installed: the two-process test is skipped (apt-get install redis-server).');

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts a child and waits for `ready` in its output. */
function start(command: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}):\n${output}`));
    });
  });
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(killer);
}

describe.skipIf(!hasRedis && !process.env.CI)('several server processes', () => {
  const children: ChildProcess[] = [];
  let portA = 0;
  let portB = 0;

  beforeAll(async () => {
    const redisPort = await freePort();
    children.push(
      await start('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, /Ready to accept connections/),
    );
    portA = await freePort();
    portB = await freePort();
    const serve = (port: number) =>
      start(
        TSX,
        ['server/serve.ts'],
        { PORT: String(port), HOST: '127.0.0.1', REDIS_URL: `redis://127.0.0.1:${redisPort}`, PUBLIC_ADDRESS: `127.0.0.1:${port}${LIVE_PATH}` },
        /Envol on http/,
      );
    children.push(...(await Promise.all([serve(portA), serve(portB)])));
  }, 40_000);

  afterAll(async () => {
    // The servers first, while Redis is still there for them to leave it cleanly.
    await Promise.all(children.slice(1).map(stop));
    await stop(children[0]);
  }, 20_000);

  it('lets a phone join through one process a room made on the other, and the trainer sees it and its vote', async () => {
    const trainer = await createRoom(new Client(`http://127.0.0.1:${portA}${LIVE_PATH}`));
    const hosts: string[] = [];
    const throughB = new Client(`http://127.0.0.1:${portB}${LIVE_PATH}`, {
      urlBuilder: (url) => {
        hosts.push(`${url.protocol}//${url.host}`);
        return url.toString();
      },
    });
    const phone = await joinPhone(throughB, trainer.code, { name: 'Yan', team: 't2' });
    // Matchmaking went to B; the socket went to A, which holds the room.
    expect(hosts).toEqual([`http://127.0.0.1:${portB}`, `ws://127.0.0.1:${portA}`]);
    await until(() => trainer.room.state.phones.get(phone.seat.seat)?.name === 'Yan', 'the phone joined through B');

    trainer.room.send('vote.open', VOTE);
    await until(() => phone.room.state.vote.open, 'the vote on the phone');
    phone.room.send('vote', { voteId: VOTE.voteId, option: 'gare' });
    await until(() => counts(trainer.room).gare === 1, 'the vote counted on the trainer screen');

    await expect(joinPhone(throughB, trainer.code === 'AAAAA' ? 'CCCCC' : 'AAAAA')).rejects.toThrow(/not found/);
    await phone.room.leave();
    await trainer.room.leave();
  });
});
