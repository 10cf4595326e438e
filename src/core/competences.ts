/** EntreComp: 3 areas × 5 competences, and how points are counted. */

export const AREAS = ['ideas', 'resources', 'action'] as const;
export type Area = (typeof AREAS)[number];

const COMPETENCES = {
  'spotting-opportunities': 'ideas',
  creativity: 'ideas',
  vision: 'ideas',
  'valuing-ideas': 'ideas',
  'ethical-thinking': 'ideas',
  'self-awareness': 'resources',
  motivation: 'resources',
  'mobilising-resources': 'resources',
  'financial-literacy': 'resources',
  'mobilising-others': 'resources',
  'taking-initiative': 'action',
  planning: 'action',
  'coping-with-uncertainty': 'action',
  'working-with-others': 'action',
  'learning-through-experience': 'action',
} as const satisfies Record<string, Area>;

export type CompetenceId = keyof typeof COMPETENCES;
export const COMPETENCE_IDS = Object.keys(COMPETENCES) as CompetenceId[];

export type CompetencePoints = Partial<Record<CompetenceId, number>>;

export function areaOf(id: CompetenceId): Area {
  return COMPETENCES[id];
}

export function addPoints(into: CompetencePoints, add: CompetencePoints): CompetencePoints {
  const out: CompetencePoints = { ...into };
  for (const id of COMPETENCE_IDS) {
    const n = add[id];
    if (n) out[id] = (out[id] ?? 0) + n;
  }
  return out;
}

/** Sum of points per area, for the profile chart. */
export function pointsByArea(points: CompetencePoints): Record<Area, number> {
  const out: Record<Area, number> = { ideas: 0, resources: 0, action: 0 };
  for (const id of COMPETENCE_IDS) out[areaOf(id)] += points[id] ?? 0;
  return out;
}

/** What a player did in one puzzle or room, as the machines report it. */
export interface Outcome {
  /** Wrong submissions before success. */
  mistakes: number;
  /** Highest hint tier opened: 0 (none) to 3 (the answer). */
  hintTier: number;
  /** Choice ids the player picked (dialogue, timed events, quiz…). */
  choices: string[];
  /** Points carried by the choices themselves. */
  choicePoints: CompetencePoints;
}

export type AwardRule = 'solved' | 'no-answer-hint' | 'no-hint' | 'kept-trying' | { choice: string };

export interface Award {
  competence: CompetenceId;
  points: number;
  for: AwardRule;
}

function ruleHolds(rule: AwardRule, o: Outcome): boolean {
  if (typeof rule === 'object') return o.choices.includes(rule.choice);
  switch (rule) {
    case 'solved':
      return true;
    case 'no-answer-hint':
      return o.hintTier < 3;
    case 'no-hint':
      return o.hintTier === 0;
    case 'kept-trying':
      // Learning through experience: a wrong answer followed by success is worth something.
      return o.mistakes > 0;
  }
}

/** Points earned from a puzzle's award rules plus the points its choices carry. */
export function scoreOutcome(awards: readonly Award[], outcome: Outcome): CompetencePoints {
  let points: CompetencePoints = { ...outcome.choicePoints };
  for (const a of awards) {
    if (ruleHolds(a.for, outcome)) points = addPoints(points, { [a.competence]: a.points });
  }
  return points;
}

/** Stars: hints lower them a little, mistakes never do, finishing always earns one. */
export function starsFor(hintTier: number): 1 | 2 | 3 {
  if (hintTier >= 3) return 1;
  if (hintTier >= 1) return 2;
  return 3;
}
