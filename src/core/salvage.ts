/**
 * Salvage of a save read from storage or a file: every part that is valid is kept, each bad
 * value is dropped or clamped on its own, and what had to change is listed. One wrong value
 * (stars of -1, a missing setting, an unknown language) never costs the player the rest.
 * Fields this version does not know (written by a newer one) are kept as they are.
 * Records keyed by level id (or flag name) are objects without a prototype, so ids such as
 * `constructor` or `__proto__` are plain ids: they never pollute anything nor count as done.
 */
import { COMPETENCE_IDS, type CompetencePoints } from './competences';
import {
  defaultSettings,
  emptyProgress,
  journeySeedSchema,
  progressSchema,
  settingsSchema,
  type LevelRecord,
  type Progress,
  type Save,
  type SeedSource,
  type Settings,
} from './save';

export interface Salvaged {
  save: Save;
  /** What was repaired, as paths (`progress.levels.archive.stars`, `settings.lang`); empty when nothing was. */
  repairs: string[];
  /** Top-level fields this version does not know, written back as they came. */
  extra: Record<string, unknown>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A fresh record keyed by ids, with no prototype: `constructor` or `__proto__` are ids like any other. */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Sets a key as an own property, whatever its name (an assignment to `__proto__` would change the prototype instead). */
export function putOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Copies the fields of `from` that are not in `known`, as they are. */
function unknownFields(from: Record<string, unknown>, known: readonly string[], into: object): void {
  for (const key of Object.keys(from)) if (!known.includes(key)) putOwn(into, key, from[key]);
}

function salvagePoints(raw: unknown, path: string, repairs: string[]): CompetencePoints {
  const points: CompetencePoints = {};
  if (!isRecord(raw)) {
    repairs.push(path);
    return points;
  }
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    const id = COMPETENCE_IDS.find((c) => c === key);
    if (!id || !isNumber(value)) repairs.push(`${path}.${key}`);
    else {
      if (value < 0) repairs.push(`${path}.${key}`);
      points[id] = Math.max(0, value);
    }
  }
  return points;
}

/** One level's record, or null when too little of it makes sense to keep (then it is dropped). */
function salvageLevelRecord(raw: unknown, path: string, repairs: string[]): LevelRecord | null {
  if (!isRecord(raw) || !isNumber(raw.stars)) return null;
  const integer = (key: string, min: number, max: number): number => {
    const value = raw[key];
    if (!isNumber(value)) {
      repairs.push(`${path}.${key}`);
      return min;
    }
    const fixed = clamp(Math.round(value), min, max);
    if (fixed !== value) repairs.push(`${path}.${key}`);
    return fixed;
  };
  const choices = Array.isArray(raw.choices) ? raw.choices.filter((c): c is string => typeof c === 'string') : [];
  if (!Array.isArray(raw.choices) || choices.length !== raw.choices.length) repairs.push(`${path}.choices`);
  if (typeof raw.completedAt !== 'string') repairs.push(`${path}.completedAt`);
  const record: LevelRecord = {
    stars: integer('stars', 0, 3),
    points: salvagePoints(raw.points, `${path}.points`, repairs),
    hintTier: integer('hintTier', 0, 3),
    mistakes: integer('mistakes', 0, Number.MAX_SAFE_INTEGER),
    choices,
    timeMs: isNumber(raw.timeMs) ? Math.max(0, raw.timeMs) : 0,
    completedAt: typeof raw.completedAt === 'string' ? raw.completedAt : '',
  };
  if (!isNumber(raw.timeMs) || raw.timeMs < 0) repairs.push(`${path}.timeMs`);
  unknownFields(raw, Object.keys(record), record);
  return record;
}

function salvageSelfCheck(raw: unknown, path: string, repairs: string[]): [number, number, number] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || raw.length !== 3 || !raw.every(isNumber)) {
    repairs.push(path);
    return undefined;
  }
  const fixed = raw.map((n) => clamp(Math.round(n), 1, 5)) as [number, number, number];
  if (fixed.some((n, i) => n !== raw[i])) repairs.push(path);
  return fixed;
}

const PROGRESS_FIELDS = ['levels', 'flags', 'badges', 'selfCheck', 'currentLevel', 'seed'] as const;

function salvageProgress(raw: unknown, draw: SeedSource, repairs: string[]): Progress {
  if (!isRecord(raw)) {
    repairs.push('progress');
    return { ...emptyProgress(journeySeedFrom(draw)), levels: idRecord(), flags: idRecord() };
  }
  const levels = idRecord<LevelRecord>();
  if (isRecord(raw.levels)) {
    for (const id of Object.keys(raw.levels)) {
      const record = salvageLevelRecord(raw.levels[id], `progress.levels.${id}`, repairs);
      if (record) levels[id] = record;
      else repairs.push(`progress.levels.${id}`);
    }
  } else repairs.push('progress.levels');

  const flags = idRecord<boolean | string>();
  if (isRecord(raw.flags)) {
    for (const name of Object.keys(raw.flags)) {
      const value = raw.flags[name];
      if (typeof value === 'boolean' || typeof value === 'string') flags[name] = value;
      else repairs.push(`progress.flags.${name}`);
    }
  } else repairs.push('progress.flags');

  const badgeList: unknown[] = Array.isArray(raw.badges) ? raw.badges : [];
  const badges = [...new Set(badgeList.filter((b): b is string => typeof b === 'string'))];
  if (!Array.isArray(raw.badges) || badges.length !== raw.badges.length) repairs.push('progress.badges');

  const selfCheckRaw = isRecord(raw.selfCheck) ? raw.selfCheck : {};
  if (!isRecord(raw.selfCheck)) repairs.push('progress.selfCheck');
  const before = salvageSelfCheck(selfCheckRaw.before, 'progress.selfCheck.before', repairs);
  const after = salvageSelfCheck(selfCheckRaw.after, 'progress.selfCheck.after', repairs);

  const currentLevel = typeof raw.currentLevel === 'string' ? raw.currentLevel : null;
  if (raw.currentLevel !== null && typeof raw.currentLevel !== 'string') repairs.push('progress.currentLevel');

  // A missing or damaged seed only changes the order things are shown in: a new one, not a repair to report.
  const seed = journeySeedSchema.safeParse(raw.seed).success ? (raw.seed as number) : journeySeedFrom(draw);

  const progress: Record<string, unknown> = {
    levels,
    flags,
    badges,
    selfCheck: { ...(before ? { before } : {}), ...(after ? { after } : {}) },
    currentLevel,
    seed,
  };
  // Fields of the progress added since (each checked alone with its own schema; its empty value when bad).
  const known: string[] = [...PROGRESS_FIELDS];
  const empty = emptyProgress(seed) as Record<string, unknown>;
  for (const [key, schema] of Object.entries(progressSchema.shape)) {
    if (known.includes(key)) continue;
    known.push(key);
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) {
      if (parsed.data !== undefined) progress[key] = parsed.data;
    } else {
      repairs.push(`progress.${key}`);
      if (empty[key] !== undefined) progress[key] = empty[key];
    }
  }
  unknownFields(raw, known, progress);
  return progress as Progress;
}

function salvageSettings(raw: unknown, repairs: string[]): Settings {
  const defaults = defaultSettings() as Record<string, unknown>;
  const from = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) repairs.push('settings');
  const settings: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(settingsSchema.shape)) {
    const parsed = schema.safeParse(from[key]);
    if (parsed.success) settings[key] = parsed.data;
    else {
      if (isRecord(raw)) repairs.push(`settings.${key}`);
      settings[key] = defaults[key];
    }
  }
  unknownFields(from, Object.keys(settingsSchema.shape), settings);
  return settings as Settings;
}

function journeySeedFrom(draw: SeedSource): number {
  const n = Math.floor(Math.abs(draw())) % 0x1_0000_0000;
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** Salvages a save already brought to the current version; null when it is not a save at all. */
export function salvageSave(raw: unknown, version: number, draw: SeedSource): Salvaged | null {
  // Without a progress there is nothing to salvage: that is not a save, it is set aside whole.
  if (!isRecord(raw) || !isRecord(raw.progress)) return null;
  const repairs: string[] = [];
  const progress = salvageProgress(raw.progress, draw, repairs);
  const settings = salvageSettings(raw.settings, repairs);
  const extra: Record<string, unknown> = {};
  unknownFields(raw, ['version', 'progress', 'settings'], extra);
  return { save: { version, progress, settings } as Save, repairs, extra };
}
