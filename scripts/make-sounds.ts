/**
 * Synthesises Envol's sound effects and ambient loop with plain math (no dependency).
 *
 *   npx tsx scripts/make-sounds.ts      (or: npm run sounds)
 *
 * Writes mono 16-bit PCM WAV files at 22 050 Hz into assets/audio/. The output is fully
 * deterministic: noise comes from a seeded PRNG and every value is computed from the sample
 * index, so running the script twice gives byte-identical files (tests/unit/sounds.test.ts
 * checks this through `generateSounds()`, which returns the buffers without touching the disk).
 *
 * The sounds are deliberately soft: this game is for learners, and even the "wrong answer"
 * sound must feel like a gentle "hmm", never like a buzzer.
 */
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/core/random';

export const SAMPLE_RATE = 22_050;

export const SOUND_FILES = ['click', 'success', 'error', 'unlock', 'ambient'] as const;
export type SoundFile = (typeof SOUND_FILES)[number];

// ---------------------------------------------------------------------------------------------
// Small DSP toolkit
// ---------------------------------------------------------------------------------------------

const TAU = Math.PI * 2;

function samples(seconds: number): number {
  return Math.round(seconds * SAMPLE_RATE);
}

function buffer(seconds: number): Float64Array {
  return new Float64Array(samples(seconds));
}

const prng = seededRandom;

/** Raised-cosine ramp from 0 to 1 over `len` samples (value for sample i). */
function ramp(i: number, len: number): number {
  if (len <= 0 || i >= len) return 1;
  if (i <= 0) return 0;
  return 0.5 - 0.5 * Math.cos((Math.PI * i) / len);
}

interface Note {
  /** Start time in seconds. */
  start: number;
  /** Length in seconds (the note is faded out over `release` before this). */
  length: number;
  freq: number;
  amp: number;
  /** [frequency ratio, relative amplitude, extra decay multiplier] for each partial. */
  partials: ReadonlyArray<readonly [number, number, number?]>;
  attack: number;
  /** Exponential decay time constant in seconds (Infinity = sustained). */
  decay: number;
  release: number;
  /** Optional pitch glide: frequency multiplier reached at the end of the note. */
  glideTo?: number;
  /** Optional vibrato depth (fraction of the frequency) and rate in Hz. */
  vibrato?: readonly [number, number];
}

/** Adds a note made of sine partials with attack / exponential decay / release. */
function addNote(out: Float64Array, note: Note): void {
  const first = samples(note.start);
  const len = Math.min(samples(note.length), out.length - first);
  const attack = samples(note.attack);
  const release = samples(note.release);
  const phases = note.partials.map(() => 0);
  for (let i = 0; i < len; i++) {
    const t = i / SAMPLE_RATE;
    const progress = i / len;
    let f = note.freq;
    if (note.glideTo !== undefined) {
      // Smooth glide (ease in/out) across the note.
      const g = 0.5 - 0.5 * Math.cos(Math.PI * progress);
      f *= 1 + (note.glideTo - 1) * g;
    }
    if (note.vibrato) f *= 1 + note.vibrato[0] * Math.sin(TAU * note.vibrato[1] * t);
    const env = ramp(i, attack) * ramp(len - 1 - i, release) * (Number.isFinite(note.decay) ? Math.exp(-t / note.decay) : 1);
    let v = 0;
    note.partials.forEach(([ratio, amp, decayMul = 1], p) => {
      const phase = (phases[p] ?? 0) + (TAU * f * ratio) / SAMPLE_RATE;
      phases[p] = phase % TAU;
      const partialEnv = decayMul === 1 ? 1 : Math.exp((-t * (decayMul - 1)) / note.decay);
      v += amp * partialEnv * Math.sin(phase);
    });
    const k = first + i;
    out[k] = (out[k] ?? 0) + note.amp * env * v;
  }
}

/** Adds a short band-limited noise burst (one-pole low-pass then high-pass), seeded. */
function addNoiseBurst(
  out: Float64Array,
  opts: { start: number; length: number; amp: number; decay: number; lowpass: number; highpass: number; seed: number },
): void {
  const rnd = prng(opts.seed);
  const first = samples(opts.start);
  const len = Math.min(samples(opts.length), out.length - first);
  const aLp = 1 - Math.exp((-TAU * opts.lowpass) / SAMPLE_RATE);
  const aHp = Math.exp((-TAU * opts.highpass) / SAMPLE_RATE);
  let lp = 0;
  let hpPrevIn = 0;
  let hp = 0;
  const attack = samples(0.0008);
  for (let i = 0; i < len; i++) {
    const white = rnd() * 2 - 1;
    lp += aLp * (white - lp);
    hp = aHp * (hp + lp - hpPrevIn);
    hpPrevIn = lp;
    const env = ramp(i, attack) * Math.exp(-i / SAMPLE_RATE / opts.decay) * ramp(len - 1 - i, samples(0.002));
    const k = first + i;
    out[k] = (out[k] ?? 0) + opts.amp * env * hp;
  }
}

/** Short raised-cosine fades at both ends so a sound never starts or stops with a click. */
function fadeEdges(buf: Float64Array, inSeconds: number, outSeconds: number): void {
  const fin = samples(inSeconds);
  const fout = samples(outSeconds);
  for (let i = 0; i < buf.length; i++) {
    buf[i] = (buf[i] ?? 0) * ramp(i, fin) * ramp(buf.length - 1 - i, fout);
  }
}

/** Scales the buffer so its highest absolute sample equals `peak` (0..1). */
function normalize(buf: Float64Array, peak: number): void {
  let max = 0;
  for (const v of buf) max = Math.max(max, Math.abs(v));
  if (max === 0) return;
  const k = peak / max;
  for (let i = 0; i < buf.length; i++) buf[i] = (buf[i] ?? 0) * k;
}

/** Encodes float samples (-1..1) as a mono 16-bit PCM RIFF/WAVE file. */
export function encodeWav(buf: Float64Array, sampleRate = SAMPLE_RATE): Uint8Array {
  const dataBytes = buf.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < buf.length; i++) {
    const v = Math.max(-1, Math.min(1, buf[i] ?? 0));
    view.setInt16(44 + i * 2, Math.round(v * 32767), true);
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// The sounds
// ---------------------------------------------------------------------------------------------

/** Short soft tick (~60 ms): a damped woody "tock" with a breath of filtered noise. */
function makeClick(): Float64Array {
  const out = buffer(0.06);
  addNote(out, {
    start: 0,
    length: 0.06,
    freq: 1250,
    amp: 0.8,
    partials: [
      [1, 1],
      [2.02, 0.25, 1.8],
    ],
    attack: 0.0015,
    decay: 0.011,
    release: 0.01,
  });
  addNoiseBurst(out, { start: 0, length: 0.02, amp: 0.5, decay: 0.004, lowpass: 5000, highpass: 900, seed: 0x0c11c });
  fadeEdges(out, 0.001, 0.01);
  normalize(out, 0.5);
  return out;
}

/** Bright rising arpeggio C5 - E5 - G5 (~0.6 s), bell-like with a soft shimmer. */
function makeSuccess(): Float64Array {
  const out = buffer(0.6);
  const notes = [523.25, 659.26, 783.99];
  notes.forEach((freq, n) => {
    const start = n * 0.1;
    addNote(out, {
      start,
      length: 0.6 - start,
      freq,
      amp: n === 2 ? 1 : 0.8,
      partials: [
        [1, 1],
        [2, 0.35, 1.6],
        [3, 0.12, 2.4],
        [4.01, 0.05, 3],
      ],
      attack: 0.004,
      decay: n === 2 ? 0.22 : 0.14,
      release: 0.06,
    });
  });
  fadeEdges(out, 0.002, 0.05);
  normalize(out, 0.6);
  return out;
}

/**
 * Gentle low two-note "hmm" (~0.35 s): a hummed, slightly descending pair (Bb3 then G3)
 * with round attacks, no harsh partials, rather quiet. Encouraging, not punishing.
 */
function makeError(): Float64Array {
  const out = buffer(0.35);
  const hum = [
    [1, 1],
    [2, 0.18],
    [3, 0.04],
  ] as const;
  addNote(out, {
    start: 0,
    length: 0.16,
    freq: 233.08,
    amp: 0.9,
    partials: hum,
    attack: 0.03,
    decay: Infinity,
    release: 0.06,
  });
  addNote(out, {
    start: 0.13,
    length: 0.22,
    freq: 196.0,
    amp: 0.85,
    partials: hum,
    attack: 0.04,
    decay: 0.3,
    release: 0.1,
    glideTo: 0.985,
    vibrato: [0.004, 5],
  });
  fadeEdges(out, 0.005, 0.03);
  normalize(out, 0.45);
  return out;
}

/** Mechanical latch (two small clicks and a low thunk) followed by a clear chime (~0.5 s). */
function makeUnlock(): Float64Array {
  const out = buffer(0.5);
  // The latch: a small click, then the bolt falling back a moment later.
  addNoiseBurst(out, { start: 0, length: 0.03, amp: 0.9, decay: 0.005, lowpass: 4500, highpass: 600, seed: 0x10c4 });
  addNoiseBurst(out, { start: 0.045, length: 0.035, amp: 1, decay: 0.007, lowpass: 3500, highpass: 400, seed: 0x10c5 });
  addNote(out, {
    start: 0.045,
    length: 0.08,
    freq: 150,
    amp: 0.6,
    partials: [
      [1, 1],
      [2.3, 0.3, 2],
    ],
    attack: 0.001,
    decay: 0.018,
    release: 0.01,
  });
  // The chime: G5 + D6, glassy partials, ringing to the end.
  for (const [freq, amp] of [
    [783.99, 0.55],
    [1174.66, 0.4],
  ] as const) {
    addNote(out, {
      start: 0.1,
      length: 0.4,
      freq,
      amp,
      partials: [
        [1, 1],
        [2, 0.2, 1.8],
        [2.76, 0.12, 2.5],
      ],
      attack: 0.003,
      decay: 0.2,
      release: 0.08,
    });
  }
  fadeEdges(out, 0.0005, 0.04);
  normalize(out, 0.6);
  return out;
}

/**
 * A calm, seamless ~8 s loop of warm pad chords (Fmaj7 - Cmaj7 - Am7 - G6add9).
 *
 * Seamlessness by construction: every oscillator runs a whole number of cycles over the loop
 * and every envelope is periodic with the loop length, computed from the sample index modulo
 * the loop length. Sample N would equal sample 0 exactly, so the loop wraps without a click.
 * Oscillator phases come from a seeded PRNG: aligning them all at 0 would make a tiny
 * coherent "tick" at the loop point, which is exactly what a loop must not have.
 */
function makeAmbient(): Float64Array {
  const seconds = 8;
  const n = samples(seconds);
  const out = new Float64Array(n);
  const chords: ReadonlyArray<readonly number[]> = [
    [87.31, 130.81, 220.0, 329.63], // Fmaj7 (F2 C3 A3 E4)
    [130.81, 196.0, 246.94, 329.63], // Cmaj7 (C3 G3 B3 E4)
    [110.0, 164.81, 196.0, 261.63], // Am7 (A2 E3 G3 C4)
    [98.0, 146.83, 220.0, 246.94], // G6add9 (G2 D3 A3 B3)
  ];
  // Whole cycles per loop for a frequency (rounded: at most 1/16 Hz off, inaudible).
  const cycles = (freq: number) => Math.round(freq * seconds);
  const sinAt = (k: number, i: number, phase = 0) => Math.sin((TAU * ((k * i) % n)) / n + phase);
  const cosAt = (k: number, i: number) => Math.cos((TAU * ((k * i) % n)) / n);
  // Warm pad voice: fundamental plus gentle harmonics, doubled with a slow chorus detune.
  const partials = [
    [1, 1],
    [2, 0.28],
    [3, 0.09],
    [4, 0.03],
  ] as const;
  const rnd = prng(0xe4701);
  // phases[chord][voice][partial] = [main oscillator, detuned oscillator]
  const phases = chords.map((chord) => chord.map(() => partials.map(() => [rnd() * TAU, rnd() * TAU] as const)));
  for (let i = 0; i < n; i++) {
    // Chord weights: smooth periodic bumps centred on each quarter of the loop, normalised.
    const raw = chords.map((_, c) => {
      const b = 0.5 + 0.5 * Math.cos((TAU * ((i - (c * n) / chords.length + n) % n)) / n);
      return b ** 4;
    });
    const total = raw.reduce((a, b) => a + b, 0);
    let v = 0;
    chords.forEach((chord, c) => {
      const w = (raw[c] ?? 0) / total;
      if (w < 1e-6) return;
      chord.forEach((freq, voice) => {
        const k = cycles(freq);
        // Each voice swells slowly at its own phase (one cycle per loop).
        const swell = 0.8 + 0.2 * Math.sin((TAU * i) / n + voice * 1.7 + c * 0.9);
        const bass = voice === 0 ? 0.7 : 1;
        let tone = 0;
        partials.forEach(([ratio, amp], p) => {
          const softened = voice === 0 ? amp * 0.5 : amp;
          const [p1, p2] = phases[c]?.[voice]?.[p] ?? [0, 0];
          // Detuned pair: k and k + 2 cycles per loop (0.25 Hz beating, a slow chorus).
          tone += softened * (sinAt(k * ratio, i, p1) + 0.7 * sinAt((k + 2) * ratio, i, p2));
        });
        v += w * bass * swell * tone;
      });
    });
    // Slow breathing of the whole pad: two cycles per loop.
    const breath = 0.85 + 0.15 * (0.5 - 0.5 * cosAt(2, i));
    out[i] = v * breath;
  }
  normalize(out, 0.3);
  return out;
}

/** Builds every sound file in memory: file name (without extension) to WAV bytes. */
export function generateSounds(): Record<SoundFile, Uint8Array> {
  return {
    click: encodeWav(makeClick()),
    success: encodeWav(makeSuccess()),
    error: encodeWav(makeError()),
    unlock: encodeWav(makeUnlock()),
    ambient: encodeWav(makeAmbient()),
  };
}

export function main(outDir = join(import.meta.dirname, '..', 'assets', 'audio')): void {
  mkdirSync(outDir, { recursive: true });
  const sounds = generateSounds();
  let total = 0;
  for (const name of SOUND_FILES) {
    const bytes = sounds[name];
    writeFileSync(join(outDir, `${name}.wav`), bytes);
    total += bytes.length;
    console.log(`${name}.wav`.padEnd(14), `${(bytes.length / 1024).toFixed(1).padStart(6)} KB`);
  }
  console.log('total'.padEnd(14), `${(total / 1024).toFixed(1).padStart(6)} KB`, '->', outDir);
}

function runDirectly(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(resolve(entry)) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (runDirectly()) main();
