/**
 * A level's progress kept as it happens: the level actor's persisted snapshot (with the open
 * puzzle's, XState keeps spawned children registered by name), saved without the level's data
 * and given back to the level on return. A saved state that does not fit the level as it is
 * now (the file was edited, or the save was damaged) is never restored: the level starts fresh.
 */
import { z } from 'zod';
import type { Snapshot } from 'xstate';
import type { Level } from '../level/loader';
import { savedLevelSchema, type SavedLevel } from '../save';
import { levelMachine, type LevelActor, type LevelInput } from './level';

const hashes = new WeakMap<Level, string>();

/** A short fingerprint of a level's data (FNV-1a over its JSON). */
export function levelHash(level: Level): string {
  let hash = hashes.get(level);
  if (hash) return hash;
  const text = JSON.stringify(level);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  hash = `${h.toString(16)}-${text.length}`;
  hashes.set(level, hash);
  return hash;
}

type Json = Record<string, unknown>;

/** The level's state now, ready for the save: the level and puzzle data stay out (they are in the level file). */
export function saveLevel(actor: LevelActor): SavedLevel {
  const persisted = actor.getPersistedSnapshot() as Json;
  const { level, ...context } = persisted.context as Json & { level: Level };
  const children: Json = {};
  for (const [id, child] of Object.entries(persisted.children as Json)) {
    const c = child as Json & { snapshot: Json };
    const { puzzle: _puzzle, ...puzzleContext } = c.snapshot.context as Json;
    children[id] = { ...c, snapshot: { ...c.snapshot, context: puzzleContext } };
  }
  return { levelHash: levelHash(level), snapshot: { ...persisted, context, children } };
}

const ids = z.array(z.string());
const text = z.object({ fr: z.string(), en: z.string() });
const savedShape = z.object({
  status: z.literal('active'),
  value: z.enum(['intro', 'exploring', 'puzzle', 'cleared', 'solved', 'debrief']),
  context: z.looseObject({
    introIndex: z.number().int().min(0),
    inventory: ids,
    visited: ids,
    notebook: z.array(z.union([z.object({ from: z.literal('hotspot'), id: z.string() }), z.object({ from: z.literal('puzzle'), id: z.string(), text })])),
    roomHintTier: z.number().int().min(0).max(3),
    activePuzzle: z.string().nullable(),
    puzzleMemory: z.record(z.string(), z.object({ hintTier: z.number().int().min(0).max(3), mistakes: z.number().int().min(0) })),
    results: z.array(z.looseObject({ puzzleId: z.string() })),
  }),
  children: z.record(z.string(), z.looseObject({ src: z.string(), snapshot: z.looseObject({ status: z.literal('active'), context: z.looseObject({}) }) })),
});

/**
 * The persisted snapshot to restore the level from, with the level's data put back; null when
 * the saved state is damaged or was made from another version of the level.
 */
export function restorableLevel(level: Level, saved: unknown): Json | null {
  const entry = savedLevelSchema.safeParse(saved);
  if (!entry.success || entry.data.levelHash !== levelHash(level)) return null;
  const shape = savedShape.safeParse(entry.data.snapshot);
  if (!shape.success) return null;
  const { value, context, children } = shape.data;
  const hotspots = new Set(level.room?.hotspots.map((h) => h.id) ?? []);
  const puzzles = new Map(level.puzzles.map((p) => [p.id, p]));
  const items = new Set([...(level.room?.items.map((i) => i.id) ?? []), ...level.puzzles.flatMap((p) => (p.gives ? [p.gives] : []))]);
  const fits =
    context.introIndex < Math.max(1, level.intro.length) &&
    context.inventory.every((i) => items.has(i)) &&
    context.visited.every((h) => hotspots.has(h)) &&
    context.notebook.every((c) => (c.from === 'hotspot' ? hotspots.has(c.id) : puzzles.has(c.id))) &&
    context.results.every((r) => puzzles.has(r.puzzleId)) &&
    Object.keys(context.puzzleMemory).every((id) => puzzles.has(id));
  if (!fits) return null;
  // Only a puzzle being played has a child: the one the level opened, of its own kind.
  const open = context.activePuzzle === null ? undefined : puzzles.get(context.activePuzzle);
  if (context.activePuzzle !== null && !open) return null;
  const childIds = Object.keys(children);
  if (value === 'puzzle' ? !open || childIds.join() !== 'puzzle' || children.puzzle!.src !== open.kind : childIds.length > 0) return null;
  const restoredChildren: Json = {};
  if (open) {
    const child = children.puzzle!;
    restoredChildren.puzzle = { ...child, snapshot: { ...child.snapshot, context: { ...child.snapshot.context, puzzle: open } } };
  }
  const raw = entry.data.snapshot as Json;
  return { ...raw, context: { ...(raw.context as Json), level }, children: restoredChildren };
}

/** What the level is started with when the player comes back to it. */
export interface LevelResume {
  /** The level's saved state, as the save holds it (not yet checked). */
  saved?: unknown;
  /** Called when a saved state could not be used and the level starts from its beginning. */
  onSavedUnusable?: () => void;
}

export type ResumableLevelInput = LevelInput & LevelResume;

type LevelScope = Parameters<typeof levelMachine.getInitialSnapshot>[0];

/**
 * The level machine, started from the saved state when there is a good one. Restoring builds
 * the open puzzle's actor too; anything that does not come back active starts the level fresh.
 */
export const resumableLevelMachine: typeof levelMachine = Object.assign(Object.create(levelMachine) as typeof levelMachine, {
  getInitialSnapshot(scope: LevelScope, input: ResumableLevelInput) {
    const fresh = () => levelMachine.getInitialSnapshot(scope, input);
    if (input.saved === undefined) return fresh();
    const persisted = restorableLevel(input.level, input.saved);
    try {
      if (persisted) {
        const restored = levelMachine.restoreSnapshot(persisted as Snapshot<unknown>, scope);
        const alive = restored.status === 'active' && Object.values(restored.children).every((c) => c?.getSnapshot().status === 'active');
        if (alive && (restored.value !== 'puzzle' || restored.context.puzzleRef)) return restored;
      }
    } catch {
      // A saved state XState cannot read: the level starts fresh, as below.
    }
    input.onSavedUnusable?.();
    return fresh();
  },
});
