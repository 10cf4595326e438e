/**
 * Reading aloud, with a fake speech synthesis in place of the browser's: which voice reads,
 * what it says, that one reading stops another, and that no button is offered without a voice.
 */
import { describe, expect, it } from 'vitest';
import { makeTranslator } from '../../src/core/i18n';
import { createReadAloud, readAloudButton, sentences, voiceFor, type SpeechPort, type Utterance, type Voice } from '../../src/ui/readAloud';

/** A speech synthesis that records what it is asked to say, and ends a piece when told. */
function fakeSynthesis(voices: Voice[]) {
  const said: Utterance[] = [];
  let cancels = 0;
  let voicesChanged: (() => void) | null = null;
  const port: SpeechPort = {
    voices: () => voices,
    speak: (u) => void said.push(u),
    cancel: () => void cancels++,
    onVoicesChanged: (listener) => void (voicesChanged = listener),
  };
  return {
    port,
    said,
    cancels: () => cancels,
    /** The device finishes loading its voices. */
    load(more: Voice[]) {
      voices.push(...more);
      voicesChanged?.();
    },
  };
}

const AMELIE = { name: 'Amélie', lang: 'fr-CA' };
const THOMAS = { name: 'Thomas', lang: 'fr-FR' };
const DANIEL = { name: 'Daniel', lang: 'en-GB' };
const words = (lang: 'fr' | 'en') => ({ lang, t: makeTranslator({ fr: {}, en: {} }, lang) });

describe('the voice that reads', () => {
  it('speaks the language of the game, France or Belgium first for French, Britain or the US for English', () => {
    expect(voiceFor([AMELIE, THOMAS, DANIEL], 'fr')).toBe(THOMAS);
    expect(voiceFor([AMELIE, DANIEL], 'fr')).toBe(AMELIE);
    expect(voiceFor([{ name: 'Android', lang: 'fr_BE' }], 'fr')?.name).toBe('Android');
    expect(voiceFor([{ name: 'US', lang: 'en-US' }, DANIEL], 'en')).toBe(DANIEL);
    expect(voiceFor([DANIEL], 'fr')).toBeNull();
    // "fr" is a language, not the first letters of another one.
    expect(voiceFor([{ name: 'Frisian', lang: 'fry-NL' }], 'fr')).toBeNull();
  });

  it('cuts a text at its sentences, French spaces before ! and ? kept', () => {
    expect(sentences('Salut\u202f! Ici, on garde des fiches. Tu viens\u202f?\nOui…  Bien.')).toEqual([
      'Salut\u202f!',
      'Ici, on garde des fiches.',
      'Tu viens\u202f?',
      'Oui…',
      'Bien.',
    ]);
  });
});

describe('reading aloud', () => {
  it('speaks the text, in French with a French voice', () => {
    const synth = fakeSynthesis([DANIEL, THOMAS]);
    const reader = createReadAloud(synth.port);
    reader.toggle('goal', "Ouvre l'armoire fermée. Elle cache la boîte à idées.", 'fr');
    expect(synth.said.map((u) => [u.text, u.lang, u.voice.name])).toEqual([
      ["Ouvre l'armoire fermée.", 'fr-FR', 'Thomas'],
      ['Elle cache la boîte à idées.', 'fr-FR', 'Thomas'],
    ]);
    expect(reader.isReading('goal', "Ouvre l'armoire fermée. Elle cache la boîte à idées.")).toBe(true);
  });

  it('speaks English in an English game', () => {
    const synth = fakeSynthesis([THOMAS, DANIEL]);
    createReadAloud(synth.port).toggle('goal', 'Open the locked cabinet.', 'en');
    expect(synth.said.map((u) => [u.text, u.lang, u.voice.name])).toEqual([['Open the locked cabinet.', 'en-GB', 'Daniel']]);
  });

  it('stops when pressed again, and says nothing more', () => {
    const synth = fakeSynthesis([THOMAS]);
    const reader = createReadAloud(synth.port);
    reader.toggle('goal', 'Ouvre l’armoire.', 'fr');
    reader.toggle('goal', 'Ouvre l’armoire.', 'fr');
    expect(synth.cancels()).toBe(1);
    expect(synth.said).toHaveLength(1);
    expect(reader.isReading('goal', 'Ouvre l’armoire.')).toBe(false);
  });

  it('another button stops the first reading and reads its own text', () => {
    const synth = fakeSynthesis([THOMAS]);
    const reader = createReadAloud(synth.port);
    reader.toggle('goal', 'Le but.', 'fr');
    const first = synth.said[0]!;
    reader.toggle('hint-0', 'Un indice.', 'fr');
    expect(synth.cancels()).toBe(1);
    expect(synth.said.map((u) => u.text)).toEqual(['Le but.', 'Un indice.']);
    // The first reading reports its end late (cancelled): the second one goes on.
    first.onDone();
    expect(reader.isReading('hint-0', 'Un indice.')).toBe(true);
    synth.said[1]!.onDone();
    expect(reader.isReading('hint-0', 'Un indice.')).toBe(false);
  });

  it('ends when the last sentence is said, and tells the screen', () => {
    const synth = fakeSynthesis([THOMAS]);
    const reader = createReadAloud(synth.port);
    let redraws = 0;
    reader.subscribe(() => redraws++);
    reader.toggle('story', 'Une phrase. Une autre.', 'fr');
    synth.said[0]!.onDone();
    expect(reader.isReading('story', 'Une phrase. Une autre.')).toBe(true);
    synth.said[1]!.onDone();
    expect(reader.isReading('story', 'Une phrase. Une autre.')).toBe(false);
    expect(redraws).toBe(2);
  });

  it('stops when its text leaves the screen (the next line of the intro, another step)', () => {
    const synth = fakeSynthesis([THOMAS]);
    const reader = createReadAloud(synth.port);
    reader.toggle('intro-0', 'Salut.', 'fr');
    reader.shown('intro-0', 'Salut.');
    reader.settle();
    expect(reader.isReading('intro-0', 'Salut.')).toBe(true);
    reader.shown('intro-1', 'Bienvenue.');
    reader.settle();
    expect(reader.isReading('intro-0', 'Salut.')).toBe(false);
    expect(synth.cancels()).toBe(1);
  });
});

describe('the read-aloud button', () => {
  it('is not there when the device has no voice for the game’s language, and comes when one loads', () => {
    const synth = fakeSynthesis([DANIEL]);
    const reader = createReadAloud(synth.port);
    let redraws = 0;
    reader.subscribe(() => redraws++);
    expect(reader.canRead('fr')).toBe(false);
    expect(readAloudButton(words('fr'), 'ta mission', 'Ouvre l’armoire.', 'goal', reader)).toBeNull();
    expect(reader.canRead('en')).toBe(true);
    synth.load([THOMAS]);
    expect(redraws).toBe(1);
    expect(reader.canRead('fr')).toBe(true);
  });

  it('is not there without speech synthesis at all, and pressing nothing says nothing', () => {
    const reader = createReadAloud(null);
    expect(reader.canRead('fr')).toBe(false);
    expect(readAloudButton(words('fr'), 'ta mission', 'Ouvre l’armoire.', 'goal', reader)).toBeNull();
    reader.toggle('goal', 'Ouvre l’armoire.', 'fr');
    expect(reader.isReading('goal', 'Ouvre l’armoire.')).toBe(false);
  });
});
