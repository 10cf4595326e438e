/**
 * A workshop's plan, as the trainer sets it up: the teams (a name and a colour each), the
 * levels for today in their order, and how the teams play (in turns on one screen, or all
 * together with the trainer noting each team's answer). Read back from storage, it is checked
 * again: nothing saved is trusted.
 */
import { z } from 'zod';
import type { Lang } from '../i18n';

export { TEAM_COLOURS, TEAM_COLOUR_IDS, type TeamColour } from './colours';
import { TEAM_COLOUR_IDS, type TeamColour } from './colours';

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 6;
export const TEAM_NAME_MAX = 24;

/** Names offered for new teams; the trainer can change each. */
const DEFAULT_NAMES: Record<Lang, readonly string[]> = {
  fr: ['Les Renards', 'Les Abeilles', 'Les Hiboux', 'Les Castors', 'Les Dauphins', 'Les Lynx'],
  en: ['The Foxes', 'The Bees', 'The Owls', 'The Beavers', 'The Dolphins', 'The Lynxes'],
};

export const teamSchema = z.object({
  id: z.string().regex(/^t[1-9]$/),
  name: z.string().trim().min(1).max(TEAM_NAME_MAX),
  colour: z.enum(TEAM_COLOUR_IDS as [TeamColour, ...TeamColour[]]),
});
export type Team = z.infer<typeof teamSchema>;

export const SESSION_MODES = ['turns', 'together'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

const unique = (values: readonly string[]) => new Set(values).size === values.length;

export const planSchema = z
  .object({
    teams: z.array(teamSchema).min(MIN_TEAMS).max(MAX_TEAMS),
    levels: z.array(z.string().min(1).max(80)).min(1).max(30),
    mode: z.enum(SESSION_MODES),
    /** The countdown of timed events: the trainer's choice, off unless set. */
    timer: z.boolean(),
  })
  .refine((p) => unique(p.teams.map((t) => t.id)), { message: 'two teams share an id', path: ['teams'] })
  .refine((p) => unique(p.levels), { message: 'a level is listed twice', path: ['levels'] });
export type WorkshopPlan = z.infer<typeof planSchema>;

/** The n-th team as first offered: its default name in the trainer's language and a colour of its own. */
export function defaultTeam(index: number, lang: Lang): Team {
  return { id: `t${index + 1}`, name: DEFAULT_NAMES[lang][index % MAX_TEAMS]!, colour: TEAM_COLOUR_IDS[index % MAX_TEAMS]! };
}

export function defaultTeams(count: number, lang: Lang): Team[] {
  return Array.from({ length: count }, (_, i) => defaultTeam(i, lang));
}

/** A team added to the set-up: the first free id and the first colour no team has yet. */
export function addTeam(teams: readonly Team[], lang: Lang): Team[] {
  if (teams.length >= MAX_TEAMS) return [...teams];
  const ids = new Set(teams.map((t) => t.id));
  const index = Array.from({ length: MAX_TEAMS }, (_, i) => i).find((i) => !ids.has(`t${i + 1}`)) ?? teams.length;
  const used = new Set(teams.map((t) => t.colour));
  const colour = TEAM_COLOUR_IDS.find((c) => !used.has(c)) ?? TEAM_COLOUR_IDS[index % MAX_TEAMS]!;
  const names = new Set(teams.map((t) => t.name));
  const name = DEFAULT_NAMES[lang].find((n) => !names.has(n)) ?? `${DEFAULT_NAMES[lang][0]} ${index + 1}`;
  return [...teams, { id: `t${index + 1}`, name, colour }];
}
