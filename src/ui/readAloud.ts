/**
 * Reading aloud: a button beside each text the player must read, which has the device's own
 * voice read it in the game's language. Many players read with difficulty; hearing the goal,
 * a clue or a hint lets them play on without asking for help.
 *
 * The browser's speech synthesis sits behind a small port, so the rules (which voice, which
 * text, one reading at a time, no button without a voice) are tested with a fake one.
 */
import type { Lang, Translator } from '../core/i18n';
import { h } from './dom';
import './readAloud.css';

/** A voice, as the browser describes it (a SpeechSynthesisVoice fits). */
export interface Voice {
  name: string;
  lang: string;
  default?: boolean;
  localService?: boolean;
}

/** One piece of text to say, with the voice and language to say it in. */
export interface Utterance {
  text: string;
  lang: string;
  voice: Voice;
  rate: number;
  /** Called once, when the piece has been said, has failed, or was cut short. */
  onDone: () => void;
}

/** What the game needs from the device's speech synthesis. */
export interface SpeechPort {
  voices(): readonly Voice[];
  speak(utterance: Utterance): void;
  cancel(): void;
  /** Voices load after the page, and change when the player installs one: the buttons follow. */
  onVoicesChanged(listener: () => void): void;
}

/** The regional voices to look for first, in order; any other voice of the language comes after. */
const PREFERRED: Record<Lang, readonly string[]> = { fr: ['fr-FR', 'fr-BE'], en: ['en-GB', 'en-US'] };
/** A little slower than the voices' usual pace: the players follow the words on the screen. */
const RATE = 0.9;

/** `fr_FR` (some Android voices) → `fr-FR`. */
const tag = (lang: string) => lang.replace(/_/g, '-');
const speaksLang = (voice: Voice, lang: Lang) => new RegExp(`^${lang}(-|$)`, 'i').test(tag(voice.lang));

/** The voice to read `lang` with: a preferred region first, the device's default and local voices before others. */
export function voiceFor(voices: readonly Voice[], lang: Lang): Voice | null {
  const rank = (v: Voice) => {
    const region = PREFERRED[lang].findIndex((p) => p.toLowerCase() === tag(v.lang).toLowerCase());
    return (region < 0 ? PREFERRED[lang].length : region) * 4 + (v.default ? 0 : 2) + (v.localService === false ? 1 : 0);
  };
  const fitting = voices.filter((v) => speaksLang(v, lang));
  return fitting.reduce<Voice | null>((best, v) => (best === null || rank(v) < rank(best) ? v : best), null);
}

/**
 * The text cut at its sentences: some engines stop a long utterance after about fifteen
 * seconds, and short pieces let a reading stop at once.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export interface ReadAloud {
  /** True when the device has a voice for `lang`: without one, no button is shown. */
  canRead(lang: Lang): boolean;
  /** True while the text `text` under `key` is being read. */
  isReading(key: string, text: string): boolean;
  /** Reads `text`, or stops it if it is the one being read; any other reading stops first. */
  toggle(key: string, text: string, lang: Lang): void;
  stop(): void;
  /** Called when the voices or the reading change: the screen is drawn again. */
  subscribe(listener: () => void): () => void;
  /** A button for `key` and `text` is on the screen being drawn. */
  shown(key: string, text: string): void;
  /** The screen is drawn: a reading whose text left the screen stops (the player moved on). */
  settle(): void;
}

export function createReadAloud(port: SpeechPort | null): ReadAloud {
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  let reading: { key: string; text: string } | null = null;
  let onScreen = new Set<string>();
  const id = (key: string, text: string) => `${key}\u0000${text}`;

  port?.onVoicesChanged(changed);

  const stop = () => {
    if (!reading) return;
    reading = null;
    port?.cancel();
    changed();
  };

  return {
    canRead: (lang) => port !== null && voiceFor(port.voices(), lang) !== null,
    isReading: (key, text) => reading?.key === key && reading.text === text,
    toggle(key, text, lang) {
      const again = reading?.key === key && reading.text === text;
      stop();
      const voice = port ? voiceFor(port.voices(), lang) : null;
      if (again || !port || !voice) return;
      const current = { key, text };
      reading = current;
      const parts = sentences(text);
      let left = parts.length;
      // A cut-short reading reports its end later: only the reading of the moment may end itself.
      const onDone = () => {
        left -= 1;
        if (left === 0 && reading === current) {
          reading = null;
          changed();
        }
      };
      const utteranceLang = /-/.test(tag(voice.lang)) ? tag(voice.lang) : PREFERRED[lang][0]!;
      for (const part of parts) port.speak({ text: part, lang: utteranceLang, voice, rate: RATE, onDone });
      changed();
    },
    stop,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    shown: (key, text) => void onScreen.add(id(key, text)),
    settle() {
      const gone = reading !== null && !onScreen.has(id(reading.key, reading.text));
      onScreen = new Set();
      if (gone) stop();
    },
  };
}

/** The browser's speech synthesis, or null where there is none. */
export function browserSpeech(win: typeof window = window): SpeechPort | null {
  const synth = win.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth || typeof win.SpeechSynthesisUtterance !== 'function') return null;
  // Chromium forgets the end of an utterance nothing holds on to: keep each until it ends.
  const speaking = new Set<SpeechSynthesisUtterance>();
  return {
    voices: () => synth.getVoices(),
    speak({ text, lang, voice, rate, onDone }) {
      const u = new win.SpeechSynthesisUtterance(text);
      u.lang = lang;
      u.voice = synth.getVoices().find((v) => v.name === voice.name && v.lang === voice.lang) ?? null;
      u.rate = rate;
      let done = false;
      const end = () => {
        if (done) return;
        done = true;
        speaking.delete(u);
        onDone();
      };
      u.addEventListener('end', end);
      u.addEventListener('error', end);
      speaking.add(u);
      synth.speak(u);
    },
    cancel: () => synth.cancel(),
    onVoicesChanged: (listener) => synth.addEventListener('voiceschanged', listener),
  };
}

let current: ReadAloud = createReadAloud(null);

/** The reader the buttons use; the app installs the browser's at start. */
export function installReadAloud(reader: ReadAloud): ReadAloud {
  current = reader;
  return reader;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tagName: string, attrs: Record<string, string>, ...children: SVGElement[]): SVGElement {
  const el = document.createElementNS(SVG, tagName);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** A loudspeaker, or a square while reading (pressing again stops). Drawn, so no emoji font is needed. */
function icon(reading: boolean): SVGElement {
  const shape = reading
    ? [svg('rect', { x: '6', y: '6', width: '12', height: '12', rx: '2', fill: 'currentColor' })]
    : [
        svg('path', { d: 'M3 9h4l5-4v14l-5-4H3z', fill: 'currentColor' }),
        svg('path', {
          d: 'M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13',
          fill: 'none',
          stroke: 'currentColor',
          'stroke-width': '2',
          'stroke-linecap': 'round',
        }),
      ];
  return svg('svg', { class: 'read-aloud-icon', viewBox: '0 0 24 24', width: '22', height: '22', 'aria-hidden': 'true', focusable: 'false' }, ...shape);
}

export interface ReadAloudWords {
  t: Translator;
  lang: Lang;
}

/**
 * The "Read aloud" button for `text`, named after `what` ("Lire à voix haute : ta mission");
 * null when the device has no voice for the game's language. `key` tells readings apart and
 * keeps the focus on the button across re-renders.
 */
export function readAloudButton(words: ReadAloudWords, what: string, text: string, key: string, reader: ReadAloud = current): HTMLButtonElement | null {
  if (!text.trim() || !reader.canRead(words.lang)) return null;
  reader.shown(key, text);
  const reading = reader.isReading(key, text);
  return h(
    'button',
    {
      class: `read-aloud${reading ? ' reading' : ''}`,
      key: `read-${key}`,
      attrs: { type: 'button', 'aria-label': words.t('read.label', { what }), 'aria-pressed': String(reading) },
      on: { click: () => reader.toggle(key, text, words.lang) },
    },
    icon(reading),
    h('span', { class: 'read-aloud-word' }, words.t('read.button')),
  );
}

/** A text with its read-aloud button beside it (the text alone when there is no voice). */
export function readable(words: ReadAloudWords, what: string, text: string, key: string, content: HTMLElement): HTMLElement {
  const b = readAloudButton(words, what, text, key);
  return b ? h('div', { class: 'readable' }, content, b) : content;
}
