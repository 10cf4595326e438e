/**
 * Levels to start from: a room with a key, a locked drawer and a code lock (the classic escape
 * room, with its code left for the trainer to choose), and for every kind of puzzle a level
 * holding one, copied from a level of the journey that uses that kind.
 */
import type { Level } from '../../core/level/loader';
import { LEVEL_FORMAT_VERSION } from '../../core/level/schema';
import room from './room-template.json';

type Json = Record<string, unknown>;
const t = (fr: string, en: string) => ({ fr, en });

/** The frame every template shares: a title, a mission, a welcome, a debrief. */
function frame(id: string, over: Json): Json {
  return {
    formatVersion: LEVEL_FORMAT_VERSION,
    id,
    act: 1,
    order: 9,
    place: 'archive',
    backdrop: 'archive',
    title: t('Mon niveau', 'My level'),
    goal: t('Trouve le code et ouvre l’armoire.', 'Find the code and open the cabinet.'),
    intro: [
      {
        speaker: t('Lison', 'Lison'),
        text: t('Bienvenue ! Fouille la salle : tout ce qu’il faut est ici.', 'Welcome! Search the room: everything you need is here.'),
      },
    ],
    competences: ['taking-initiative'],
    debrief: {
      summary: t('Chercher, relier les indices, essayer : c’est déjà entreprendre.', 'Searching, linking clues, trying: that is already enterprise.'),
      reflection: t('Qu’est-ce qui t’a aidé à trouver ?', 'What helped you find it?'),
      story: {
        name: 'Lison',
        business: t('Libraire', 'Bookseller'),
        text: t(
          'Lison a ouvert sa librairie après des années à chercher le bon local.',
          'Lison opened her bookshop after years of looking for the right place.',
        ),
      },
    },
    ...over,
  };
}

/** A room: the shelf gives a key, the key opens the drawer (where the code is), the code opens the cabinet. */
export function roomTemplate(): Json {
  return frame('ma-salle', structuredClone(room) as Json);
}

/** A level of the journey as a file again (its data is what the file said, defaults filled in). */
export function asFile(level: Level): Json {
  return JSON.parse(JSON.stringify(level)) as Json;
}

/** For each kind a level of the journey uses, a level holding only its first puzzle of that kind. */
export function kindTemplates(levels: readonly Level[]): { kind: string; level: Json }[] {
  const seen = new Map<string, Json>();
  for (const level of levels) {
    for (const puzzle of level.puzzles) {
      if (seen.has(puzzle.kind)) continue;
      const file = asFile(level);
      const one = JSON.parse(JSON.stringify(puzzle)) as Json;
      seen.set(puzzle.kind, frame(`mon-${puzzle.kind}`, { place: file.place, backdrop: file.backdrop, competences: file.competences, puzzles: [one] }));
    }
  }
  return [...seen].map(([kind, level]) => ({ kind, level }));
}
