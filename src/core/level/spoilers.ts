/**
 * Finds a secret answer written where the player reads it before solving: in the puzzle's title,
 * its prompt or its first hints (the last hint tier is there to give the answer away). A warning,
 * not an error: the trainer may mean it, but a lock that opens from its own title is no puzzle.
 */
import { normalizeAnswer } from '../answers';
import { HINT_TIERS } from '../puzzle';
import { puzzleKind } from '../../puzzles';
import type { Message } from './messages';
import type { RawLevel, Text } from './schema';

/** The words of a text as answers are compared: accents and punctuation gone, upper case. */
const words = (text: string) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .map(normalizeAnswer)
    .filter(Boolean);

/** Does the answer show in the text, as one word or as a run of words ("19 52")? */
export function showsAnswer(text: string, answer: string): boolean {
  const target = normalizeAnswer(answer);
  if (!target) return false;
  const ws = words(text);
  for (let start = 0; start < ws.length; start++) {
    let joined = '';
    for (let end = start; end < ws.length && joined.length < target.length; end++) joined += ws[end];
    if (joined === target) return true;
  }
  return false;
}

export function answerShown(level: RawLevel): { field: string; message: Message }[] {
  const out: { field: string; message: Message }[] = [];
  level.puzzles.forEach((p, i) => {
    if (!puzzleKind(p.kind)?.secretAnswer || !('answer' in p) || p.answer === undefined) return;
    const answer = p.answer as string | Text;
    const answerIn = (lang: string) => (typeof answer === 'string' ? answer : (answer[lang] ?? ''));
    const texts: [string, Text][] = [
      [`puzzles[${i}].title`, p.title],
      [`puzzles[${i}].prompt`, p.prompt],
      ...p.hints.slice(0, HINT_TIERS - 1).map((h, j): [string, Text] => [`puzzles[${i}].hints[${j}]`, h]),
    ];
    for (const [field, text] of texts)
      for (const [lang, words] of Object.entries(text)) {
        const a = answerIn(lang);
        if (!showsAnswer(words, a)) continue;
        out.push({
          field,
          message: {
            fr: `en "${lang}", ce texte montre la réponse "${a}" avant qu'elle soit trouvée : seul le dernier indice peut la donner`,
            en: `in "${lang}", this text shows the answer "${a}" before it is found: only the last hint may give it`,
          },
        });
        break;
      }
  });
  return out;
}
