/**
 * The journey as the game runs it: the journey machine wired to the store and the catalogue.
 * It lives in core (no Phaser, no DOM) so Node tests drive this very wiring, not a copy of it.
 */
import { createActor } from 'xstate';
import { isJourneyComplete, levelStatus } from './journey';
import { findLevel, type Catalogue } from './level/catalogue';
import { journeyMachine, type JourneyActor } from './machines/journey';
import type { GameStore } from './store';

/** The catalogue of the moment: a trainer can load a level file while the game runs. */
export interface CatalogueRef {
  current: Catalogue;
}

export function createJourney(store: GameStore, library: CatalogueRef): JourneyActor {
  const levels = library.current.levels;
  const s = () => store.getState();
  return createActor(journeyMachine, {
    input: {
      deps: {
        levelInput: (id) => {
          const level = findLevel(library.current, id);
          // The journey's seed: the level gives each puzzle its own from it, for every shuffle.
          return level ? { level, flags: s().progress.flags, timed: s().settings.timer, seed: s().progress.seed } : null;
        },
        // A trainer's own level is always open: it stands outside the journey's order.
        isOpen: (id) => levelStatus(levels, s().progress, id) !== 'locked' || library.current.trainerLevels.some((l) => l.id === id),
        isComplete: () => isJourneyComplete(levels, s().progress),
        selfCheckDone: (when) => s().progress.selfCheck[when] !== undefined,
        resumeLevel: () => s().progress.currentLevel,
        onLevelStart: (id) => s().startLevel(id),
        onLevelDone: (result) => s().completeLevel(result),
        onLevelQuit: () => s().leaveLevel(),
      },
    },
  });
}
