/**
 * The live server: one HTTP server carrying Colyseus (matchmaking under `/live/matchmake/…`, WebSockets
 * under `/live/<processId>/<roomId>`) and, for every other request, the handler it is given (the game's
 * files in `serve.ts`).
 *
 * Several processes: with a Redis URL they share the room list and reach each other's rooms, so a phone
 * may ask any process for a seat in a room another process holds. Its WebSocket, though, must reach the
 * process that holds the room (Colyseus 0.16 does not relay it). Two ways, either is enough:
 *  - each process is given its own `publicAddress` ("host:port/live", reachable by the phones), which the
 *    seat reservation carries and colyseus.js connects to;
 *  - or a load balancer in front of every process routes `/live/<processId>/…` WebSocket requests to the
 *    process with that id (sticky routing on that path segment); matchmaking requests may go anywhere.
 * Rooms are made on the process the trainer's request reached, so a balancer that spreads trainers
 * spreads rooms.
 *
 * Colyseus's matchmaker is one per Node process: create one live server per process.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Server, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { RedisPresence } from '@colyseus/redis-presence';
import { RedisDriver } from '@colyseus/redis-driver';
import { LIVE_PATH, ROOM_NAME } from '../src/core/live/protocol';
import { ClassroomRoom } from './classroom';

export interface LiveServerOptions {
  /** Shares rooms with every process given the same Redis. */
  redisUrl?: string;
  /** Answers every request that is not the live server's (else 404). */
  handler?: (req: IncomingMessage, res: ServerResponse) => void;
  /** Colyseus's banner on listen. */
  greet?: boolean;
  /** This process's address as phones reach it ("host:port/live"), for seats reserved through another process. */
  publicAddress?: string;
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy?: boolean;
  /** Serve `GET /live/health` (memory and counts), for the bench. */
  health?: boolean;
}

export interface LiveServer {
  http: http.Server;
  colyseus: Server;
  limiter: WrongCodeLimiter;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** No message a phone or the trainer sends comes near this; anything larger is dropped by the socket. */
export const MAX_PAYLOAD = 16 * 1024;

/**
 * Counts wrong room codes per client address: after `limit` in `windowMs`, that address's code joins are
 * answered 429 for `blockMs`, so codes cannot be tried one after the other. A right code never counts,
 * so a whole class joining from one school address is never held back by its own joins.
 */
export class WrongCodeLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    readonly limit = 20,
    readonly windowMs = 60_000,
    readonly blockMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  blocked(address: string): boolean {
    const until = this.blockedUntil.get(address);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.blockedUntil.delete(address);
    return false;
  }

  fail(address: string): void {
    const now = this.now();
    const recent = (this.failures.get(address) ?? []).filter((t) => t > now - this.windowMs);
    recent.push(now);
    if (recent.length >= this.limit) {
      this.blockedUntil.set(address, now + this.blockMs);
      this.failures.delete(address);
    } else {
      this.failures.set(address, recent);
    }
    if (this.failures.size > 10_000) this.forgetOld(now);
  }

  /** Addresses whose failures all fell out of the window are dropped, so the table cannot grow without end. */
  private forgetOld(now: number): void {
    for (const [address, times] of this.failures) if (times.every((t) => t <= now - this.windowMs)) this.failures.delete(address);
    for (const [address, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(address);
  }
}

const JOIN_BY_ID = /\/matchmake\/joinById\/([A-Za-z0-9_-]+)/;

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return (trustProxy && first) || req.socket.remoteAddress || 'unknown';
}

async function roomExists(roomId: string): Promise<boolean> {
  return matchMaker.getLocalRoomById(roomId) !== undefined || Boolean(await matchMaker.getRoomById(roomId));
}

export async function createLiveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  const server = http.createServer();
  const limiter = new WrongCodeLimiter();

  // Listeners present before Colyseus attaches get every request that is not matchmaking.
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (options.health && req.method === 'GET' && path === `${LIVE_PATH}/health`) {
      // Under --expose-gc (the bench), what is counted is what is kept, not what awaits collection.
      (globalThis as { gc?: () => void }).gc?.();
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ ...process.memoryUsage(), rooms: matchMaker.stats.local.roomCount, clients: matchMaker.stats.local.ccu }));
    } else if (options.handler) {
      options.handler(req, res);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });

  const presence = options.redisUrl ? new RedisPresence(options.redisUrl) : undefined;
  const driver = options.redisUrl ? new RedisDriver(options.redisUrl) : undefined;
  const colyseus = new Server({
    transport: new WebSocketTransport({ server, maxPayload: MAX_PAYLOAD }),
    ...(presence && driver ? { presence, driver } : {}),
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
    greet: options.greet ?? false,
    // serve.ts and the tests end the server themselves, and a test runner must not be made to exit.
    gracefullyShutdown: false,
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
  });
  colyseus.define(ROOM_NAME, ClassroomRoom);

  // Wrong codes are counted before Colyseus sees the request (its own listener replaced the ones above).
  const colyseusListeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const joinById = req.method === 'POST' ? JOIN_BY_ID.exec(req.url ?? '') : null;
      if (joinById) {
        const address = clientAddress(req, options.trustProxy ?? false);
        if (limiter.blocked(address)) {
          res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': String(Math.ceil(limiter.blockMs / 1000)) });
          res.end(JSON.stringify({ code: 429, error: 'too many wrong codes' }));
          return;
        }
        if (!(await roomExists(joinById[1]!))) limiter.fail(address);
      }
      for (const listener of colyseusListeners) listener.call(server, req, res);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  return {
    http: server,
    colyseus,
    limiter,
    async listen(port: number, host?: string): Promise<number> {
      await colyseus.listen(port, host);
      return (server.address() as AddressInfo).port;
    },
    async close(): Promise<void> {
      const closed = server.listening ? new Promise<void>((resolve) => server.once('close', () => resolve())) : Promise.resolve();
      await colyseus.gracefullyShutdown(false);
      server.closeAllConnections();
      await closed;
    },
  };
}
