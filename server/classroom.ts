/**
 * One live classroom: the trainer's projector and up to MAX_PHONES phones around a 5-character code.
 *
 * The room keeps to itself what must not be shared: which phone holds which seat (by the seat key the
 * phone keeps), who voted for what and each self-check answer. The synced state only carries seats,
 * names, teams and counts. Nothing is written anywhere: once the room closes, it is forgotten.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ArraySchema } from '@colyseus/schema';
import { ErrorCode, Room, ServerError, matchMaker } from '@colyseus/core';
import type { Client, Deferred } from '@colyseus/core';
import type { z } from 'zod';
import {
  CODE_ALPHABET,
  MAX_PHONES,
  checkMessage,
  majority,
  phoneJoinSchema,
  phoneMessages,
  projectorJoinSchema,
  randomCode,
  tally,
  trainerMessages,
} from '../src/core/live/protocol';
import type { PhoneMessage, ServerToClient, TrainerMessage, teamSchema } from '../src/core/live/protocol';
import { ClassroomState, OptionState, PhoneState, TeamState } from './state';

/** Who a connection is: the trainer (a projector that made the room or showed its token) or a phone on a seat. */
export type Who = { role: 'trainer' } | { role: 'phone'; seat: string };

/** Why a join is refused, as the error message the client's join call rejects with. */
export type JoinRefusal = 'invalid' | 'not-trainer' | 'unknown-team' | 'locked' | 'full';

type Refusal = ServerToClient['refused']['reason'];
type When = 'before' | 'after';
type Team = z.output<typeof teamSchema>;

/** Room for a few projectors (the trainer's screen, a reload, a second screen) on top of the phones. */
const PROJECTORS = 4;
/**
 * Connections the room takes: a phone whose connection dropped keeps a place for its reconnection while
 * it may already be back through its seat key, so twice the phones. The seats themselves are counted in onAuth.
 */
const CONNECTIONS = 2 * MAX_PHONES + PROJECTORS;
/** A room everyone left (the projector closed without closing the room) waits this long for them, then goes. */
const EMPTY_ROOM_MS = 10 * 60_000;
/** A phone whose connection dropped may take its session back within this time (a reload uses its seat key instead). */
const RECONNECT_SECONDS = 30;
const CODE_TRIES = 20;
const SELF_CHECK_QUESTIONS = 3;
const SELF_CHECK_VALUES = 5;

/** Uniform over the code alphabet from the system's cryptographic source: a code must not be guessable. */
function cryptoRandom(): number {
  return (randomInt(CODE_ALPHABET.length) + 0.5) / CODE_ALPHABET.length;
}

function refuseJoin(reason: JoinRefusal): never {
  throw new ServerError(ErrorCode.AUTH_FAILED, reason);
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function teamsAreDistinct(teams: readonly Team[]): boolean {
  return new Set(teams.map((t) => t.id)).size === teams.length;
}

export class ClassroomRoom extends Room<ClassroomState, unknown, unknown, Who> {
  override state = new ClassroomState();

  private token = '';
  private trainerClaimed = false;
  private lastSeat = 0;
  private emptyTimer: NodeJS.Timeout | undefined;
  /** A phone's seat key → its seat id. */
  private readonly seatsByKey = new Map<string, string>();
  /** A connection → the seat it sits on. */
  private readonly seatsBySession = new Map<string, string>();
  /** A seat → the connection holding it now (a reload in a second tab takes the seat over). */
  private readonly sessionsBySeat = new Map<string, string>();
  /** A seat whose connection dropped → its wait for that connection, given up when the phone is back by its seat key. */
  private readonly reconnecting = new Map<string, Deferred<Client>>();
  /** Seats the trainer put in a team: the phone no longer chooses its own. */
  private readonly placedByTrainer = new Set<string>();
  /** The current vote: seat → option. */
  private readonly votes = new Map<string, string>();
  private readonly selfChecks = new Map<When, Map<string, number[]>>([
    ['before', new Map()],
    ['after', new Map()],
  ]);

  override async onCreate(options: unknown): Promise<void> {
    const asked = checkMessage(projectorJoinSchema, options);
    if (!asked || asked.token !== undefined) refuseJoin('invalid');
    if (asked.teams && !teamsAreDistinct(asked.teams)) refuseJoin('invalid');

    const code = await this.freeCode();
    this.roomId = code;
    this.state.code = code;
    this.token = randomBytes(16).toString('hex');
    this.maxClients = CONNECTIONS;
    // The room decides when it ends (the trainer's `close`, or long after everyone left), not the last leave:
    // a projector reload must find its room still there.
    this.autoDispose = false;
    this.setTeams(asked.teams ?? []);
    this.waitIfEmpty();

    for (const type of Object.keys(phoneMessages) as PhoneMessage[]) {
      this.onMessage(type, (client, message: unknown) => this.fromPhone(client, type, message));
    }
    for (const type of Object.keys(trainerMessages) as TrainerMessage[]) {
      this.onMessage(type, (client, message: unknown) => this.fromTrainer(client, type, message));
    }
    this.onMessage('*', (client, type) => this.refuse(client, String(type), 'invalid'));
  }

  override onAuth(_client: Client, options: unknown): Who {
    const projector = checkMessage(projectorJoinSchema, options);
    if (projector) {
      if (!this.trainerClaimed && projector.token === undefined) {
        this.trainerClaimed = true;
        return { role: 'trainer' };
      }
      if (projector.token !== undefined && sameToken(projector.token, this.token)) return { role: 'trainer' };
      refuseJoin('not-trainer');
    }

    const phone = checkMessage(phoneJoinSchema, options);
    if (!phone) refuseJoin('invalid');
    if (phone.team !== undefined && !this.hasTeam(phone.team)) refuseJoin('unknown-team');

    const known = this.seatsByKey.get(phone.seatKey);
    const knownPhone = known === undefined ? undefined : this.state.phones.get(known);
    if (known !== undefined && knownPhone) {
      // Back on its own seat: the team stays the server's (the trainer may have moved it), the name may change.
      if (phone.name !== undefined) knownPhone.name = phone.name;
      if (phone.team !== undefined && knownPhone.team === '') knownPhone.team = phone.team;
      return { role: 'phone', seat: known };
    }
    if (this.state.locked) refuseJoin('locked');
    if (this.seatsByKey.size >= MAX_PHONES) refuseJoin('full');

    // The seat is taken here, not in onJoin, so that phones joining together cannot pass the count at once.
    const seat = `s${++this.lastSeat}`;
    this.seatsByKey.set(phone.seatKey, seat);
    // A new phone may join before it has a name and a team: it gives them (`profile`) once it has seen the teams.
    this.state.phones.set(seat, new PhoneState({ name: phone.name ?? '', team: phone.team ?? '', connected: false }));
    return { role: 'phone', seat };
  }

  override onJoin(client: Client<unknown, Who>, _options: unknown, who: Who): void {
    this.stopWaiting();
    if (who.role === 'trainer') {
      this.tell(client, 'trainer', { token: this.token, code: this.state.code });
      return;
    }
    this.seatsBySession.set(client.sessionId, who.seat);
    this.sessionsBySeat.set(who.seat, client.sessionId);
    this.reconnecting.get(who.seat)?.reject(new Error('back by its seat key'));
    this.reconnecting.delete(who.seat);
    const phone = this.state.phones.get(who.seat);
    if (phone) phone.connected = true;
    this.tell(client, 'seat', this.seatMessage(who.seat));
  }

  override async onLeave(client: Client<unknown, Who>, consented: boolean): Promise<void> {
    const seat = this.seatsBySession.get(client.sessionId);
    const holds = () => seat !== undefined && this.sessionsBySeat.get(seat) === client.sessionId;
    const phone = seat === undefined ? undefined : this.state.phones.get(seat);
    if (phone && holds()) phone.connected = false;

    if (!consented) {
      const reconnection = this.allowReconnection(client, RECONNECT_SECONDS);
      if (seat !== undefined && holds()) this.reconnecting.set(seat, reconnection);
      try {
        await reconnection;
        if (phone && holds()) phone.connected = true;
        return;
      } catch {
        // Not back in time, or back through its seat key: the seat stays either way.
      } finally {
        if (seat !== undefined && this.reconnecting.get(seat) === reconnection) this.reconnecting.delete(seat);
      }
    }
    this.seatsBySession.delete(client.sessionId);
    if (seat !== undefined && holds()) this.sessionsBySeat.delete(seat);
    this.waitIfEmpty();
  }

  override onDispose(): void {
    this.stopWaiting();
    this.seatsByKey.clear();
    this.seatsBySession.clear();
    this.sessionsBySeat.clear();
    this.reconnecting.clear();
    this.placedByTrainer.clear();
    this.votes.clear();
    for (const answers of this.selfChecks.values()) answers.clear();
    this.token = '';
  }

  /** How much the room remembers about learners (for the tests that check a closed room forgot them). */
  remembered(): { seats: number; sessions: number; votes: number; selfChecks: number } {
    let selfChecks = 0;
    for (const answers of this.selfChecks.values()) selfChecks += answers.size;
    return {
      seats: this.seatsByKey.size + this.placedByTrainer.size,
      sessions: this.seatsBySession.size + this.sessionsBySeat.size + this.reconnecting.size,
      votes: this.votes.size,
      selfChecks,
    };
  }

  private async freeCode(): Promise<string> {
    for (let i = 0; i < CODE_TRIES; i++) {
      const code = randomCode(cryptoRandom);
      if (!matchMaker.getLocalRoomById(code) && !(await matchMaker.getRoomById(code))) return code;
    }
    throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, 'no free code');
  }

  private waitIfEmpty(): void {
    if (this.clients.length > 0 || this.emptyTimer) return;
    this.emptyTimer = setTimeout(() => {
      this.emptyTimer = undefined;
      if (this.clients.length === 0) void this.disconnect();
    }, EMPTY_ROOM_MS);
  }

  private stopWaiting(): void {
    clearTimeout(this.emptyTimer);
    this.emptyTimer = undefined;
  }

  private tell<K extends keyof ServerToClient>(client: Client, type: K, message: ServerToClient[K]): void {
    client.send(type, message);
  }

  private refuse(client: Client, type: string, reason: Refusal): void {
    this.tell(client, 'refused', { type: type.slice(0, 40), reason });
  }

  private toTrainers<K extends 'vote.result' | 'selfCheck.result'>(type: K, message: ServerToClient[K]): void {
    for (const client of this.clients) if ((client.auth as Who | undefined)?.role === 'trainer') this.tell(client, type, message);
  }

  private fromPhone(client: Client, type: PhoneMessage, message: unknown): void {
    const who = client.auth as Who | undefined;
    if (who?.role !== 'phone') return this.refuse(client, type, 'invalid');
    const refusal = this.phoneActions[type](who.seat, message);
    if (refusal) return this.refuse(client, type, refusal);
    this.tell(client, 'seat', this.seatMessage(who.seat));
  }

  private fromTrainer(client: Client, type: TrainerMessage, message: unknown): void {
    if ((client.auth as Who | undefined)?.role !== 'trainer') return this.refuse(client, type, 'not-trainer');
    const refusal = this.trainerActions[type](message);
    if (refusal) this.refuse(client, type, refusal);
  }

  private readonly phoneActions: { [K in PhoneMessage]: (seat: string, message: unknown) => Refusal | undefined } = {
    profile: (seat, message) => this.profile(seat, message),
    vote: (seat, message) => this.vote(seat, message),
    selfCheck: (seat, message) => this.answerSelfCheck(seat, message),
  };

  /** A phone's name and team: the name always, the team until the trainer has put the phone in one. */
  private profile(seat: string, message: unknown): Refusal | undefined {
    const m = checkMessage(phoneMessages.profile, message);
    const phone = this.state.phones.get(seat);
    if (!m || !phone || !this.hasTeam(m.team)) return 'invalid';
    if (m.team !== phone.team && this.placedByTrainer.has(seat)) return 'not-your-team';
    phone.name = m.name;
    this.changeTeam(seat, m.team);
    return undefined;
  }

  private vote(seat: string, message: unknown): Refusal | undefined {
    const m = checkMessage(phoneMessages.vote, message);
    if (!m) return 'invalid';
    const vote = this.state.vote;
    if (!vote.open || vote.id !== m.voteId) return 'closed';
    if (!vote.options.some((o) => o.id === m.option)) return 'invalid';
    const phone = this.state.phones.get(seat);
    if (!phone) return 'invalid';
    if (!this.mayVote(phone.team)) return 'not-your-team';
    this.votes.set(seat, m.option);
    this.recount();
    return undefined;
  }

  private answerSelfCheck(seat: string, message: unknown): Refusal | undefined {
    const m = checkMessage(phoneMessages.selfCheck, message);
    if (!m) return 'invalid';
    if (this.state.selfCheck.open !== m.when) return 'closed';
    const answers = this.selfChecks.get(m.when)!;
    answers.set(seat, m.answers);
    this.state.selfCheck.answered = answers.size;
    return undefined;
  }

  private readonly trainerActions: { [K in TrainerMessage]: (message: unknown) => Refusal | undefined } = {
    'vote.open': (message) => {
      const m = checkMessage(trainerMessages['vote.open'], message);
      if (!m || new Set(m.options.map((o) => o.id)).size !== m.options.length) return 'invalid';
      if (m.teams && !m.teams.every((id) => this.state.teams.some((t) => t.id === id))) return 'invalid';
      const vote = this.state.vote;
      this.votes.clear();
      vote.id = m.voteId;
      vote.question.fr = m.question.fr;
      vote.question.en = m.question.en;
      vote.options = new ArraySchema(...m.options.map((o) => new OptionState({ id: o.id, fr: o.text.fr, en: o.text.en, count: 0 })));
      vote.teams = new ArraySchema(...(m.teams ?? []));
      vote.open = true;
      this.recount();
      return undefined;
    },
    'vote.close': (message) => {
      const m = checkMessage(trainerMessages['vote.close'], message);
      if (!m) return 'invalid';
      const vote = this.state.vote;
      if (!vote.open || vote.id !== m.voteId) return 'closed';
      vote.open = false;
      const options = vote.options.map((o) => ({ id: o.id }));
      const counts = tally(this.votes.values(), options);
      this.toTrainers('vote.result', { voteId: m.voteId, counts, ...majority(counts, options) });
      return undefined;
    },
    'selfCheck.open': (message) => {
      const m = checkMessage(trainerMessages['selfCheck.open'], message);
      if (!m) return 'invalid';
      this.state.selfCheck.open = m.when;
      this.state.selfCheck.answered = this.selfChecks.get(m.when)!.size;
      return undefined;
    },
    'selfCheck.close': (message) => {
      if (!checkMessage(trainerMessages['selfCheck.close'], message)) return 'invalid';
      const when = this.state.selfCheck.open;
      if (when !== 'before' && when !== 'after') return 'closed';
      const answers = this.selfChecks.get(when)!;
      const spread = Array.from({ length: SELF_CHECK_QUESTIONS }, () => new Array<number>(SELF_CHECK_VALUES).fill(0));
      for (const given of answers.values()) given.forEach((value, question) => (spread[question]![value - 1]! += 1));
      this.state.selfCheck.open = '';
      this.toTrainers('selfCheck.result', { when, spread, answered: answers.size });
      return undefined;
    },
    teams: (message) => {
      const m = checkMessage(trainerMessages.teams, message);
      if (!m || !teamsAreDistinct(m.teams)) return 'invalid';
      this.setTeams(m.teams);
      return undefined;
    },
    move: (message) => {
      const m = checkMessage(trainerMessages.move, message);
      const phone = m && this.state.phones.get(m.seat);
      if (!m || !phone || !this.hasTeam(m.team)) return 'invalid';
      this.placedByTrainer.add(m.seat);
      this.changeTeam(m.seat, m.team);
      const session = this.sessionsBySeat.get(m.seat);
      const client = session === undefined ? undefined : this.clients.getById(session);
      if (client) this.tell(client, 'seat', this.seatMessage(m.seat));
      return undefined;
    },
    lock: (message) => {
      const m = checkMessage(trainerMessages.lock, message);
      if (!m) return 'invalid';
      this.state.locked = m.locked;
      return undefined;
    },
    close: (message) => {
      if (!checkMessage(trainerMessages.close, message)) return 'invalid';
      void this.disconnect();
      return undefined;
    },
  };

  private setTeams(teams: readonly Team[]): void {
    this.state.teams = new ArraySchema(...teams.map((t) => new TeamState({ id: t.id, name: t.name, colour: t.colour })));
  }

  private hasTeam(team: string): boolean {
    return this.state.teams.some((t) => t.id === team);
  }

  private changeTeam(seat: string, team: string): void {
    const phone = this.state.phones.get(seat);
    if (!phone) return;
    phone.team = team;
    // A phone moved out of the teams that vote no longer counts in this vote.
    if (this.votes.has(seat) && !this.mayVote(team)) {
      this.votes.delete(seat);
      this.recount();
    }
  }

  private mayVote(team: string): boolean {
    const teams = this.state.vote.teams;
    return teams.length === 0 || teams.includes(team);
  }

  private recount(): void {
    const vote = this.state.vote;
    const counts = tally(this.votes.values(), vote.options);
    for (const option of vote.options) option.count = counts[option.id] ?? 0;
    vote.voters = this.votes.size;
  }

  private seatMessage(seat: string): ServerToClient['seat'] {
    const phone = this.state.phones.get(seat);
    const vote = this.state.vote.open ? (this.votes.get(seat) ?? null) : null;
    const selfCheck = (['before', 'after'] as const).filter((when) => this.selfChecks.get(when)!.has(seat));
    return { seat, team: phone?.team || null, name: phone?.name || null, vote, selfCheck };
  }
}
