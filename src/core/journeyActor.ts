/**
 * The journey as the game runs it: the journey machine wired to the store and the catalogue.
 * It lives in core (no Phaser, no DOM) so Node tests drive this very wiring, not a copy of it.
 */
import { createActor } from 'xstate';
import { isJourneyComplete, levelStatus } from './journey';
import { findLevel, type Catalogue } from './level/catalogue';
import { journeyMachine, type JourneyActor } from './machines/journey';
import type { LevelActor } from './machines/level';
import { saveLevel } from './machines/levelSave';
import type { GameStore } from './store';

/** The catalogue of the moment: a trainer can load a level file while the game runs. */
export interface CatalogueRef {
  current: Catalogue;
}

export function createJourney(store: GameStore, library: CatalogueRef): JourneyActor {
  const s = () => store.getState();
  // What happens in a level is saved as it happens: once per burst of changes (a move can change
  // the level and its puzzle together), and only while the player is in a level that goes on.
  let saving = false;
  const saveLevelNow = () => {
    saving = false;
    const snap = journey.getSnapshot();
    const level = snap.children.level as LevelActor | undefined;
    const levelId = snap.context.levelId;
    if (snap.value !== 'level' || !level || !levelId || level.getSnapshot().status !== 'active') return;
    try {
      s().keepLevelProgress(levelId, saveLevel(level));
    } catch (err) {
      // Saving must never stop the game: the level goes on, only this moment is not kept.
      console.error(err);
    }
  };
  const journey: JourneyActor = createActor(journeyMachine, {
    inspect: (e) => {
      // Leaving for the city: what was done just before is kept before the level stops.
      if (e.type === '@xstate.event' && e.event.type === 'level.quit' && e.actorRef === journey) saveLevelNow();
      if (e.type !== '@xstate.snapshot' || saving) return;
      saving = true;
      queueMicrotask(saveLevelNow);
    },
    input: {
      deps: {
        levelInput: (id) => {
          const level = findLevel(library.current, id);
          // The journey's seed: the level gives each puzzle its own from it, for every shuffle.
          if (!level) return null;
          const saved = s().progress.inLevel;
          return {
            level,
            flags: s().progress.flags,
            timed: s().settings.timer,
            seed: s().progress.seed,
            saved: saved && Object.hasOwn(saved, id) ? saved[id] : undefined,
            onSavedUnusable: () => {
              s().forgetLevelProgress(id);
              s().notify('level.resumeLost');
            },
          };
        },
        // A trainer's own level is always open: it stands outside the journey's order.
        isOpen: (id) => levelStatus(library.current.levels, s().progress, id) !== 'locked' || library.current.trainerLevels.some((l) => l.id === id),
        isComplete: () => isJourneyComplete(library.current, s().progress),
        selfCheckDone: (when) => s().progress.selfCheck[when] !== undefined,
        resumeLevel: () => s().progress.currentLevel,
        onLevelStart: (id) => s().startLevel(id),
        onLevelDone: (result) => s().completeLevel(result),
        onLevelQuit: () => s().leaveLevel(),
      },
    },
  });
  return journey;
}
