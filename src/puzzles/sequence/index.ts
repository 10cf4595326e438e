/** Sequence: put the steps of a plan in their order. */
import { definePuzzleKind } from '../../core/puzzle';
import { checkChoiceAwards } from '../../core/level/awards';
import { sequenceMachine } from './machine';
import { schema } from './schema';

export const sequence = definePuzzleKind({
  kind: 'sequence',
  schema,
  machine: sequenceMachine,
  check(p, problems) {
    checkChoiceAwards(p.awards, [], problems);
  },
  answerKey: (p) => ({
    what: { fr: "Remettre dans l'ordre", en: 'Put in order' },
    minutes: 2 + Math.ceil(p.steps.length / 2),
    sections: [{ title: { fr: 'Le bon ordre', en: 'The right order' }, ordered: true, lines: p.steps.map((s) => ({ text: s.label, key: true })) }],
  }),
});
