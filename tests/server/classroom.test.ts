import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'colyseus.js';
import { matchMaker } from '@colyseus/core';
import { CODE_ALPHABET, CODE_LENGTH, LIVE_PATH, MAX_PHONES, ROOM_NAME } from '../../src/core/live/protocol';
import type { ClassroomState } from '../../server/state';
import { TEAMS, VOTE, bootLive, counts, createRoom, inbox, joinPhone, seatKey, until, wait } from './helpers';
import type { Booted } from './helpers';

let server: Booted;
beforeAll(async () => {
  server = await bootLive();
});
afterAll(async () => {
  await server.close();
});

describe('joining a classroom by its code', () => {
  it('gives the creator the trainer token and code, and shows a phone that joins the code on the trainer screen', async () => {
    const trainer = await createRoom(server.client);
    expect(trainer.code).toHaveLength(CODE_LENGTH);
    expect([...trainer.code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    expect(trainer.token).toMatch(/^[a-f0-9]{32}$/);
    expect(trainer.room.roomId).toBe(trainer.code);
    await until(() => trainer.room.state.code === trainer.code, 'the code in the state');
    expect(trainer.room.state.teams.map((t) => t.id)).toEqual(['t1', 't2']);

    const phone = await joinPhone(server.client, trainer.code, { name: '  Zoé\u0007 ', team: 't2' });
    expect(phone.seat).toEqual({ seat: 's1', team: 't2', name: 'Zoé', vote: null, selfCheck: [] });
    await until(() => trainer.room.state.phones.get('s1')?.connected === true, 'the phone on the trainer screen');
    expect(trainer.room.state.phones.get('s1')?.toJSON()).toEqual({ name: 'Zoé', team: 't2', connected: true });
  });

  it('seats a phone that joins with its seat key alone, and takes its name and team once it gives them', async () => {
    const trainer = await createRoom(server.client);
    const room = await server.client.joinById<ClassroomState>(trainer.code, { role: 'phone', seatKey: seatKey() });
    const box = inbox(room);
    expect(await box.next('seat')).toEqual({ seat: 's1', team: null, name: null, vote: null, selfCheck: [] });
    await until(() => trainer.room.state.phones.get('s1')?.connected === true, 'the phone without a name seated');
    expect(trainer.room.state.phones.get('s1')?.team).toBe('');

    room.send('profile', { name: 'Yan', team: 't7' });
    expect(await box.next('refused')).toEqual({ type: 'profile', reason: 'invalid' });
    room.send('profile', { name: ' ', team: 't1' });
    expect(await box.next('refused')).toEqual({ type: 'profile', reason: 'invalid' });
    room.send('profile', { name: 'Yan', team: 't1' });
    expect(await box.next('seat')).toMatchObject({ seat: 's1', team: 't1', name: 'Yan' });
    room.send('profile', { name: 'Yan', team: 't2' });
    expect(await box.next('seat')).toMatchObject({ team: 't2' });

    // Once the trainer has placed the phone, the team is the trainer's.
    trainer.room.send('move', { seat: 's1', team: 't1' });
    expect(await box.next('seat')).toMatchObject({ team: 't1' });
    room.send('profile', { name: 'Yan', team: 't2' });
    expect(await box.next('refused')).toEqual({ type: 'profile', reason: 'not-your-team' });
    room.send('profile', { name: 'Yannick', team: 't1' });
    expect(await box.next('seat')).toMatchObject({ team: 't1', name: 'Yannick' });
    await until(() => trainer.room.state.phones.get('s1')?.name === 'Yannick', 'the new name on the trainer screen');
    expect(trainer.room.state.phones.get('s1')?.team).toBe('t1');
  });

  it('answers through the /live endpoint: matchmaking under /live/matchmake, the socket under /live/<process>/<room>', async () => {
    const trainer = await createRoom(server.client);
    const seen: string[] = [];
    const client = new Client(`${server.url}${LIVE_PATH}`, {
      urlBuilder: (url) => {
        seen.push(url.pathname);
        return url.toString();
      },
    });
    await joinPhone(client, trainer.code);
    expect(seen).toEqual([`${LIVE_PATH}/matchmake/joinById/${trainer.code}`, `${LIVE_PATH}/${matchMaker.processId}/${trainer.code}`]);
  });

  it('refuses a code no room has, a team the room does not have, and a join that is neither a phone nor a projector', async () => {
    const trainer = await createRoom(server.client);
    const wrong = trainer.code === 'AAAAA' ? 'CCCCC' : 'AAAAA';
    await expect(joinPhone(server.client, wrong)).rejects.toThrow(/not found/);
    await expect(joinPhone(server.client, trainer.code, { team: 't5' })).rejects.toThrow('unknown-team');
    await expect(server.client.joinById(trainer.code, { role: 'phone', seatKey: 'short', name: 'Zoé', team: 't1' })).rejects.toThrow('invalid');
    await expect(server.client.joinById(trainer.code, { role: 'admin' })).rejects.toThrow('invalid');
    await expect(server.client.create(ROOM_NAME, { role: 'phone', seatKey: seatKey(), name: 'Zoé', team: 't1' })).rejects.toThrow('invalid');
    expect(trainer.room.state.phones.size).toBe(0);
  });
});

describe('what only the trainer may do', () => {
  it('refuses a phone sending a trainer message, and nothing changes', async () => {
    const trainer = await createRoom(server.client);
    const phone = await joinPhone(server.client, trainer.code);
    phone.room.send('vote.open', VOTE);
    phone.room.send('move', { seat: phone.seat.seat, team: 't2' });
    phone.room.send('lock', { locked: true });
    phone.room.send('close', {});
    for (const type of ['vote.open', 'move', 'lock', 'close']) expect(await phone.inbox.next('refused')).toEqual({ type, reason: 'not-trainer' });
    await wait(120);
    expect(trainer.room.state.vote.id).toBe('');
    expect(trainer.room.state.locked).toBe(false);
    expect(trainer.room.state.phones.get(phone.seat.seat)?.team).toBe('t1');
    expect(server.room(trainer.code)).toBeDefined();
  });

  it('refuses a message that does not match its schema, and one of no known type', async () => {
    const trainer = await createRoom(server.client);
    const phone = await joinPhone(server.client, trainer.code);
    trainer.room.send('vote.open', { ...VOTE, options: [VOTE.options[0]] });
    expect(await trainer.inbox.next('refused')).toEqual({ type: 'vote.open', reason: 'invalid' });
    phone.room.send('vote', { voteId: 'x', option: '<b>' });
    expect(await phone.inbox.next('refused')).toEqual({ type: 'vote', reason: 'invalid' });
    phone.room.send('grade', { all: 20 });
    expect(await phone.inbox.next('refused')).toEqual({ type: 'grade', reason: 'invalid' });
  });

  it('lets the trainer change the teams, and move a phone only to a team that exists', async () => {
    const trainer = await createRoom(server.client);
    const phone = await joinPhone(server.client, trainer.code, { team: 't1' });
    const third = { id: 't3', name: 'Les Renards', colour: '#d68910' };
    trainer.room.send('teams', { teams: [TEAMS[0], TEAMS[0]] });
    expect(await trainer.inbox.next('refused')).toEqual({ type: 'teams', reason: 'invalid' });
    trainer.room.send('move', { seat: phone.seat.seat, team: 't3' });
    expect(await trainer.inbox.next('refused')).toEqual({ type: 'move', reason: 'invalid' });
    trainer.room.send('move', { seat: 's99', team: 't2' });
    expect(await trainer.inbox.next('refused')).toEqual({ type: 'move', reason: 'invalid' });

    trainer.room.send('teams', { teams: [...TEAMS, third] });
    await until(() => trainer.room.state.teams.length === 3, 'three teams');
    trainer.room.send('move', { seat: phone.seat.seat, team: 't3' });
    expect((await phone.inbox.next('seat')).team).toBe('t3');
    await until(() => trainer.room.state.phones.get(phone.seat.seat)?.team === 't3', 'the phone in its new team');
  });

  it('refuses a second projector without the token; with it, the projector is the trainer again (a reload)', async () => {
    const trainer = await createRoom(server.client);
    await expect(server.client.joinById(trainer.code, { role: 'projector' })).rejects.toThrow('not-trainer');
    await expect(server.client.joinById(trainer.code, { role: 'projector', token: '0'.repeat(32) })).rejects.toThrow('not-trainer');

    await trainer.room.leave();
    const again = await server.client.joinById<ClassroomState>(trainer.code, { role: 'projector', token: trainer.token });
    const box = inbox(again);
    expect(await box.next('trainer')).toEqual({ token: trainer.token, code: trainer.code });
    again.send('lock', { locked: true });
    await until(() => again.state.locked, 'the room locked by the projector back in');
  });
});

describe('votes', () => {
  it('counts one vote per phone, and a changed vote moves the count', async () => {
    const trainer = await createRoom(server.client);
    const zoe = await joinPhone(server.client, trainer.code, { name: 'Zoé' });
    const yan = await joinPhone(server.client, trainer.code, { name: 'Yan' });
    trainer.room.send('vote.open', VOTE);
    await until(() => trainer.room.state.vote.open, 'the vote open');

    zoe.room.send('vote', { voteId: VOTE.voteId, option: 'port' });
    expect((await zoe.inbox.next('seat')).vote).toBe('port');
    zoe.room.send('vote', { voteId: VOTE.voteId, option: 'port' });
    expect((await zoe.inbox.next('seat')).vote).toBe('port');
    yan.room.send('vote', { voteId: VOTE.voteId, option: 'port' });
    await yan.inbox.next('seat');
    await until(() => trainer.room.state.vote.voters === 2, 'two voters');
    expect(counts(trainer.room)).toEqual({ port: 2, gare: 0, centre: 0 });

    zoe.room.send('vote', { voteId: VOTE.voteId, option: 'gare' });
    expect((await zoe.inbox.next('seat')).vote).toBe('gare');
    await until(() => counts(trainer.room).gare === 1, 'the changed vote');
    expect(counts(trainer.room)).toEqual({ port: 1, gare: 1, centre: 0 });
    expect(trainer.room.state.vote.voters).toBe(2);
  });

  it('refuses a vote for an unknown choice, for another vote, once closed, and from a team that does not vote', async () => {
    const trainer = await createRoom(server.client);
    const t1 = await joinPhone(server.client, trainer.code, { team: 't1' });
    const t2 = await joinPhone(server.client, trainer.code, { team: 't2' });
    trainer.room.send('vote.open', { ...VOTE, teams: ['t1'] });
    await until(() => trainer.room.state.vote.open, 'the vote open');
    expect([...trainer.room.state.vote.teams]).toEqual(['t1']);

    t1.room.send('vote', { voteId: VOTE.voteId, option: 'ailleurs' });
    expect(await t1.inbox.next('refused')).toEqual({ type: 'vote', reason: 'invalid' });
    t1.room.send('vote', { voteId: 'city-0', option: 'port' });
    expect(await t1.inbox.next('refused')).toEqual({ type: 'vote', reason: 'closed' });
    t2.room.send('vote', { voteId: VOTE.voteId, option: 'port' });
    expect(await t2.inbox.next('refused')).toEqual({ type: 'vote', reason: 'not-your-team' });

    trainer.room.send('vote.close', { voteId: VOTE.voteId });
    await trainer.inbox.next('vote.result');
    t1.room.send('vote', { voteId: VOTE.voteId, option: 'port' });
    expect(await t1.inbox.next('refused')).toEqual({ type: 'vote', reason: 'closed' });
    expect(trainer.room.state.vote.voters).toBe(0);
  });

  it('sends the trainer the tally and the majority when a vote closes, or the tie to break', async () => {
    const trainer = await createRoom(server.client);
    const phones = await Promise.all([0, 1, 2].map(() => joinPhone(server.client, trainer.code)));
    const [a, b, c] = phones as [(typeof phones)[number], (typeof phones)[number], (typeof phones)[number]];
    const vote = async (phone: typeof a, voteId: string, option: string) => {
      phone.room.send('vote', { voteId, option });
      expect((await phone.inbox.next('seat')).vote).toBe(option);
    };

    trainer.room.send('vote.open', VOTE);
    await until(() => trainer.room.state.vote.open, 'the first vote open');
    await vote(a, VOTE.voteId, 'gare');
    await vote(b, VOTE.voteId, 'gare');
    await vote(c, VOTE.voteId, 'centre');
    trainer.room.send('vote.close', { voteId: VOTE.voteId });
    expect(await trainer.inbox.next('vote.result')).toEqual({
      voteId: VOTE.voteId,
      counts: { port: 0, gare: 2, centre: 1 },
      choice: 'gare',
      tie: [],
      votes: 3,
    });
    await until(() => !trainer.room.state.vote.open, 'the vote closed');
    expect(counts(trainer.room)).toEqual({ port: 0, gare: 2, centre: 1 });

    trainer.room.send('vote.open', { ...VOTE, voteId: 'city-2' });
    await until(() => trainer.room.state.vote.id === 'city-2', 'the second vote open');
    expect(trainer.room.state.vote.voters).toBe(0);
    await vote(a, 'city-2', 'port');
    await vote(b, 'city-2', 'centre');
    trainer.room.send('vote.close', { voteId: 'city-2' });
    expect(await trainer.inbox.next('vote.result')).toEqual({
      voteId: 'city-2',
      counts: { port: 1, gare: 0, centre: 1 },
      choice: null,
      tie: ['port', 'centre'],
      votes: 2,
    });
  });

  it('drops the vote of a phone the trainer moves out of the teams that vote', async () => {
    const trainer = await createRoom(server.client);
    const phone = await joinPhone(server.client, trainer.code, { team: 't1' });
    trainer.room.send('vote.open', { ...VOTE, teams: ['t1'] });
    await until(() => trainer.room.state.vote.open, 'the vote open');
    phone.room.send('vote', { voteId: VOTE.voteId, option: 'port' });
    await phone.inbox.next('seat');
    trainer.room.send('move', { seat: phone.seat.seat, team: 't2' });
    expect(await phone.inbox.next('seat')).toMatchObject({ team: 't2', vote: null });
    await until(() => trainer.room.state.vote.voters === 0, 'the vote dropped');
    expect(counts(trainer.room).port).toBe(0);
  });
});

describe('self-check', () => {
  it('takes one answer per phone while open and sends the trainer the spread when it closes', async () => {
    const trainer = await createRoom(server.client);
    const a = await joinPhone(server.client, trainer.code);
    const b = await joinPhone(server.client, trainer.code);
    a.room.send('selfCheck', { when: 'before', answers: [1, 2, 3] });
    expect(await a.inbox.next('refused')).toEqual({ type: 'selfCheck', reason: 'closed' });

    trainer.room.send('selfCheck.open', { when: 'before' });
    await until(() => trainer.room.state.selfCheck.open === 'before', 'the self-check open');
    a.room.send('selfCheck', { when: 'before', answers: [1, 1, 1] });
    expect((await a.inbox.next('seat')).selfCheck).toEqual(['before']);
    a.room.send('selfCheck', { when: 'before', answers: [2, 3, 5] });
    await a.inbox.next('seat');
    b.room.send('selfCheck', { when: 'before', answers: [2, 4, 5] });
    await b.inbox.next('seat');
    b.room.send('selfCheck', { when: 'after', answers: [2, 4, 5] });
    expect(await b.inbox.next('refused')).toEqual({ type: 'selfCheck', reason: 'closed' });
    await until(() => trainer.room.state.selfCheck.answered === 2, 'two answers');

    trainer.room.send('selfCheck.close', {});
    expect(await trainer.inbox.next('selfCheck.result')).toEqual({
      when: 'before',
      spread: [
        [0, 2, 0, 0, 0],
        [0, 0, 1, 1, 0],
        [0, 0, 0, 0, 2],
      ],
      answered: 2,
    });
  });
});

describe('coming back', () => {
  it('brings a phone that left back to its seat, its team as the trainer set it, and its vote (the count unchanged)', async () => {
    const trainer = await createRoom(server.client);
    const key = seatKey();
    const first = await joinPhone(server.client, trainer.code, { seatKey: key, name: 'Zoé', team: 't1' });
    await joinPhone(server.client, trainer.code);
    trainer.room.send('move', { seat: first.seat.seat, team: 't2' });
    expect((await first.inbox.next('seat')).team).toBe('t2');
    trainer.room.send('vote.open', VOTE);
    await until(() => trainer.room.state.vote.open, 'the vote open');
    first.room.send('vote', { voteId: VOTE.voteId, option: 'centre' });
    await first.inbox.next('seat');

    await first.room.leave();
    await until(() => trainer.room.state.phones.get(first.seat.seat)?.connected === false, 'the phone shown away');
    expect(trainer.room.state.phones.size).toBe(2);

    const back = await joinPhone(server.client, trainer.code, { seatKey: key, name: 'Zoé B.', team: 't1' });
    expect(back.seat).toEqual({ seat: first.seat.seat, team: 't2', name: 'Zoé B.', vote: 'centre', selfCheck: [] });
    await until(() => trainer.room.state.phones.get(first.seat.seat)?.connected === true, 'the phone back');
    expect(trainer.room.state.phones.size).toBe(2);
    expect(counts(trainer.room)).toEqual({ port: 0, gare: 0, centre: 1 });
    expect(trainer.room.state.vote.voters).toBe(1);
  });

  it('takes a phone whose connection dropped back on its seat, by its reconnection token or by its seat key', async () => {
    const trainer = await createRoom(server.client);
    const key = seatKey();
    const phone = await joinPhone(server.client, trainer.code, { seatKey: key });
    const seat = phone.seat.seat;

    phone.room.leave(false);
    await until(() => trainer.room.state.phones.get(seat)?.connected === false, 'the dropped phone shown away');
    const resumed = await server.client.reconnect<ClassroomState>(phone.room.reconnectionToken);
    expect(resumed.sessionId).toBe(phone.room.sessionId);
    await until(() => trainer.room.state.phones.get(seat)?.connected === true, 'the phone back by its token');

    resumed.leave(false);
    await until(() => trainer.room.state.phones.get(seat)?.connected === false, 'the phone away again');
    const reloaded = await joinPhone(server.client, trainer.code, { seatKey: key });
    expect(reloaded.seat.seat).toBe(seat);
    await until(() => trainer.room.state.phones.get(seat)?.connected === true, 'the phone back by its seat key');
    expect(trainer.room.state.phones.size).toBe(1);
    // The place kept for the dropped connection is given up at once, not after its 30 seconds.
    const room = server.room(trainer.code) as unknown as { reservedSeats: Record<string, unknown> };
    await until(() => Object.keys(room.reservedSeats).length === 0, 'the kept place given up');
    expect(server.room(trainer.code).remembered().sessions).toBe(2);
  });
});

describe('locking and the number of phones', () => {
  it('refuses a new phone while locked, and still lets a known seat key back in', async () => {
    const trainer = await createRoom(server.client);
    const key = seatKey();
    const known = await joinPhone(server.client, trainer.code, { seatKey: key });
    trainer.room.send('lock', { locked: true });
    await until(() => trainer.room.state.locked, 'the room locked');
    await expect(joinPhone(server.client, trainer.code)).rejects.toThrow('locked');
    await known.room.leave();
    expect((await joinPhone(server.client, trainer.code, { seatKey: key })).seat.seat).toBe(known.seat.seat);
    trainer.room.send('lock', { locked: false });
    await until(() => !trainer.room.state.locked, 'the room open again');
    await joinPhone(server.client, trainer.code);
    await until(() => trainer.room.state.phones.size === 2, 'a second phone once open again');
  });

  it(`seats ${MAX_PHONES} phones and refuses one more, but not a known one coming back`, async () => {
    const trainer = await createRoom(server.client);
    const keys = Array.from({ length: MAX_PHONES }, () => seatKey());
    const phones = [];
    for (let i = 0; i < MAX_PHONES; i += 10)
      phones.push(...(await Promise.all(keys.slice(i, i + 10).map((k) => joinPhone(server.client, trainer.code, { seatKey: k })))));
    await until(() => trainer.room.state.phones.size === MAX_PHONES, 'every phone seated');
    await expect(joinPhone(server.client, trainer.code)).rejects.toThrow('full');
    await phones[0]!.room.leave();
    expect((await joinPhone(server.client, trainer.code, { seatKey: keys[0] })).seat.seat).toBe(phones[0]!.seat.seat);
    await Promise.all(phones.slice(1).map((p) => p.room.leave()));
  });
});

describe('closing', () => {
  it('disconnects everyone and forgets every learner once the trainer closes the room', async () => {
    const trainer = await createRoom(server.client);
    const phone = await joinPhone(server.client, trainer.code);
    trainer.room.send('vote.open', VOTE);
    trainer.room.send('selfCheck.open', { when: 'after' });
    await until(() => trainer.room.state.vote.open && trainer.room.state.selfCheck.open === 'after', 'the vote and self-check open');
    phone.room.send('vote', { voteId: VOTE.voteId, option: 'port' });
    await phone.inbox.next('seat');
    phone.room.send('selfCheck', { when: 'after', answers: [4, 4, 5] });
    await phone.inbox.next('seat');

    const room = server.room(trainer.code);
    expect(room.remembered()).toEqual({ seats: 1, sessions: 2, votes: 1, selfChecks: 1 });
    const phoneLeft = new Promise<number>((resolve) => phone.room.onLeave(resolve));
    trainer.room.send('close', {});
    expect(await phoneLeft).toBe(4000);
    await until(() => matchMaker.getLocalRoomById(trainer.code) === undefined, 'the room disposed');
    expect(room.remembered()).toEqual({ seats: 0, sessions: 0, votes: 0, selfChecks: 0 });
    await expect(joinPhone(server.client, trainer.code)).rejects.toThrow(/not found/);
  });

  it('drops a phone sending more than the socket takes', async () => {
    const trainer = await createRoom(server.client);
    const phone = await joinPhone(server.client, trainer.code);
    const left = new Promise<number>((resolve) => phone.room.onLeave(resolve));
    phone.room.send('vote', { voteId: 'x'.repeat(20_000), option: 'port' });
    expect(await left).toBe(1009);
    await until(() => trainer.room.state.phones.get(phone.seat.seat)?.connected === false, 'the phone shown away');
  });
});
