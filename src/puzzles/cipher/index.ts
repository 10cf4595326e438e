/** Cipher: read a coded message with a decoder wheel, then type what it says to do. */
import { normalizeAnswer } from '../../core/answers';
import { checkChoiceAwards } from '../../core/level/awards';
import type { Lang } from '../../core/i18n';
import { definePuzzleKind, inEachLanguage, ONLY_THE_HASH, sameInEachLanguage } from '../../core/puzzle';
import { answerWords, caesarDecode, cipherMachine, readingShift, wordRuns, wrapShift } from './machine';
import { schema } from './schema';

/** Letters by how often they come in French and English, the most frequent first. */
const COMMON_LETTERS = 'EASITNRUOLDCMP';

/** The wheel position at which a message reads most like French or English (for an answer the message does not hold). */
function likeliestShift(coded: string): number {
  const weight = (ch: string) => (COMMON_LETTERS.includes(ch) ? COMMON_LETTERS.length - COMMON_LETTERS.indexOf(ch) : 0);
  const score = (shift: number) => [...caesarDecode(coded, shift).toUpperCase()].reduce((sum, ch) => sum + weight(ch), 0);
  let best = 0;
  for (let shift = 1; shift < 26; shift++) if (score(shift) > score(best)) best = shift;
  return best;
}

export const cipher = definePuzzleKind({
  kind: 'cipher',
  schema,
  machine: cipherMachine,
  secretAnswer: true,
  revealSolves: true,
  // An answer that starts the decoded message could be typed by turning the wheel until a word
  // shows, without reading on: the answer must be something the message asks for.
  check(p, problems) {
    checkChoiceAwards(p.awards, [], problems);
    if (p.answer === undefined) return;
    for (const [lang, coded] of Object.entries(p.ciphertext)) {
      const answer = normalizeAnswer(typeof p.answer === 'string' ? p.answer : (p.answer[lang] ?? ''));
      if (!answer) continue;
      const shift = readingShift(coded, (guess) => normalizeAnswer(guess) === answer);
      if (shift === null) {
        // Fine when the message says what to find ("the town of the belfry"); a typo otherwise.
        problems.warn('answer', {
          fr: `en "${lang}", à aucune position de la roue le message décodé ne contient "${answer}" : si le message ne dit pas quoi chercher, vérifie la réponse ou recode le message ("ciphertext")`,
          en: `in "${lang}", at no wheel position does the decoded message hold "${answer}": unless the message says what to find, check the answer or code the message again ("ciphertext")`,
        });
        continue;
      }
      const words = answerWords(caesarDecode(coded, shift));
      if (words.join('') === answer)
        problems.add('answer', {
          fr: `en "${lang}", la réponse est tout le message : demande un mot du message, ou ce qu'il dit de trouver`,
          en: `in "${lang}", the answer is the whole message: ask for one word of it, or for what it says to find`,
        });
      else if (wordRuns(words).some((run) => run.start === 0 && run.joined === answer))
        problems.add('answer', {
          fr: `en "${lang}", la réponse est le début du message décodé : on la taperait sans lire la suite. Demande un autre mot (dis lequel dans "prompt"), ou ce que le message dit de trouver`,
          en: `in "${lang}", the answer is how the decoded message begins: a player would type it without reading on. Ask for another word (say which in "prompt"), or for what the message says to find`,
        });
    }
  },
  answerKey(p) {
    const coded = (lang: Lang) => p.ciphertext[lang] ?? p.ciphertext.fr;
    const answerIn = (lang: Lang) => (p.answer === undefined ? undefined : typeof p.answer === 'string' ? p.answer : (p.answer[lang] ?? p.answer.fr));
    const readsAt = (lang: Lang) => {
      const answer = answerIn(lang);
      return answer === undefined ? null : readingShift(coded(lang), (guess) => normalizeAnswer(guess) === normalizeAnswer(answer));
    };
    const found = { fr: readsAt('fr'), en: readsAt('en') };
    const known = found.fr ?? found.en;
    const shift = (lang: Lang) => found[lang] ?? known ?? likeliestShift(coded(lang));
    // On the wheel at n, the letter n places after A reads as A.
    const readsAsA = (lang: Lang) => String.fromCharCode(65 + wrapShift(shift(lang)));
    const wheel = {
      text: inEachLanguage((l) =>
        l === 'fr'
          ? `Roue sur ${shift(l)} : chaque lettre recule de ${shift(l)} places (${readsAsA(l)} → A).`
          : `Wheel on ${shift(l)}: each letter goes back ${shift(l)} places (${readsAsA(l)} → A).`,
      ),
      notes:
        known === null
          ? [{ fr: "Position devinée d'après les lettres les plus courantes : vérifie-la.", en: 'Position guessed from the most common letters: check it.' }]
          : [],
    };
    const decoded = {
      text: inEachLanguage((l) => caesarDecode(coded(l), shift(l))),
      notes: [inEachLanguage((l) => (l === 'fr' ? `Message codé : ${coded(l)}` : `Coded message: ${coded(l)}`))],
      key: true,
    };
    return {
      what: { fr: 'Message codé (César)', en: 'Coded message (Caesar)' },
      minutes: 4,
      ...(p.answer === undefined ? {} : { solution: typeof p.answer === 'string' ? sameInEachLanguage(p.answer) : p.answer }),
      sections: [...(p.answer === undefined ? [ONLY_THE_HASH] : []), { lines: [wheel, decoded] }],
    };
  },
});
