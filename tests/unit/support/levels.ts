/**
 * Small levels for tests, built through the real loader so they carry exactly what the game
 * would load (defaults applied, answers hashed).
 */
import { parseLevel, type Level } from '../../../src/core/level/loader';

export const t = (fr: string, en = fr) => ({ fr, en });
export const hints3 = () => [t('indice 1', 'hint 1'), t('indice 2', 'hint 2'), t('indice 3', 'hint 3')];

export function codeLock(id: string, answer: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'code-lock',
    id,
    title: t(`Cadenas ${id}`, `Lock ${id}`),
    prompt: t('Le code ?', 'The code?'),
    hints: hints3(),
    answer,
    length: answer.length,
    ...extra,
  };
}

/** A valid level file as plain data, without a room; override any field. */
export function levelData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    formatVersion: 1,
    id: 'test-level',
    act: 1,
    order: 1,
    place: 'archive',
    backdrop: 'archive',
    title: t('Titre', 'Title'),
    goal: t('But', 'Goal'),
    intro: [{ speaker: t('Moi', 'Me'), text: t('Bonjour', 'Hello') }],
    competences: ['spotting-opportunities', 'valuing-ideas', 'learning-through-experience'],
    puzzles: [codeLock('lock-a', '1234')],
    debrief: {
      summary: t('Résumé', 'Summary'),
      reflection: t('Question'),
      story: { name: 'Ana', business: t('Café'), text: t('Histoire', 'Story') },
    },
    ...overrides,
  };
}

/** Loads level data through `parseLevel`; throws with the problems when it does not load. */
export function loadLevel(data: unknown, file = 'test.json'): Level {
  const result = parseLevel(file, data);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

export function makeLevel(overrides: Record<string, unknown> = {}): Level {
  return loadLevel(levelData(overrides));
}
