/** How long a level takes a group: said on the answer key and on the workshop's set-up. */
import { puzzleKind } from '../../puzzles';

/** The estimated play time of a level: its intro, a look round its room, and each puzzle as its kind estimates it. */
export function playMinutes(level: { room?: { hotspots: readonly unknown[] }; puzzles: readonly { kind: string }[] }): number {
  const room = level.room ? Math.ceil(level.room.hotspots.length / 2) : 0;
  return 1 + room + level.puzzles.reduce((sum, p) => sum + (puzzleKind(p.kind)?.answerKeyOf(p)?.minutes ?? 3), 0);
}
