/**
 * How the live classroom holds a full session's load: 200 phones (in rooms of 50, two teams each, as a
 * room takes 60 at most) join and vote while their trainers watch the counts. Measures, on the trainer's
 * screen, how long a vote takes to show in the tally (one at a time per room, then every phone at once)
 * and what each seated phone costs the server's memory. The server runs as its own process so that its
 * memory is its own. Usage: npm run bench:live
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Client, getStateCallbacks } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import { LIVE_PATH, ROOM_NAME } from '../src/core/live/protocol';
import type { ServerToClient } from '../src/core/live/protocol';
import type { ClassroomState } from '../server/state';

const PHONES = 200;
const PER_ROOM = 50;
const JOINING_AT_ONCE = 20;
const DEADLINE_MS = 60_000;
const TEAMS = [
  { id: 't1', name: 'Les Aigles', colour: '#c0392b' },
  { id: 't2', name: 'Les Hiboux', colour: '#2471a3' },
];
const OPTIONS = [
  { id: 'port', text: { fr: 'Au port', en: 'At the harbour' } },
  { id: 'gare', text: { fr: 'À la gare', en: 'At the station' } },
  { id: 'centre', text: { fr: 'Au centre', en: 'In the centre' } },
];

interface Health {
  rss: number;
  heapUsed: number;
  clients: number;
}

interface Classroom {
  trainer: Room<ClassroomState>;
  code: string;
  phones: Room<ClassroomState>[];
  /** Resolves once the trainer's screen shows `voters` votes in the vote `voteId`. */
  seen(voteId: string, voters: number): Promise<number>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function startServer(port: number): Promise<ChildProcess> {
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  const child = spawn(tsx, ['server/serve.ts'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LIVE_HEALTH: '1', NODE_OPTIONS: '--expose-gc', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Envol on http')) resolve(child);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
}

async function health(base: string): Promise<Health> {
  return (await (await fetch(`${base}${LIVE_PATH}/health`)).json()) as Health;
}

async function openClassroom(client: Client): Promise<Classroom> {
  const trainer = await client.create<ClassroomState>(ROOM_NAME, { role: 'projector', teams: TEAMS });
  const code = await new Promise<string>((resolve) => trainer.onMessage('trainer', (m: ServerToClient['trainer']) => resolve(m.code)));
  trainer.onMessage('*', () => {});
  await new Promise<void>((resolve) => trainer.onStateChange.once(() => resolve()));
  const waiting: { voteId: string; voters: number; resolve: (at: number) => void }[] = [];
  const $ = getStateCallbacks(trainer);
  // The trainer's screen is told of a new count through this callback: that moment is when the vote shows.
  $(trainer.state.vote).listen('voters', (voters) => {
    const at = performance.now();
    for (const w of [...waiting]) {
      if (trainer.state.vote.id === w.voteId && voters >= w.voters) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(at);
      }
    }
  });
  return {
    trainer,
    code,
    phones: [],
    seen: (voteId, voters) =>
      new Promise((resolve) => {
        if (trainer.state.vote.id === voteId && trainer.state.vote.voters >= voters) return resolve(performance.now());
        waiting.push({ voteId, voters, resolve });
      }),
  };
}

async function openVote(room: Classroom, voteId: string): Promise<void> {
  room.trainer.send('vote.open', { voteId, question: { fr: 'Où ?', en: 'Where?' }, options: OPTIONS });
  await new Promise<void>((resolve) => {
    const check = () => (room.trainer.state.vote.id === voteId && room.trainer.state.vote.open ? resolve() : setTimeout(check, 5));
    check();
  });
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port);
  const deadline = setTimeout(() => {
    console.error(`The bench took more than ${DEADLINE_MS / 1000} s: stopped.`);
    server.kill('SIGKILL');
    process.exit(1);
  }, DEADLINE_MS);

  try {
    const client = new Client(`${base}${LIVE_PATH}`);
    const rooms = await Promise.all(Array.from({ length: Math.ceil(PHONES / PER_ROOM) }, () => openClassroom(client)));
    for (const room of rooms) await openVote(room, 'one-by-one');
    const before = await health(base);

    const joinStart = performance.now();
    const seats = Array.from({ length: PHONES }, (_, i) => i);
    await inBatches(seats, JOINING_AT_ONCE, async (i) => {
      const room = rooms[Math.floor(i / PER_ROOM)]!;
      const phone = await client.joinById<ClassroomState>(room.code, {
        role: 'phone',
        seatKey: `bench-phone-${String(i).padStart(6, '0')}`,
        name: `Phone ${i + 1}`,
        team: TEAMS[i % 2]!.id,
      });
      phone.onMessage('*', () => {});
      room.phones.push(phone);
    });
    const joinMs = performance.now() - joinStart;
    const after = await health(base);

    // One vote at a time in each room (the rooms side by side): the time a single vote takes to show.
    const oneByOne: number[] = [];
    await Promise.all(
      rooms.map(async (room) => {
        for (const [k, phone] of room.phones.entries()) {
          const sent = performance.now();
          phone.send('vote', { voteId: 'one-by-one', option: OPTIONS[k % OPTIONS.length]!.id });
          oneByOne.push((await room.seen('one-by-one', k + 1)) - sent);
        }
      }),
    );

    // Every phone at once: the k-th vote to show, against the moment the first was sent.
    for (const room of rooms) await openVote(room, 'all-at-once');
    const allAtOnce: number[] = [];
    const sent = performance.now();
    const shown = rooms.flatMap((room) => room.phones.map((_, k) => room.seen('all-at-once', k + 1).then((at) => allAtOnce.push(at - sent))));
    for (const room of rooms) room.phones.forEach((phone, k) => phone.send('vote', { voteId: 'all-at-once', option: OPTIONS[k % OPTIONS.length]!.id }));
    await Promise.all(shown);

    const heap = (after.heapUsed - before.heapUsed) / PHONES;
    const rss = (after.rss - before.rss) / PHONES;
    console.log(
      `Live classroom: ${PHONES} phones in ${rooms.length} rooms of ${PER_ROOM}, ${JOINING_AT_ONCE} joining at a time (${(joinMs / 1000).toFixed(1)} s to seat them all)`,
    );
    console.table({
      'vote to tally, one at a time': { p50: ms(percentile(oneByOne, 50)), p95: ms(percentile(oneByOne, 95)), votes: oneByOne.length },
      'vote to tally, all at once': { p50: ms(percentile(allAtOnce, 50)), p95: ms(percentile(allAtOnce, 95)), votes: allAtOnce.length },
    });
    console.log('The room sends its changes every 50 ms: a vote sent just after one waits for the next.');
    console.table({
      'server memory per phone': { heapUsed: `${(heap / 1024).toFixed(1)} KiB`, rss: `${(rss / 1024).toFixed(1)} KiB`, clients: after.clients },
    });

    await Promise.all(rooms.flatMap((room) => room.phones.map((phone) => phone.leave())));
    await Promise.all(rooms.map((room) => room.trainer.leave()));
  } finally {
    clearTimeout(deadline);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
