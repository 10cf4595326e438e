/** The journey report: what a trainer debriefs on, as plain data (shown, printed, saved as JSON). */
import { AREAS, COMPETENCE_IDS, areaOf, pointsByArea, type Area, type CompetenceId } from './competences';
import { levelRecord, totalPoints } from './journey';
import type { Level } from './level/loader';
import type { Progress } from './save';

export interface JourneyReport {
  format: 'envol-report';
  version: 1;
  generatedAt: string;
  levels: { id: string; act: number; stars: number; hintTier: number; mistakes: number; timeMs: number; choices: string[] }[];
  stars: { earned: number; max: number };
  timeMs: number;
  hintsUsed: number;
  competences: Record<CompetenceId, number>;
  areas: Record<Area, number>;
  selfCheck: Progress['selfCheck'];
  flags: Progress['flags'];
  badges: string[];
}

export function buildReport(levels: readonly Level[], progress: Progress, now: Date): JourneyReport {
  const done = levels.filter((l) => levelRecord(progress, l.id));
  // Only the journey's levels count: a trainer's test level played on this device does not.
  const points = totalPoints({ ...progress, levels: Object.fromEntries(done.map((l) => [l.id, progress.levels[l.id]!])) });
  const competences = Object.fromEntries(COMPETENCE_IDS.map((id) => [id, points[id] ?? 0])) as Record<CompetenceId, number>;
  return {
    format: 'envol-report',
    version: 1,
    generatedAt: now.toISOString(),
    levels: done.map((l) => {
      const r = progress.levels[l.id]!;
      return { id: l.id, act: l.act, stars: r.stars, hintTier: r.hintTier, mistakes: r.mistakes, timeMs: r.timeMs, choices: r.choices };
    }),
    stars: { earned: done.reduce((s, l) => s + progress.levels[l.id]!.stars, 0), max: levels.length * 3 },
    timeMs: done.reduce((s, l) => s + progress.levels[l.id]!.timeMs, 0),
    hintsUsed: done.reduce((s, l) => s + progress.levels[l.id]!.hintTier, 0),
    competences,
    areas: pointsByArea(points),
    selfCheck: progress.selfCheck,
    flags: progress.flags,
    badges: progress.badges,
  };
}

export function competencesOf(area: Area): CompetenceId[] {
  return COMPETENCE_IDS.filter((id) => areaOf(id) === area);
}

export { AREAS };
