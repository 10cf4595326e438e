/**
 * The projector's side of the live classroom: it makes the room on the live server (or comes back
 * to it after a reload, with the trainer's token), shows who joined, opens and closes votes and
 * the phones' self-check. Loaded only when the trainer opens the room to phones: the colyseus
 * client and the QR code never weigh on the game's first screen.
 */
import { Client, type Room } from 'colyseus.js';
import { encode } from 'uqr';
import { ROOM_NAME } from '../../core/live/code';
import type { ServerToClient, VoteOpen } from '../../core/live/protocol';
import type { Team } from '../../core/workshop/plan';
import { keepRoom, keptRoom, liveEndpoint, phoneAddress } from './liveRoom';

export interface LiveRoomView {
  code: string;
  locked: boolean;
  teams: { id: string; name: string; colour: string }[];
  phones: Record<string, { name: string; team: string; connected: boolean }>;
  vote: {
    id: string;
    open: boolean;
    question: { fr: string; en: string };
    options: { id: string; fr: string; en: string; count: number }[];
    teams: string[];
    voters: number;
  };
  selfCheck: { open: string; answered: number };
}

export interface LiveLink {
  code: string;
  token: string;
  view(): LiveRoomView | null;
  send<K extends 'vote.open' | 'vote.close' | 'selfCheck.open' | 'selfCheck.close' | 'lock' | 'close' | 'teams'>(type: K, message: object): void;
  onVoteResult(listener: (result: ServerToClient['vote.result']) => void): void;
  onSelfCheckResult(listener: (result: ServerToClient['selfCheck.result']) => void): void;
  /** The QR code a phone scans to join this room. */
  qr(label: string): SVGSVGElement;
  /** The connection dropped: the workshop goes on without phones until it comes back. */
  onLost(listener: () => void): void;
  leave(): Promise<void>;
}

export type { VoteOpen };

/** The QR code as SVG elements (dark squares on white, with the quiet zone a scanner needs). */
function qrCode(text: string, label: string): SVGSVGElement {
  const SVG = 'http://www.w3.org/2000/svg';
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('class', 'qr');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(size));
  bg.setAttribute('height', String(size));
  bg.setAttribute('fill', '#fff');
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : '')));
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}

/**
 * Opens the room (or comes back to the kept one). Rejects when the live server cannot be reached:
 * the caller says so and the workshop goes on without phones.
 */
export async function openLiveRoom(sessionId: string, teams: readonly Team[], onChange: () => void): Promise<LiveLink> {
  const client = new Client(liveEndpoint());
  const kept = keptRoom(sessionId);
  const roomTeams = teams.map((t) => ({ id: t.id, name: t.name, colour: t.colour }));
  let room: Room;
  let token: string;
  let code: string;
  const welcome = (r: Room) =>
    new Promise<ServerToClient['trainer']>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no trainer token')), 5000);
      r.onMessage('trainer', (m: ServerToClient['trainer']) => {
        clearTimeout(timer);
        resolve(m);
      });
    });
  if (kept) {
    try {
      room = await client.joinById(kept.code, { role: 'projector', token: kept.token });
      ({ token, code } = { ...kept });
    } catch {
      // The kept room is gone (the server restarted, or the room was closed): a new one is made.
      room = await client.create(ROOM_NAME, { role: 'projector', teams: roomTeams });
      ({ token, code } = await welcome(room));
    }
  } else {
    room = await client.create(ROOM_NAME, { role: 'projector', teams: roomTeams });
    ({ token, code } = await welcome(room));
  }
  keepRoom(sessionId, code, token);
  let view: LiveRoomView | null = null;
  room.onStateChange((state) => {
    view = (state as { toJSON(): LiveRoomView }).toJSON();
    onChange();
  });
  for (const type of ['refused', 'seat', 'trainer']) room.onMessage(type, () => undefined);
  const voteListeners: ((r: ServerToClient['vote.result']) => void)[] = [];
  const selfCheckListeners: ((r: ServerToClient['selfCheck.result']) => void)[] = [];
  const lostListeners: (() => void)[] = [];
  room.onMessage('vote.result', (r: ServerToClient['vote.result']) => voteListeners.forEach((l) => l(r)));
  room.onMessage('selfCheck.result', (r: ServerToClient['selfCheck.result']) => selfCheckListeners.forEach((l) => l(r)));
  room.onLeave(() => lostListeners.forEach((l) => l()));
  return {
    code,
    token,
    view: () => view,
    send: (type, message) => room.send(type, message),
    onVoteResult: (l) => voteListeners.push(l),
    onSelfCheckResult: (l) => selfCheckListeners.push(l),
    onLost: (l) => lostListeners.push(l),
    qr: (label) => qrCode(phoneAddress(code), label),
    leave: async () => {
      await room.leave(true);
    },
  };
}
