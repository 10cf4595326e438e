/** Cipher: read a coded message with a decoder wheel, then type what it says to do. */
import { normalizeAnswer } from '../../core/answers';
import { definePuzzleKind } from '../../core/puzzle';
import { answerWords, caesarDecode, cipherMachine, readingShift, wordRuns } from './machine';
import { schema } from './schema';

export const cipher = definePuzzleKind({
  kind: 'cipher',
  schema,
  machine: cipherMachine,
  secretAnswer: true,
  // An answer that starts the decoded message could be typed by turning the wheel until a word
  // shows, without reading on: the answer must be something the message asks for.
  check(p, problems) {
    if (p.answer === undefined) return;
    for (const [lang, coded] of Object.entries(p.ciphertext)) {
      const answer = normalizeAnswer(typeof p.answer === 'string' ? p.answer : (p.answer[lang] ?? ''));
      if (!answer) continue;
      const shift = readingShift(coded, (guess) => normalizeAnswer(guess) === answer);
      if (shift === null) continue;
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
});
