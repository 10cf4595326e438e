/** Timed events: surprises to answer, with a timer only when the trainer turns it on. */
import { definePuzzleKind, effectsMatter } from '../../core/puzzle';
import { timedEventsMachine } from './machine';
import { schema } from './schema';

export const timedEvents = definePuzzleKind({
  kind: 'timed-events',
  schema,
  machine: timedEventsMachine,
  check(p, problems) {
    p.events.forEach((ev, j) => {
      if (!ev.options.some((o) => o.id === ev.fallback))
        problems.add(`events[${j}].fallback`, { fr: `aucune option "${ev.fallback}"`, en: `no option "${ev.fallback}"` });
    });
  },
  keyChoice(p, recorded) {
    const [eventId, optionId] = recorded.split(':');
    const option = p.events.find((e) => e.id === eventId)?.options.find((o) => o.id === optionId);
    return option && effectsMatter(option.effects) ? { puzzle: p.title, choice: option.text } : null;
  },
});
