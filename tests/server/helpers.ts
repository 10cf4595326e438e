/**
 * What the live server's tests share: a server booted with @colyseus/testing, colyseus.js clients on
 * the `/live` endpoint the game uses, a record of each client's messages, and waiting on synced state.
 */
import { boot } from '@colyseus/testing';
import type { ColyseusTestServer } from '@colyseus/testing';
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import { LIVE_PATH, ROOM_NAME } from '../../src/core/live/protocol';
import type { ServerToClient } from '../../src/core/live/protocol';
import { createLiveServer } from '../../server/app';
import type { LiveServer } from '../../server/app';
import type { ClassroomRoom } from '../../server/classroom';
import type { ClassroomState } from '../../server/state';

export const TEAMS = [
  { id: 't1', name: 'Les Aigles', colour: '#c0392b' },
  { id: 't2', name: 'Les Hiboux', colour: '#2471a3' },
];

/** @colyseus/testing listens on this port when given a Server. */
const TEST_PORT = 2568;

export interface Booted {
  live: LiveServer;
  colyseus: ColyseusTestServer;
  client: Client;
  url: string;
  room(code: string): ClassroomRoom;
  close(): Promise<void>;
}

export async function bootLive(): Promise<Booted> {
  const live = await createLiveServer();
  const colyseus = await boot(live.colyseus);
  const url = `http://127.0.0.1:${TEST_PORT}`;
  return {
    live,
    colyseus,
    url,
    client: new Client(`${url}${LIVE_PATH}`),
    room: (code) => colyseus.getRoomById(code) as unknown as ClassroomRoom,
    close: () => live.close(),
  };
}

export type Inbox = {
  /** The next message of this type not yet taken (waits for it). */
  next<K extends keyof ServerToClient>(type: K, timeoutMs?: number): Promise<ServerToClient[K]>;
  /** Every message of this type received so far. */
  all<K extends keyof ServerToClient>(type: K): ServerToClient[K][];
};

/** Records every message a client receives from the moment it joined. */
export function inbox(room: Room): Inbox {
  const received: { type: string; message: unknown; taken: boolean }[] = [];
  const waiting = new Set<() => void>();
  room.onMessage('*', (type, message) => {
    received.push({ type: String(type), message, taken: false });
    for (const wake of [...waiting]) wake();
  });
  const take = (type: string) => {
    const found = received.find((r) => r.type === type && !r.taken);
    if (found) found.taken = true;
    return found;
  };
  return {
    next: (type, timeoutMs = 3000) =>
      new Promise((resolve, reject) => {
        const now = take(type);
        if (now) return resolve(now.message as never);
        const timer = setTimeout(() => {
          waiting.delete(wake);
          reject(new Error(`no '${type}' message within ${timeoutMs} ms`));
        }, timeoutMs);
        const wake = () => {
          const found = take(type);
          if (!found) return;
          clearTimeout(timer);
          waiting.delete(wake);
          resolve(found.message as never);
        };
        waiting.add(wake);
      }),
    all: (type) => received.filter((r) => r.type === type).map((r) => r.message as never),
  };
}

/** Waits until the synced state meets `check` (patches arrive every 50 ms). */
export async function until(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Trainer {
  room: Room<ClassroomState>;
  inbox: Inbox;
  code: string;
  token: string;
}

export async function createRoom(client: Client, teams = TEAMS): Promise<Trainer> {
  const room = await client.create<ClassroomState>(ROOM_NAME, { role: 'projector', teams });
  const box = inbox(room);
  const { token, code } = await box.next('trainer');
  return { room, inbox: box, code, token };
}

export interface Phone {
  room: Room<ClassroomState>;
  inbox: Inbox;
  seat: ServerToClient['seat'];
}

let keys = 0;
/** A seat key as a phone would make one (16 to 64 of [A-Za-z0-9_-]). */
export function seatKey(): string {
  keys += 1;
  return `phone-key-${String(keys).padStart(8, '0')}`;
}

export async function joinPhone(client: Client, code: string, options: { seatKey?: string; name?: string; team?: string } = {}): Promise<Phone> {
  const room = await client.joinById<ClassroomState>(code, {
    role: 'phone',
    seatKey: options.seatKey ?? seatKey(),
    name: options.name ?? 'Zoé',
    team: options.team ?? 't1',
  });
  const box = inbox(room);
  return { room, inbox: box, seat: await box.next('seat') };
}

export const VOTE = {
  voteId: 'city-1',
  question: { fr: 'Où installer la boutique ?', en: 'Where to open the shop?' },
  options: [
    { id: 'port', text: { fr: 'Au port', en: 'At the harbour' } },
    { id: 'gare', text: { fr: 'À la gare', en: 'At the station' } },
    { id: 'centre', text: { fr: 'Au centre', en: 'In the centre' } },
  ],
};

export function counts(room: Room<ClassroomState>): Record<string, number> {
  return Object.fromEntries(room.state.vote.options.map((o) => [o.id, o.count]));
}
