/**
 * The save: what the player earned, in a versioned format. A save that cannot be read is
 * never thrown away: it is set aside under another key so nothing earned is lost for good.
 */
import { z } from 'zod';
import { COMPETENCE_IDS, type CompetenceId } from './competences';
import { DEFAULT_LANG, LANGS } from './i18n';

export const SAVE_KEY = 'envol.save';
export const SAVE_VERSION = 1;

const competencePoints = z.partialRecord(z.enum(COMPETENCE_IDS as [CompetenceId, ...CompetenceId[]]), z.number().min(0));
const flags = z.record(z.string(), z.union([z.boolean(), z.string()]));
const selfCheck = z.array(z.number().int().min(1).max(5)).length(3);

export const levelRecordSchema = z.object({
  stars: z.number().int().min(1).max(3),
  points: competencePoints,
  hintTier: z.number().int().min(0).max(3),
  mistakes: z.number().int().min(0),
  choices: z.array(z.string()),
  timeMs: z.number().min(0),
  completedAt: z.string(),
});
export type LevelRecord = z.infer<typeof levelRecordSchema>;

export const progressSchema = z.object({
  levels: z.record(z.string(), levelRecordSchema),
  flags,
  badges: z.array(z.string()),
  selfCheck: z.object({ before: selfCheck.optional(), after: selfCheck.optional() }),
  /** The level the player was in when they left, to offer "Continue". */
  currentLevel: z.string().nullable(),
});
export type Progress = z.infer<typeof progressSchema>;

export const settingsSchema = z.object({
  lang: z.enum(LANGS),
  muted: z.boolean(),
  textSize: z.enum(['normal', 'large']),
  /** The trainer's timer for timed events; off by default at home. */
  timer: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const saveSchema = z.object({
  version: z.literal(SAVE_VERSION),
  progress: progressSchema,
  settings: settingsSchema,
});
export type Save = z.infer<typeof saveSchema>;

export function emptyProgress(): Progress {
  return { levels: {}, flags: {}, badges: [], selfCheck: {}, currentLevel: null };
}

export function defaultSettings(): Settings {
  return { lang: DEFAULT_LANG, muted: false, textSize: 'normal', timer: false };
}

/** Migrations from each older version to the next; none yet, the format is at version 1. */
const MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

export type LoadResult =
  | { status: 'empty'; save: null }
  | { status: 'loaded'; save: Save }
  | { status: 'set-aside'; save: null; reason: string; backupKey: string | null };

/** The storage the game writes to; localStorage in the browser, a Map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function readVersion(raw: unknown): number | null {
  if (typeof raw === 'object' && raw !== null && 'version' in raw) {
    const v = (raw as { version: unknown }).version;
    return typeof v === 'number' ? v : null;
  }
  return null;
}

export function parseSave(text: string): { ok: true; save: Save } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  let version = readVersion(raw);
  if (version === null) return { ok: false, reason: 'no-version' };
  if (version > SAVE_VERSION) return { ok: false, reason: 'newer' };
  while (version < SAVE_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, reason: 'unknown-version' };
    raw = migrate(raw);
    version += 1;
  }
  const parsed = saveSchema.safeParse(raw);
  return parsed.success ? { ok: true, save: parsed.data } : { ok: false, reason: 'invalid' };
}

/**
 * Reads the save. An unreadable one is copied to `envol.save.unreadable.<time>` and removed
 * from the main key, so the game starts clean and the old data can still be recovered.
 */
export function loadSave(storage: KeyValueStorage, now: () => Date = () => new Date()): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(SAVE_KEY);
  } catch {
    return { status: 'empty', save: null };
  }
  if (text === null) return { status: 'empty', save: null };
  const parsed = parseSave(text);
  if (parsed.ok) return { status: 'loaded', save: parsed.save };
  // A save from a newer version of the game is fine, just not for this one: leave it untouched.
  if (parsed.reason === 'newer') return { status: 'set-aside', save: null, reason: parsed.reason, backupKey: null };
  const backupKey = `${SAVE_KEY}.unreadable.${now().toISOString()}`;
  try {
    storage.setItem(backupKey, text);
    storage.removeItem(SAVE_KEY);
    return { status: 'set-aside', save: null, reason: parsed.reason, backupKey };
  } catch {
    // Storage full: leave the old save where it is rather than lose it.
    return { status: 'set-aside', save: null, reason: parsed.reason, backupKey: null };
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
