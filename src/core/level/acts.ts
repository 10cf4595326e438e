/**
 * Level files come by act: `levels/act-2/market.json` is a level of the second act. The game
 * reads the first act's files with its own code, and the later acts' right after, so a new
 * player starts as soon as the first act is in. A file outside an `act-N/` folder comes first.
 */
const ACT_FOLDER = /^act-(\d+)\//;

/** The act a level file's folder says, or null for a file outside the act folders. */
export function actOfFile(path: string): number | null {
  const match = ACT_FOLDER.exec(path);
  return match ? Number(match[1]) : null;
}

/** The files in the order they are read: the first act (with the files outside act folders), then each later act. */
export function fileWaves(files: readonly string[]): string[][] {
  const waves = new Map<number, string[]>();
  for (const file of files) {
    const act = Math.max(1, actOfFile(file) ?? 1);
    waves.set(act, [...(waves.get(act) ?? []), file]);
  }
  return [...waves.entries()].sort(([a], [b]) => a - b).map(([, wave]) => wave);
}

/** Every act is in (no level file still on its way): what the journey as a whole means (complete, its total, its report) can be said. */
export const isWhole = (catalogue: { pending?: number }): boolean => !catalogue.pending;
