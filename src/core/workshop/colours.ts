/** The teams' colours and symbols, shared by the game and the phone page (which loads no schema). */

/**
 * Team colours: told apart by most colour-blind eyes (Okabe–Ito), and each with its own
 * symbol, so no team is known by its colour alone.
 */
export const TEAM_COLOURS = {
  orange: { hex: '#E69F00', symbol: '●' },
  sky: { hex: '#56B4E9', symbol: '▲' },
  green: { hex: '#009E73', symbol: '■' },
  pink: { hex: '#CC79A7', symbol: '◆' },
  blue: { hex: '#0072B2', symbol: '★' },
  red: { hex: '#D55E00', symbol: '✚' },
} as const;
export type TeamColour = keyof typeof TEAM_COLOURS;
export const TEAM_COLOUR_IDS = Object.keys(TEAM_COLOURS) as TeamColour[];
