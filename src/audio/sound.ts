/**
 * Sound board: a thin layer over howler for Envol's few sound effects and its ambient loop.
 *
 * Browsers only allow audio after a user gesture, so the board is lazy: it creates no Howl
 * (hence no AudioContext) until the UI calls `unlockByGesture()` from its first
 * pointerdown / keydown handler. Audio is a bonus, never a requirement: every call into
 * howler is guarded, and when audio is unavailable the board quietly does nothing.
 */
import { Howl, Howler } from 'howler';

export type SoundName = 'click' | 'success' | 'error' | 'unlock';
export type SoundUrls = Record<SoundName | 'ambient', string>;

const SOUND_NAMES: readonly SoundName[] = ['click', 'success', 'error', 'unlock'];

/** Volume of the ambient loop (the file itself is already quiet). */
const AMBIENT_VOLUME = 0.25;
const AMBIENT_FADE_IN_MS = 2000;
const AMBIENT_RESUME_FADE_MS = 600;

const EFFECT_VOLUME: Record<SoundName, number> = {
  click: 0.6,
  success: 0.8,
  error: 0.7,
  unlock: 0.8,
};

export interface SoundBoardOptions {
  urls: SoundUrls;
}

export class SoundBoard {
  private readonly urls: SoundUrls;
  private effects: Partial<Record<SoundName, Howl>> = {};
  private ambient: Howl | null = null;
  private ambientId: number | null = null;
  private muted = false;
  private gestureReceived = false;
  /** True once the Howls exist and howler reports usable audio. */
  private available = false;

  constructor(options: SoundBoardOptions) {
    this.urls = { ...options.urls };
  }

  /** True once `unlockByGesture()` has run (whether or not audio turned out to be available). */
  get started(): boolean {
    return this.gestureReceived;
  }

  /** Whether sound is muted (can be set before the gesture; applied when audio starts). */
  get isMuted(): boolean {
    return this.muted;
  }

  /**
   * To be called by the UI on the first pointerdown / keydown. Creates the Howls (Web Audio,
   * not HTML5 audio elements) and starts the ambient loop unless muted. Idempotent.
   */
  unlockByGesture(): void {
    if (this.gestureReceived) return;
    this.gestureReceived = true;
    try {
      for (const name of SOUND_NAMES) {
        this.effects[name] = new Howl({
          src: [this.urls[name]],
          format: ['wav'],
          html5: false,
          preload: true,
          volume: EFFECT_VOLUME[name],
        });
      }
      const ambient = new Howl({
        src: [this.urls.ambient],
        format: ['wav'],
        html5: false,
        preload: true,
        loop: true,
        volume: AMBIENT_VOLUME,
        // Some browsers refuse to play until their own notion of a gesture: retry on unlock.
        onplayerror: () => {
          ambient.once('unlock', () => {
            if (!this.muted && this.ambientId !== null) this.safely(() => ambient.play(this.ambientId ?? undefined));
          });
        },
      });
      this.ambient = ambient;
      if (Howler.noAudio) {
        this.disable();
        return;
      }
      Howler.mute(this.muted);
      this.resumeContext();
      this.available = true;
      if (!this.muted) this.startAmbient();
    } catch {
      this.disable();
    }
  }

  /** Plays a short effect. No-op before the gesture, when muted, or without audio. */
  play(name: SoundName): void {
    if (!this.available || this.muted) return;
    const howl = this.effects[name];
    if (!howl) return;
    this.safely(() => {
      this.resumeContext();
      howl.play();
    });
  }

  /** Mutes or unmutes everything; pauses the ambient loop while muted and resumes it after. */
  setMuted(muted: boolean): void {
    this.muted = muted;
    if (!this.available) return;
    this.safely(() => {
      Howler.mute(muted);
      if (muted) this.ambient?.pause();
      else this.startAmbient();
    });
  }

  private startAmbient(): void {
    const ambient = this.ambient;
    if (!ambient) return;
    this.safely(() => {
      if (this.ambientId === null) {
        const id = ambient.play();
        this.ambientId = id;
        ambient.fade(0, AMBIENT_VOLUME, AMBIENT_FADE_IN_MS, id);
      } else if (!ambient.playing(this.ambientId)) {
        const id = this.ambientId;
        ambient.play(id);
        ambient.fade(0, AMBIENT_VOLUME, AMBIENT_RESUME_FADE_MS, id);
      }
    });
  }

  /** Browsers may create the context suspended; a gesture handler is the place to resume it. */
  private resumeContext(): void {
    const ctx: AudioContext | null | undefined = Howler.ctx;
    if (ctx && ctx.state === 'suspended') {
      ctx.resume().catch(() => undefined);
    }
  }

  /** Gives up on audio for this session: the game goes on in silence. */
  private disable(): void {
    this.available = false;
    const howls = [...Object.values(this.effects), this.ambient];
    this.effects = {};
    this.ambient = null;
    this.ambientId = null;
    for (const howl of howls) {
      if (howl) this.safely(() => howl.unload());
    }
  }

  private safely(action: () => unknown): void {
    try {
      action();
    } catch {
      // Audio must never break the game.
    }
  }
}
