/**
 * An award "for" a choice is given when the player makes that choice: one naming a choice the
 * puzzle does not have would never be given. Each kind says which choice ids it records.
 */
import type { PuzzleChecks } from '../puzzle';

export function checkChoiceAwards(awards: readonly { for: unknown }[], choices: Iterable<string>, problems: PuzzleChecks): void {
  const known = new Set(choices);
  awards.forEach((a, i) => {
    const rule = a.for;
    if (typeof rule !== 'object' || rule === null || !('choice' in rule) || typeof rule.choice !== 'string' || known.has(rule.choice)) return;
    const list = [...known].slice(0, 8).join(', ');
    // A kind that records no choices gets a warning only: its machine may one day record some.
    const report = known.size ? problems.add.bind(problems) : problems.warn.bind(problems);
    report(
      `awards[${i}].for.choice`,
      known.size
        ? {
            fr: `cette énigme n'a pas de choix "${rule.choice}" : ce point ne serait jamais donné. Choisis parmi : ${list}`,
            en: `this puzzle has no choice "${rule.choice}": the points would never be given. Pick one of: ${list}`,
          }
        : {
            fr: `cette énigme n'a aucun choix : un point "for": { "choice": … } ne serait jamais donné. Mets plutôt "solved", "no-hint", "no-answer-hint" ou "kept-trying"`,
            en: `this puzzle has no choices: points "for": { "choice": … } would never be given. Use "solved", "no-hint", "no-answer-hint" or "kept-trying" instead`,
          },
    );
  });
}
