/**
 * The session report: for each team its time, stars, hints, reveals, skips, points and
 * competence profile, the choices it made, and a debrief script (each level's reflection
 * question with what each team chose). Plain data: shown, printed, exported as JSON and CSV.
 */
import { addPoints, AREAS, COMPETENCE_IDS, pointsByArea, type Area, type CompetenceId, type CompetencePoints } from '../competences';
import { levelResult } from '../journey';
import type { Level } from '../level/loader';
import type { Text } from '../level/schema';
import { puzzleKind, type Puzzle } from '../../puzzles';
import type { SolvedPuzzle, TeamAnswer, TeamLevelTally } from '../machines/session';
import type { SessionData } from '../machines/session';
import type { TeamColour } from './plan';

/** A choice a team can make in a puzzle, as the trainer notes it when all teams play together. */
export interface ChoiceOption {
  choice: string;
  text: Text;
  points: CompetencePoints;
}

/** The choices of a puzzle that matter (they set something or earn points), in the order the puzzle offers them. */
export function choiceOptions(puzzle: Puzzle): ChoiceOption[] {
  const kind = puzzleKind(puzzle.kind);
  const key = kind?.answerKeyOf(puzzle);
  if (!kind || !key) return [];
  const out: ChoiceOption[] = [];
  for (const line of key.sections.flatMap((s) => s.lines)) {
    if (line.choice === undefined || out.some((o) => o.choice === line.choice)) continue;
    if (!kind.choiceWords(puzzle, line.choice)) continue;
    out.push({ choice: line.choice, text: line.text, points: line.effects?.points ?? {} });
  }
  return out;
}

export interface TeamLevelRow {
  levelId: string;
  title: Text;
  timeMs: number;
  /** 0 when the team did no puzzle of the level. */
  stars: 0 | 1 | 2 | 3;
  hints: number;
  reveals: number;
  skips: number;
  /** Puzzles the team did (in turns), or found (together). */
  puzzles: number;
  points: number;
  competences: CompetencePoints;
  choices: { puzzle: Text; choice: Text }[];
}

export interface TeamReport {
  id: string;
  name: string;
  colour: TeamColour;
  timeMs: number;
  stars: number;
  hints: number;
  reveals: number;
  skips: number;
  puzzles: number;
  /** Points given or taken by the trainer, with the reasons. */
  adjustments: { delta: number; reason: string; levelId: string | null }[];
  /** Competence points earned in the puzzles plus the trainer's points: what the scoreboard shows. */
  score: number;
  competences: Record<CompetenceId, number>;
  areas: Record<Area, number>;
  levels: TeamLevelRow[];
}

export interface DebriefItem {
  levelId: string;
  title: Text;
  reflection: Text;
  summary: Text;
  teams: { teamId: string; choices: { puzzle: Text; choice: Text }[] }[];
  /** The phones' votes in this level: the question, the count, the room's choice and the one played. */
  votes: { question: Text; counts: { text: Text; votes: number }[]; majority: Text | null; played: Text; reason: string }[];
}

export interface SessionReport {
  format: 'envol-session-report';
  version: 1;
  generatedAt: string;
  session: { id: string; mode: SessionData['plan']['mode']; startedAt: string; endedAt: string | null; playedMs: number; pausedMs: number };
  levels: { id: string; title: Text; played: boolean }[];
  teams: TeamReport[];
  debrief: DebriefItem[];
  /** The room's self-check from the phones, anonymous: per question, how many gave 1 to 5. */
  roomSelfCheck: SessionData['roomSelfCheck'];
}

const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);
const pointTotal = (p: CompetencePoints) => sum(COMPETENCE_IDS.map((id) => p[id] ?? 0));

/**
 * Together, every team has the class's puzzles; the trainer's notes change them: a team that did
 * not find a puzzle has it taken away, and a team's own choice replaces the class's.
 */
function teamPuzzles(level: Level, tally: TeamLevelTally, answers: readonly TeamAnswer[]): SolvedPuzzle[] {
  const out: SolvedPuzzle[] = [];
  for (const done of tally.puzzles) {
    const note = answers.find((a) => a.levelId === tally.levelId && a.teamId === tally.teamId && a.puzzleId === done.puzzleId);
    if (!note) {
      out.push(done);
      continue;
    }
    if (note.found === false) continue;
    const puzzle = level.puzzles.find((p) => p.id === done.puzzleId);
    const option = note.choice && puzzle ? choiceOptions(puzzle).find((o) => o.choice === note.choice) : undefined;
    out.push(option ? { ...done, outcome: { ...done.outcome, choices: [option.choice], choicePoints: option.points } } : done);
  }
  return out;
}

function choicesOf(level: Level, puzzles: readonly SolvedPuzzle[]): { puzzle: Text; choice: Text }[] {
  const out: { puzzle: Text; choice: Text }[] = [];
  for (const done of puzzles) {
    const puzzle = level.puzzles.find((p) => p.id === done.puzzleId);
    if (!puzzle) continue;
    for (const c of done.outcome.choices) {
      const words = puzzleKind(puzzle.kind)?.choiceWords(puzzle, c);
      if (words) out.push(words);
    }
  }
  return out;
}

export function buildSessionReport(data: SessionData, findLevel: (id: string) => Level | undefined, now: Date): SessionReport {
  const levels = data.plan.levels.map((id) => findLevel(id)).filter((l): l is Level => l !== undefined);
  const playedIds = new Set([...data.played.map((p) => p.levelId), ...data.tallies.map((t) => t.levelId)]);
  const teams: TeamReport[] = data.plan.teams.map((team) => {
    const rows: TeamLevelRow[] = levels.map((level) => {
      const tally = data.tallies.find((t) => t.teamId === team.id && t.levelId === level.id);
      const puzzles = tally ? teamPuzzles(level, tally, data.answers) : [];
      const result = puzzles.length ? levelResult(level, null, puzzles) : null;
      const competences = result?.points ?? {};
      return {
        levelId: level.id,
        title: level.title,
        timeMs: tally?.timeMs ?? 0,
        stars: result?.stars ?? 0,
        hints: tally?.hints ?? 0,
        reveals: tally?.reveals ?? 0,
        skips: tally?.skips ?? 0,
        puzzles: puzzles.length,
        points: pointTotal(competences),
        competences,
        choices: choicesOf(level, puzzles),
      };
    });
    const points = rows.reduce<CompetencePoints>((all, r) => addPoints(all, r.competences), {});
    const adjustments = data.adjustments.filter((a) => a.teamId === team.id).map(({ delta, reason, levelId }) => ({ delta, reason, levelId }));
    return {
      id: team.id,
      name: team.name,
      colour: team.colour,
      timeMs: sum(rows.map((r) => r.timeMs)),
      stars: sum(rows.map((r) => r.stars)),
      hints: sum(rows.map((r) => r.hints)),
      reveals: sum(rows.map((r) => r.reveals)),
      skips: sum(rows.map((r) => r.skips)),
      puzzles: sum(rows.map((r) => r.puzzles)),
      adjustments,
      score: pointTotal(points) + sum(adjustments.map((a) => a.delta)),
      competences: Object.fromEntries(COMPETENCE_IDS.map((id) => [id, points[id] ?? 0])) as Record<CompetenceId, number>,
      areas: pointsByArea(points),
      levels: rows,
    };
  });
  const debrief: DebriefItem[] = levels
    .filter((l) => playedIds.has(l.id))
    .map((level) => ({
      levelId: level.id,
      title: level.title,
      reflection: level.debrief.reflection,
      summary: level.debrief.summary,
      teams: teams.map((t) => ({ teamId: t.id, choices: t.levels.find((r) => r.levelId === level.id)?.choices ?? [] })),
      votes: data.liveVotes
        .filter((v) => v.levelId === level.id)
        .map((v) => {
          const words = (id: string | null) => v.options.find((o) => o.id === id)?.text ?? null;
          return {
            question: v.question,
            counts: v.options.map((o) => ({ text: o.text, votes: v.counts[o.id] ?? 0 })),
            majority: words(v.majority),
            played: words(v.played) ?? { fr: v.played, en: v.played },
            reason: v.reason,
          };
        }),
    }));
  const end = data.endedAt ?? now.getTime();
  return {
    format: 'envol-session-report',
    version: 1,
    generatedAt: now.toISOString(),
    session: {
      id: data.id,
      mode: data.plan.mode,
      startedAt: new Date(data.startedAt).toISOString(),
      endedAt: data.endedAt === null ? null : new Date(data.endedAt).toISOString(),
      playedMs: Math.max(0, end - data.startedAt - data.pausedMs),
      pausedMs: data.pausedMs,
    },
    levels: levels.map((l) => ({ id: l.id, title: l.title, played: playedIds.has(l.id) })),
    teams,
    debrief,
    roomSelfCheck: data.roomSelfCheck,
  };
}

/** The live scoreboard: each team's score so far (the same count as the report's). */
export function teamScores(report: SessionReport): { id: string; score: number; stars: number }[] {
  return report.teams.map((t) => ({ id: t.id, score: t.score, stars: t.stars }));
}

const CSV_COLUMNS = [
  'team',
  'colour',
  'level',
  'level_title',
  'time_s',
  'stars',
  'hints',
  'reveals',
  'skips',
  'puzzles',
  'competence_points',
  'trainer_points',
  'choices',
] as const;

function csvCell(value: string | number): string {
  const text = String(value);
  // A cell starting with = + - @ is read as a formula by spreadsheets: a team name never runs as one.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per team and level of the plan, in the trainer's language; UTF-8 with a BOM so spreadsheets read the accents. */
export function sessionCsv(report: SessionReport, lang: 'fr' | 'en'): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const team of report.teams) {
    for (const row of team.levels) {
      const trainer = sum(team.adjustments.filter((a) => a.levelId === row.levelId).map((a) => a.delta));
      rows.push([
        team.name,
        team.colour,
        row.levelId,
        row.title[lang],
        Math.round(row.timeMs / 1000),
        row.stars,
        row.hints,
        row.reveals,
        row.skips,
        row.puzzles,
        row.points,
        trainer,
        row.choices.map((c) => c.choice[lang]).join(' | '),
      ]);
    }
    // Points given outside any level of the plan (after the last one) have a row of their own.
    const planned = new Set(team.levels.map((r) => r.levelId));
    const outside = sum(team.adjustments.filter((a) => a.levelId === null || !planned.has(a.levelId)).map((a) => a.delta));
    if (outside !== 0) rows.push([team.name, team.colour, '', '', 0, 0, 0, 0, 0, 0, 0, outside, '']);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export { AREAS };
