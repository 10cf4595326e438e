/** Code lock: type a code deduced from clues; the published level only holds the code's hash. */
import { definePuzzleKind, ONLY_THE_HASH, sameInEachLanguage } from '../../core/puzzle';
import { checkChoiceAwards } from '../../core/level/awards';
import { codeLockMachine } from './machine';
import { schema } from './schema';

export const codeLock = definePuzzleKind({
  kind: 'code-lock',
  schema,
  machine: codeLockMachine,
  secretAnswer: true,
  revealSolves: true,
  check(p, problems) {
    checkChoiceAwards(p.awards, [], problems);
    if (typeof p.answer !== 'string') return;
    const digits = p.answer.replace(/\s/g, '');
    if (digits.length !== p.length)
      problems.add('answer', {
        fr: `la réponse doit avoir ${p.length} ${p.length < 2 ? 'caractère' : 'caractères'}, comme l'indique "length"`,
        en: `the answer must have ${p.length} ${p.length === 1 ? 'character' : 'characters'}, as "length" says`,
      });
    if (p.charset === 'digits' && !/^\d+$/.test(digits))
      problems.add('answer', { fr: 'des chiffres seulement, comme l\'indique "charset"', en: 'digits only, as "charset" says' });
  },
  answerKey(p) {
    const what = { fr: 'Cadenas à code', en: 'Code lock' };
    if (p.answer === undefined) return { what, minutes: 3, sections: [ONLY_THE_HASH] };
    return { what, minutes: 3, solution: typeof p.answer === 'string' ? sameInEachLanguage(p.answer) : p.answer, sections: [] };
  },
});
