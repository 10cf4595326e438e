import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSounds, SOUND_FILES, type SoundFile } from '../../scripts/make-sounds';

const audioDir = join(import.meta.dirname, '..', '..', 'assets', 'audio');

/** Expected duration range in seconds for each file. */
const DURATIONS: Record<SoundFile, readonly [number, number]> = {
  click: [0.04, 0.09],
  success: [0.5, 0.75],
  error: [0.28, 0.45],
  unlock: [0.4, 0.65],
  ambient: [7.5, 8.5],
};

interface Wav {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  format: number;
  samples: Int16Array;
}

function parseWav(bytes: Uint8Array): Wav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  expect(text(0)).toBe('RIFF');
  expect(view.getUint32(4, true)).toBe(bytes.length - 8);
  expect(text(8)).toBe('WAVE');
  let fmt: Omit<Wav, 'samples'> | null = null;
  let samples: Int16Array | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = text(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      fmt = {
        format: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      expect(body + size).toBeLessThanOrEqual(bytes.length);
      samples = new Int16Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(body + i * 2, true);
    }
    offset = body + size + (size % 2);
  }
  if (!fmt || !samples) throw new Error('WAV file without fmt or data chunk');
  return { ...fmt, samples };
}

const onDisk = Object.fromEntries(SOUND_FILES.map((name) => [name, new Uint8Array(readFileSync(join(audioDir, `${name}.wav`)))])) as Record<
  SoundFile,
  Uint8Array
>;

function at(samples: Int16Array, i: number): number {
  const v = samples[i];
  if (v === undefined) throw new Error(`sample ${i} out of range`);
  return v;
}

describe('synthesised sounds (assets/audio)', () => {
  describe.each(SOUND_FILES)('%s.wav', (name) => {
    const wav = parseWav(onDisk[name]);

    it('is mono 16-bit PCM at 22 050 Hz', () => {
      expect(wav.format).toBe(1);
      expect(wav.sampleRate).toBe(22_050);
      expect(wav.channels).toBe(1);
      expect(wav.bitsPerSample).toBe(16);
    });

    it('lasts as long as intended', () => {
      const seconds = wav.samples.length / wav.sampleRate;
      const [min, max] = DURATIONS[name];
      expect(seconds).toBeGreaterThanOrEqual(min);
      expect(seconds).toBeLessThanOrEqual(max);
    });

    it('does not clip', () => {
      let run = 0;
      let longestRun = 0;
      let clipped = 0;
      for (const v of wav.samples) {
        if (Math.abs(v) >= 32_700) {
          clipped++;
          run++;
          longestRun = Math.max(longestRun, run);
        } else {
          run = 0;
        }
      }
      expect(longestRun).toBeLessThanOrEqual(2);
      expect(clipped / wav.samples.length).toBeLessThan(0.001);
    });

    it('is not silent', () => {
      let peak = 0;
      for (const v of wav.samples) peak = Math.max(peak, Math.abs(v));
      expect(peak).toBeGreaterThan(3_000);
    });
  });

  it.each(SOUND_FILES.filter((name) => name !== 'ambient'))('%s.wav starts and ends near silence (fades)', (name) => {
    const { samples } = parseWav(onDisk[name]);
    expect(Math.abs(at(samples, 0))).toBeLessThan(330);
    expect(Math.abs(at(samples, samples.length - 1))).toBeLessThan(330);
  });

  it('ambient.wav loops seamlessly and stays quiet', () => {
    const { samples } = parseWav(onDisk.ambient);
    const n = samples.length;
    // The wrap from the last sample back to the first is no bigger than an ordinary step.
    let largestStep = 0;
    for (let i = 1; i < n; i++) largestStep = Math.max(largestStep, Math.abs(at(samples, i) - at(samples, i - 1)));
    const wrapStep = Math.abs(at(samples, 0) - at(samples, n - 1));
    expect(wrapStep).toBeLessThan(1_000); // about 3% of full scale
    expect(wrapStep).toBeLessThanOrEqual(largestStep);
    // Its curvature across the wrap is ordinary too (no kink).
    const wrapCurve = Math.abs(at(samples, 1) - 2 * at(samples, 0) + at(samples, n - 1));
    let largestCurve = 0;
    for (let i = 1; i < n - 1; i++) {
      largestCurve = Math.max(largestCurve, Math.abs(at(samples, i + 1) - 2 * at(samples, i) + at(samples, i - 1)));
    }
    expect(wrapCurve).toBeLessThanOrEqual(largestCurve);
    // Low level: peak under -8 dBFS.
    let peak = 0;
    for (const v of samples) peak = Math.max(peak, Math.abs(v));
    expect(peak).toBeLessThan(32_767 * 0.4);
  });

  it('stays small (under ~450 KB in total)', () => {
    const total = SOUND_FILES.reduce((sum, name) => sum + onDisk[name].length, 0);
    expect(total).toBeLessThan(450 * 1024);
  });

  it('is deterministic and the files on disk are up to date', () => {
    const first = generateSounds();
    const second = generateSounds();
    for (const name of SOUND_FILES) {
      expect(Buffer.from(first[name]).equals(Buffer.from(second[name])), `${name}: two runs differ`).toBe(true);
      expect(Buffer.from(first[name]).equals(Buffer.from(onDisk[name])), `${name}.wav is stale: run npm run sounds`).toBe(true);
    }
  }, 30_000); // synthesising the 8 s ambient loop twice takes a few seconds on slow machines
});
