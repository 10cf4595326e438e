import { parseLevel, type Puzzle, type PuzzleOf } from '../../../src/core/level/loader';

const t = (fr: string, en = fr) => ({ fr, en });
export const hints3 = [t('indice 1', 'hint 1'), t('indice 2', 'hint 2'), t('indice 3', 'hint 3')];

/**
 * Runs a puzzle definition through the real loader inside a minimal level, so tests use
 * exactly what the game would (defaults applied, answers hashed).
 */
export function loadPuzzle<K extends Puzzle['kind']>(kind: K, fields: Record<string, unknown>): PuzzleOf<K> {
  const level = {
    formatVersion: 1,
    id: 'test-level',
    act: 1,
    order: 1,
    place: 'test',
    backdrop: 'archive',
    title: t('Test'),
    goal: t('But', 'Goal'),
    intro: [{ speaker: t('Moi', 'Me'), text: t('Bonjour', 'Hello') }],
    competences: ['spotting-opportunities', 'creativity', 'ethical-thinking', 'financial-literacy', 'coping-with-uncertainty', 'learning-through-experience'],
    puzzles: [{ kind, id: 'p1', title: t('Titre', 'Title'), prompt: t('Consigne', 'Prompt'), hints: hints3, ...fields }],
    debrief: { summary: t('Résumé', 'Summary'), reflection: t('Question'), story: { name: 'Ana', business: t('Café'), text: t('Histoire', 'Story') } },
  };
  const result = parseLevel('test.json', level);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value.puzzles[0] as PuzzleOf<K>;
}
export { t };
