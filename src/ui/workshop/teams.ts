/** A team as the big screen shows it: its symbol in its colour, then its name. */
import { TEAM_COLOURS, type Team } from '../../core/workshop/plan';
import { h } from '../dom';

export function teamBadge(team: Pick<Team, 'name' | 'colour'>, options: { nameless?: boolean } = {}): HTMLElement {
  const colour = TEAM_COLOURS[team.colour];
  return h(
    'span',
    { class: 'team-badge', style: { '--team': colour.hex } },
    h('span', { class: 'team-symbol', attrs: { 'aria-hidden': 'true' } }, colour.symbol),
    options.nameless ? null : h('span', { class: 'team-name' }, team.name),
  );
}
