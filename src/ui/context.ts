import type { SnapshotFrom } from 'xstate';
import type { Lang, Translator } from '../core/i18n';
import type { Catalogue } from '../core/level/catalogue';
import type { Text } from '../core/level/schema';
import type { JourneyActor, journeyMachine } from '../core/machines/journey';
import type { GameState, GameStore } from '../core/store';
import type { WorldView } from '../world/view';
import type { WorkshopController } from './workshop/controller';

/**
 * What the title, the top bar and the notices read: the store and a few ways to act, so they are
 * drawn before the game's machines and levels arrive (ui/shell.ts), then by the game itself.
 */
export interface TitleContext {
  t: Translator;
  lang: Lang;
  tx: (text: Text) => string;
  state: GameState;
  store: GameStore;
  catalogue: Pick<Catalogue, 'problems'>;
  journey: Pick<JourneyActor, 'send'>;
  workshop: Pick<WorkshopController, 'snapshot' | 'openSetup'>;
  /** Opens the level editor (loaded then). */
  openEditor: () => void;
}

/** What every screen reads: the state of the moment and the ways to act on it. */
export interface UiContext extends TitleContext {
  catalogue: Catalogue;
  /** Loads a trainer's level file into the running game. */
  addTrainerLevel: (file: string, text: string) => void;
  journey: JourneyActor;
  journeySnapshot: SnapshotFrom<typeof journeyMachine>;
  /** The workshop: its set-up, and the session when one runs. */
  workshop: WorkshopController;
}

/** A screen: the text panel, the buttons laid over the world, and what the world shows. */
export interface Screen {
  /** Changes when the player moves to another step: focus then goes to the new heading. */
  key: string;
  panel: HTMLElement;
  overlay: HTMLElement[];
  world: WorldView;
  layout?: 'side' | 'wide' | 'page';
  /** The `data-key` of the control that takes the focus on arriving at this step, if not the default. */
  focusKey?: string;
}
