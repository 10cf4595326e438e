/**
 * The live classroom's shared rules: room codes without look-alikes, messages checked by shape
 * and size, one count per phone, the majority (a tie is the trainer's), and the choice each kind
 * puts to the vote (played only if it is on offer).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyActorRef } from 'xstate';
import {
  CODE_ALPHABET,
  majority,
  normaliseCode,
  phoneJoinSchema,
  phoneMessages,
  randomCode,
  tally,
  trainerMessages,
  checkMessage,
} from '../../src/core/live/protocol';
import { loadCatalogue } from '../../src/core/level/catalogue';
import { levelMachine, type LevelActor } from '../../src/core/machines/level';
import type { PuzzleActorRef } from '../../src/core/puzzle';
import { puzzleKind } from '../../src/puzzles';

const LEVELS = fileURLToPath(new URL('../../levels/', import.meta.url));
const CATALOGUE = await loadCatalogue(async (path) => readFileSync(LEVELS + path, 'utf8'));

describe('room codes', () => {
  it('use no look-alike characters, and a typed code is read generously', () => {
    for (const c of '0O1IL2Z5S6G8BUVQ') expect(CODE_ALPHABET).not.toContain(c);
    let i = 0;
    const sequence = [0, 0.5, 0.99, 0.25, 0.75];
    const code = randomCode(() => sequence[i++ % sequence.length]!);
    expect(code).toHaveLength(5);
    expect(normaliseCode(code)).toBe(code);
    expect(normaliseCode(' ac-d e3 ')).toBe('ACDE3');
    expect(normaliseCode('ACD0E')).toBeNull();
    expect(normaliseCode('ACDEFH')).toBeNull();
  });
});

describe('messages', () => {
  it('takes a well-formed join and refuses anything else', () => {
    expect(checkMessage(phoneJoinSchema, { role: 'phone', seatKey: 'a'.repeat(22), name: '  Zoé ', team: 't1' })).toEqual({
      role: 'phone',
      seatKey: 'a'.repeat(22),
      name: 'Zoé',
      team: 't1',
    });
    expect(checkMessage(phoneJoinSchema, { role: 'phone', seatKey: 'a'.repeat(22), name: 'x'.repeat(21) })).toBeNull();
    expect(checkMessage(phoneJoinSchema, { role: 'phone', seatKey: 'short' })).toBeNull();
    expect(checkMessage(phoneJoinSchema, { role: 'phone', seatKey: 'a'.repeat(22), extra: 1 })).toBeNull();
    expect(checkMessage(phoneMessages.profile, { name: '<b>\u0007Max</b>', team: 't2' })).toEqual({ name: '<b>Max</b>', team: 't2' });
    expect(checkMessage(phoneMessages.vote, { voteId: 'v1', option: 'a'.repeat(81) })).toBeNull();
    expect(
      checkMessage(trainerMessages['vote.open'], { voteId: 'v1', question: { fr: 'Q', en: 'Q' }, options: [{ id: 'a', text: { fr: 'A', en: 'A' } }] }),
    ).toBeNull();
    expect(checkMessage(phoneMessages.selfCheck, { when: 'before', answers: [1, 6, 3] })).toBeNull();
  });
});

describe('counting a vote', () => {
  const options = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('counts one vote per phone for known options only, and names the majority', () => {
    const counts = tally(['a', 'b', 'a', 'zzz'], options);
    expect(counts).toEqual({ a: 2, b: 1, c: 0 });
    expect(majority(counts, options)).toEqual({ choice: 'a', tie: [], votes: 3 });
  });
  it('leaves a tie, or no vote at all, to the trainer', () => {
    expect(majority(tally(['a', 'b'], options), options)).toEqual({ choice: null, tie: ['a', 'b'], votes: 2 });
    expect(majority(tally([], options), options)).toEqual({ choice: null, tie: ['a', 'b', 'c'], votes: 0 });
  });
});

describe('the choice a puzzle puts to the vote', () => {
  function openPuzzle(levelId: string): PuzzleActorRef {
    const level = CATALOGUE.levels.find((l) => l.id === levelId)!;
    const actor = createActor(levelMachine, { input: { level, flags: {}, seed: 5 } }) as LevelActor;
    actor.start();
    actor.send({ type: 'intro.skip' });
    return actor.getSnapshot().context.puzzleRef!;
  }

  it('is the dialogue node on screen, and playing a choice moves the conversation on', () => {
    const ref = openPuzzle('market');
    const choice = puzzleKind('dialogue')!.openChoice(ref)!;
    expect(choice.question.fr).toContain('Une interview');
    expect(choice.options.map((o) => o.id).sort()).toEqual(['leading-love', 'open-trip']);
    choice.play('not-on-offer');
    expect((ref as AnyActorRef).getSnapshot().context.node).toBe(choice.key.split(':')[1]);
    choice.play('open-trip');
    expect((ref as AnyActorRef).getSnapshot().context.node).toBe('trip');
    // Another kind's descriptor does not answer for it.
    expect(puzzleKind('quiz')!.openChoice(ref)).toBeNull();
  });

  it('is a surprise and its responses in timed events', () => {
    const ref = openPuzzle('street');
    const choice = puzzleKind('timed-events')!.openChoice(ref)!;
    expect(choice.options.length).toBeGreaterThan(1);
    choice.play(choice.options[0]!.id);
    expect((ref as AnyActorRef).getSnapshot().context.phase).toBe('outcome');
    expect(puzzleKind('timed-events')!.openChoice(ref)).toBeNull();
  });
});
