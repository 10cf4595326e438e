/**
 * The save: what the player earned, in a versioned format. A save that cannot be read is
 * never thrown away: it is set aside under another key so nothing earned is lost for good.
 */
// zod's light build: the save is read before the title is drawn, so its checks weigh little.
import * as z from 'zod/mini';
import { COMPETENCE_IDS, type CompetenceId } from './competences';
import { DEFAULT_LANG, LANGS } from './i18n';
import { salvageSave } from './salvage';

export const SAVE_KEY = 'envol.save';
export const SAVE_VERSION = 4;

/**
 * A journey's seed: every shuffle of the journey (dialogue choices, sort items…) follows from
 * it, so the order a level file lists things in never shows, and a journey replays the same.
 */
export const journeySeedSchema = z.int().check(z.minimum(1), z.maximum(0xffff_ffff));

/** Where a new journey's seed comes from: the game draws it from the browser, a test passes a fixed one. */
export type SeedSource = () => number;

/** The game's own seed source: the browser's (or Node's) crypto, Math.random where there is none. */
export function randomSeed(): number {
  const drawn = globalThis.crypto?.getRandomValues?.(new Uint32Array(1))[0] ?? Math.floor(Math.random() * 0x1_0000_0000);
  return drawn || 1;
}

/** Whatever a seed source gave, as a valid seed (a source that returns 0 or a fraction still gives one). */
function seedFrom(draw: SeedSource): number {
  const n = Math.floor(Math.abs(draw())) % 0x1_0000_0000;
  return Number.isFinite(n) && n > 0 ? n : 1;
}

export const competencePoints = z.partialRecord(z.enum(COMPETENCE_IDS as [CompetenceId, ...CompetenceId[]]), z.number().check(z.minimum(0)));
export const flags = z.record(z.string(), z.union([z.boolean(), z.string()]));
const selfCheck = z.array(z.int().check(z.minimum(1), z.maximum(5))).check(z.length(3));

/** A level left unfinished: its machine's persisted state, and the level file it was played from. */
export const savedLevelSchema = z.object({ levelHash: z.string(), snapshot: z.unknown() });
export type SavedLevel = z.infer<typeof savedLevelSchema>;

export const levelRecordSchema = z.object({
  /** 0 only for a record repaired from a damaged save (stars of -1): the level stays done. */
  stars: z.int().check(z.minimum(0), z.maximum(3)),
  points: competencePoints,
  hintTier: z.int().check(z.minimum(0), z.maximum(3)),
  mistakes: z.int().check(z.minimum(0)),
  choices: z.array(z.string()),
  timeMs: z.number().check(z.minimum(0)),
  completedAt: z.string(),
});
export type LevelRecord = z.infer<typeof levelRecordSchema>;

export const progressSchema = z.object({
  levels: z.record(z.string(), levelRecordSchema),
  flags,
  badges: z.array(z.string()),
  selfCheck: z.object({ before: z.optional(selfCheck), after: z.optional(selfCheck) }),
  /** The level the player was in when they left, to offer "Continue". */
  currentLevel: z.nullable(z.string()),
  seed: journeySeedSchema,
  /**
   * What the player did in each level left unfinished (items, clues, the open puzzle…), kept as
   * it happens so a reload or a walk to the city resumes it. Checked against the level only when
   * it is restored; a damaged entry costs that level's progress, never the save.
   */
  inLevel: z.catch(z.optional(z.record(z.string(), savedLevelSchema)), undefined),
});
export type Progress = z.infer<typeof progressSchema>;

export const settingsSchema = z.object({
  lang: z.enum(LANGS),
  muted: z.boolean(),
  textSize: z.enum(['normal', 'large']),
  /** The trainer's timer for timed events; off by default at home. */
  timer: z.boolean(),
  /** Projector mode: type big enough to read from the back of a room, colours that survive a washed-out beam. */
  projector: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const saveSchema = z.object({
  version: z.literal(SAVE_VERSION),
  progress: progressSchema,
  settings: settingsSchema,
});
export type Save = z.infer<typeof saveSchema>;

/** A new journey: nothing earned yet, and its own seed (the store draws it from its seed source). */
export function emptyProgress(seed: number = randomSeed()): Progress {
  return { levels: {}, flags: {}, badges: [], selfCheck: {}, currentLevel: null, seed };
}

export function defaultSettings(): Settings {
  return { lang: DEFAULT_LANG, muted: false, textSize: 'normal', timer: false, projector: false };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Keeps the progress's seed when it is a good one, draws a new one otherwise: a missing or
 * damaged seed only changes the order things are shown in, never a reason to set a save aside.
 */
function withGoodSeed(raw: unknown, draw: SeedSource): unknown {
  if (!isRecord(raw) || !isRecord(raw.progress) || journeySeedSchema.safeParse(raw.progress.seed).success) return raw;
  return { ...raw, progress: { ...raw.progress, seed: seedFrom(draw) } };
}

/** Migrations from each older version to the next; each one writes the version it brings the save to. */
const MIGRATIONS: Record<number, (old: unknown, draw: SeedSource) => unknown> = {
  // Version 2: each journey has its own seed. A journey begun before gains one now, and keeps it.
  1: (old, draw) => (isRecord(old) ? { ...(withGoodSeed(old, draw) as object), version: 2 } : old),
  // Version 3: projector mode. A save from before plays as it did, projector mode off.
  2: (old) => (isRecord(old) ? { ...old, settings: isRecord(old.settings) ? { projector: false, ...old.settings } : old.settings, version: 3 } : old),
  // Version 4: a level's progress is kept as it happens (`progress.inLevel`). A save from before has none to keep.
  3: (old) => (isRecord(old) ? { ...old, version: 4 } : old),
};

export type LoadResult =
  | { status: 'empty'; save: null }
  /** `upgraded`: the save was migrated or repaired in reading; write it back so what was added is kept. */
  | {
      status: 'loaded';
      save: Save;
      upgraded: boolean;
      /** What was repaired in reading (empty when nothing was); the original text is then set aside. */
      repairs: string[];
      /** Top-level fields this version does not know: written back as they came. */
      extra: Record<string, unknown>;
      /** Where the original of a repaired save was set aside; null when storage was too full to. */
      backupKey: string | null;
      /** The original text of a repaired save that could not be set aside, for the player to download. */
      original: string | null;
    }
  | { status: 'set-aside'; save: null; reason: string; backupKey: string | null; original: string | null };

/** The storage the game writes to; localStorage in the browser, a Map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Listing keys (localStorage has both): needed only to find saves set aside. */
  readonly length?: number;
  key?(index: number): string | null;
}

export const SET_ASIDE_PREFIX = `${SAVE_KEY}.unreadable.`;

/** The saves set aside (damaged or repaired), newest first, with the time they were set aside. */
export function setAsideSaves(storage: KeyValueStorage): { key: string; date: string }[] {
  const found: { key: string; date: string }[] = [];
  try {
    const count = storage.length ?? 0;
    for (let i = 0; i < count; i++) {
      const key = storage.key?.(i);
      if (key?.startsWith(SET_ASIDE_PREFIX)) found.push({ key, date: key.slice(SET_ASIDE_PREFIX.length) });
    }
  } catch {
    return [];
  }
  return found.sort((a, b) => b.date.localeCompare(a.date));
}

function readVersion(raw: unknown): number | null {
  if (typeof raw === 'object' && raw !== null && 'version' in raw) {
    const v = (raw as { version: unknown }).version;
    return typeof v === 'number' ? v : null;
  }
  return null;
}

/** Reads a save's text; `draw` gives the seed of a journey saved without one (or with a damaged one). */
export function parseSave(
  text: string,
  draw: SeedSource = randomSeed,
): { ok: true; save: Save; upgraded: boolean; repairs: string[]; extra: Record<string, unknown> } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  let version = readVersion(raw);
  if (version === null) return { ok: false, reason: 'no-version' };
  if (version > SAVE_VERSION) return { ok: false, reason: 'newer' };
  const read = raw;
  while (version < SAVE_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, reason: 'unknown-version' };
    raw = migrate(raw, draw);
    version += 1;
  }
  raw = withGoodSeed(raw, draw);
  // Field by field: each bad value is dropped or clamped alone, the rest is kept.
  const salvaged = salvageSave(raw, SAVE_VERSION, draw);
  if (!salvaged) return { ok: false, reason: 'invalid' };
  return { ok: true, save: salvaged.save, upgraded: raw !== read || salvaged.repairs.length > 0, repairs: salvaged.repairs, extra: salvaged.extra };
}

/**
 * Reads the save. An unreadable one is copied to `envol.save.unreadable.<time>` and removed
 * from the main key, so the game starts clean and the old data can still be recovered.
 */
export function loadSave(storage: KeyValueStorage, now: () => Date = () => new Date(), draw: SeedSource = randomSeed): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(SAVE_KEY);
  } catch {
    return { status: 'empty', save: null };
  }
  if (text === null) return { status: 'empty', save: null };
  const parsed = parseSave(text, draw);
  const backupKey = `${SET_ASIDE_PREFIX}${now().toISOString()}`;
  if (parsed.ok) {
    const loaded = { status: 'loaded', save: parsed.save, upgraded: parsed.upgraded, repairs: parsed.repairs, extra: parsed.extra } as const;
    if (parsed.repairs.length === 0) return { ...loaded, backupKey: null, original: null };
    // Repaired: the original is kept aside first, so what was dropped can still be recovered.
    try {
      storage.setItem(backupKey, text);
      return { ...loaded, backupKey, original: null };
    } catch {
      return { ...loaded, backupKey: null, original: text };
    }
  }
  // A save from a newer version of the game is fine, just not for this one: leave it untouched.
  if (parsed.reason === 'newer') return { status: 'set-aside', save: null, reason: parsed.reason, backupKey: null, original: null };
  try {
    storage.setItem(backupKey, text);
    storage.removeItem(SAVE_KEY);
    return { status: 'set-aside', save: null, reason: parsed.reason, backupKey, original: null };
  } catch {
    // Storage full: leave the old save where it is rather than lose it.
    return { status: 'set-aside', save: null, reason: parsed.reason, backupKey: null, original: text };
  }
}

export type WriteResult = 'saved' | 'unavailable';

export function writeSave(storage: KeyValueStorage, save: Save): WriteResult {
  try {
    storage.setItem(SAVE_KEY, JSON.stringify(save));
    return 'saved';
  } catch {
    return 'unavailable';
  }
}
