/** Timed events: surprises to answer, with a timer only when the trainer turns it on. */
import { definePuzzleKind, effectsMatter, inEachLanguage } from '../../core/puzzle';
import { checkChoiceAwards } from '../../core/level/awards';
import { eventAt, timedEventsMachine } from './machine';
import { schema } from './schema';

export const timedEvents = definePuzzleKind({
  kind: 'timed-events',
  schema,
  machine: timedEventsMachine,
  liveChoice: ({ context: c }) => {
    if (c.phase !== 'deciding') return null;
    const event = eventAt(c);
    return {
      key: `${c.puzzle.id}:${event.id}`,
      question: event.text,
      options: event.options.map((o) => ({ id: o.id, text: o.text })),
      play: (id) => ({ type: 'option.pick' as const, id }),
    };
  },
  check(p, problems) {
    checkChoiceAwards(
      p.awards,
      p.events.flatMap((e) => e.options.map((o) => `${e.id}:${o.id}`)),
      problems,
    );
    p.events.forEach((ev, j) => {
      if (!ev.options.some((o) => o.id === ev.fallback))
        problems.add(`events[${j}].fallback`, { fr: `aucune option "${ev.fallback}"`, en: `no option "${ev.fallback}"` });
    });
  },
  answerKey: (p) => ({
    what: { fr: 'Imprévus', en: 'Surprises' },
    minutes: 1 + p.events.length * 2,
    sections: p.events.map((ev, i) => {
      const fallback = ev.options.find((o) => o.id === ev.fallback)?.text ?? { fr: ev.fallback, en: ev.fallback };
      return {
        title: inEachLanguage((l) => `${l === 'fr' ? 'Imprévu' : 'Surprise'} ${i + 1}`),
        text: ev.text,
        notes: [
          inEachLanguage((l) =>
            l === 'fr' ? `Avec le minuteur, au bout de ${ev.seconds} s : « ${fallback.fr} »` : `With the timer on, after ${ev.seconds} s: "${fallback.en}"`,
          ),
        ],
        lines: ev.options.map((o) => ({ text: o.text, notes: [o.outcome], ...(o.effects ? { effects: o.effects } : {}), choice: `${ev.id}:${o.id}` })),
      };
    }),
  }),
  keyChoice(p, recorded) {
    const [eventId, optionId] = recorded.split(':');
    const option = p.events.find((e) => e.id === eventId)?.options.find((o) => o.id === optionId);
    return option && effectsMatter(option.effects) ? { puzzle: p.title, choice: option.text } : null;
  },
});
