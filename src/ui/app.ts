/**
 * The DOM layer: renders the screen of the moment from the journey, level and puzzle actors
 * and the store, forwards the player's input to them as events, and keeps the world in step.
 */
import type { Subscription } from 'xstate';
import { pick } from '../core/i18n';
import { createJourney, type CatalogueRef } from '../core/journeyActor';
import { isWhole } from '../core/level/acts';
import { addTrainerLevel, withTrainerFiles, type Catalogue } from '../core/level/catalogue';
import type { JourneyActor } from '../core/machines/journey';
import type { LevelActor } from '../core/machines/level';
import type { Feedback, PuzzleActorRef } from '../core/puzzle';
import type { GameState, GameStore } from '../core/store';
import type { WorldView } from '../world/view';
import { h, replaceKeepingFocus } from './dom';
import { applySettings, type Layout } from './layout';
import type { Screen, UiContext } from './context';
import { translator } from './i18n';
import './strings';
import { feedbackText } from './puzzleView';
import { cityScreen } from './screens/city';
import { levelScreen } from './screens/level';
import { reportScreen } from './screens/report';
import { selfCheckScreen } from './screens/selfCheck';
import { titleScreen } from './screens/title';
import { loadingBar, type TitleAction } from './shell';
import { noticesView, topbar } from './topbar';
import { browserSpeech, createReadAloud, installReadAloud } from './readAloud';
import { trackInputMode } from './inputMode';
import type { KeyValueStorage } from '../core/save';
import { boardScreen } from './workshop/board';
import { workshopController, type WorkshopController } from './workshop/controller';
import { sessionReportScreen } from './workshop/report';
import { setupScreen } from './workshop/setup';
import type { Editor } from './editor/editor';
import { classStrip, installTrainerKeys, trainerLayer, trainerToggle } from './workshop/trainer';

/** Buttons whose double click would cost the player (a second hint, an unread choice, two mistakes). */
const ONCE_PER_CLICK = '.hint-button, .puzzle button';
const REPEATABLE = '.keypad button, .line-step, .step-move, .wheel-turn';

export { keepsWorkshop } from '../core/workshop/workshop';

export interface WorldPort {
  show(view: WorldView): void;
  setHighlight(id: string | null): void;
}

export interface SoundPort {
  play(name: 'click' | 'success' | 'error' | 'unlock'): void;
  setMuted(muted: boolean): void;
  unlockByGesture(): void;
}

export interface AppOptions {
  /** The page's frame, built at start (the title before the game drew into it). */
  frame: Layout;
  /** The screen the frame already shows (the title, drawn before the game): arriving, the game keeps the focus where it is. */
  shown?: string;
  store: GameStore;
  /** Where a workshop is kept (apart from the learner's save); null when the browser keeps nothing. */
  storage: KeyValueStorage | null;
  catalogue: Catalogue;
  world: WorldPort;
  sound: SoundPort;
}

export interface App {
  journey: JourneyActor;
  render(): void;
  /** Puts the levels read again from disk in place (a level file edited while the game runs); trainer levels stay. */
  replaceCatalogue(catalogue: Catalogue): void;
  /** True while a level runs, on the journey or in a workshop's session. */
  inLevel(): boolean;
  /** Calls `listener` after anything the journey, a level or a puzzle changes. */
  onChange(listener: () => void): void;
  /** Does what a screen's button does, with the game's context of the moment (a title button pressed before the game arrived). */
  run(action: (ctx: UiContext) => void): void;
}

export function startApp({ frame, shown = '', store, storage, catalogue, world, sound }: AppOptions): App {
  const library: CatalogueRef = { current: catalogue };
  const journey = createJourney(store, library);

  const { bar, notices, classSlot, overlay, panel, trainerSlot, announcer, main: layout } = frame;
  // Voices load after the page: the read-aloud buttons appear when the device has one.
  const reader = installReadAloud(createReadAloud(browserSpeech()));
  reader.subscribe(() => schedule());

  let lastKey = shown;
  let lastWorld = '';
  let lastFeedback: Feedback | null = null;
  let lastLevelState = '';
  let lastPlace = '';
  let scheduled = false;

  // The level editor comes as its own chunk, when a trainer opens it.
  let editor: Editor | null = null;
  const openEditor = async () => {
    const { createEditor } = await import('./editor/editor');
    editor ??= createEditor(schedule, () => library.current.glossary);
    journey.send({ type: 'editor.open' });
  };
  // Created once the journey runs: a workshop kept in the browser takes the journey to it.
  let workshop: WorkshopController | null = null;
  const session = () => (journey.getSnapshot().value === 'workshop' ? (workshop?.snapshot() ?? null) : null);
  const levelActor = (): LevelActor | null => ((session() ?? journey.getSnapshot()).children.level as LevelActor | undefined) ?? null;

  // Started with the first act alone (a new journey begins there), the title's other buttons
  // (continue, a workshop, the editor) need every act: pressed before the others are in, they
  // wait for them, and a bar shows the wait if it lasts.
  let waitingForActs: TitleAction | null = null;
  // The trainer's own level files, checked again against each catalogue that comes (an act arriving, a level file edited).
  const trainerFiles = new Map<string, string>();
  const onceWhole = (action: TitleAction) => {
    waitingForActs = action;
    schedule();
  };
  function title(ctx: UiContext): Screen {
    if (isWhole(ctx.catalogue)) return titleScreen(ctx);
    const screen = titleScreen({
      ...ctx,
      journey: { send: (event) => (event.type === 'journey.start' ? ctx.journey.send(event) : onceWhole((game) => game.journey.send(event))) },
      workshop: { snapshot: () => ctx.workshop.snapshot(), openSetup: () => onceWhole((game) => game.workshop.openSetup()) },
      openEditor: () => onceWhole((game) => game.openEditor()),
    });
    if (waitingForActs) screen.panel.querySelector('.actions')?.after(loadingBar(ctx.t));
    return screen;
  }

  function screenFor(ctx: UiContext): Screen {
    const value = ctx.journeySnapshot.value;
    const level = levelActor();
    const running = session();
    if (value === 'workshopSetup') return setupScreen(ctx);
    if (value === 'editor' && editor) return editor.screen(ctx);
    if (value === 'workshop' && running) {
      if (running.status === 'done') return sessionReportScreen(ctx);
      if (running.matches('level') && level) return levelScreen(ctx, level, running);
      return boardScreen(ctx, running);
    }
    if (value === 'level' && level) return levelScreen(ctx, level);
    if (value === 'city') return cityScreen(ctx);
    if (value === 'selfCheckBefore') return selfCheckScreen(ctx, 'before');
    if (value === 'selfCheckAfter') return selfCheckScreen(ctx, 'after');
    if (value === 'report') return reportScreen(ctx);
    return title(ctx);
  }

  /** Sounds and the live region follow what the machines said: a right answer chimes, a wrong one hums softly. */
  function react(feedback: Feedback | null, ctx: UiContext): boolean {
    if (!feedback || feedback === lastFeedback) return false;
    lastFeedback = feedback;
    announcer.textContent = feedbackText(feedback, ctx);
    if (feedback.tone === 'right') sound.play('success');
    else if (feedback.tone === 'wrong') sound.play('error');
    return true;
  }

  /**
   * What an action did is shown where the player is looking, never below the screen: the panel
   * (or, on a phone, the page) scrolls just enough to show it, gently unless motion is reduced.
   */
  function bringIntoView(el: Element | null, gently = true): void {
    if (!el) return;
    const smooth = gently && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }
  /** A message being brought into sight: a redraw during the gentle scroll stops it, so each redraw asks again, for a moment. */
  let reveal: { find: () => Element | null; until: number } | null = null;
  function revealSoon(find: () => Element | null): void {
    reveal = { find, until: performance.now() + 1500 };
    bringIntoView(find());
    // What settles after (a read-aloud button, a line wrapping anew) may push it down again: look twice more.
    for (const ms of [150, 500])
      setTimeout(() => {
        if (reveal && performance.now() < reveal.until) bringIntoView(reveal.find());
      }, ms);
  }

  function context(): UiContext {
    const state: GameState = store.getState();
    const lang = state.settings.lang;
    const t = translator(lang);
    return {
      t,
      lang,
      tx: (text) => pick(text, lang),
      state,
      store,
      catalogue: library.current,
      addTrainerLevel: (file, text) => {
        trainerFiles.set(file, text);
        library.current = addTrainerLevel(library.current, file, text);
        schedule();
      },
      journey,
      journeySnapshot: journey.getSnapshot(),
      workshop: workshop!,
      openEditor: () => void openEditor(),
    };
  }

  function render(): void {
    scheduled = false;
    const ctx = context();
    const { t } = ctx;
    // A button pressed on the title while acts were on their way no longer applies once the player has gone on.
    if (ctx.journeySnapshot.value !== 'title') waitingForActs = null;
    applySettings(ctx.state, t);
    const screen = screenFor(ctx);
    const hintsBefore = panel.querySelectorAll('.hint-list li').length;
    replaceKeepingFocus(bar, topbar(ctx, trainerToggle(ctx)));
    replaceKeepingFocus(panel, screen.panel);
    replaceKeepingFocus(overlay, h('div', { class: 'overlay-inner' }, ...screen.overlay));
    replaceKeepingFocus(notices, noticesView(ctx));
    replaceKeepingFocus(trainerSlot, trainerLayer(ctx) ?? h('div'));
    replaceKeepingFocus(classSlot, classStrip(ctx) ?? h('div'));
    // Paused, the game under the curtain can be neither read nor played.
    const paused = !!session()?.matches({ level: 'paused' });
    layout.inert = paused;
    bar.inert = paused;
    // A dialog of the trainer's (the pause, the key list) takes the focus when it opens.
    const dialog = trainerSlot.querySelector<HTMLElement>('[role="dialog"]');
    if (dialog && !dialog.contains(document.activeElement))
      (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('h2'))?.focus();
    reader.settle();
    layout.dataset.layout = screen.layout ?? 'side';
    layout.dataset.screen = String(ctx.journeySnapshot.value);

    const worldKey = JSON.stringify(screen.world);
    if (worldKey !== lastWorld) {
      lastWorld = worldKey;
      world.show(screen.world);
    }
    const newStep = screen.key !== lastKey;
    if (newStep) {
      lastKey = screen.key;
      store.getState().setHighlight(null);
      // A new place opens at its top, the world in sight (a phone's page scrolled down to the last
      // place's end would open the city past its map); a new step of a place opens at the panel's top.
      const place = `${layout.dataset.screen}:${levelActor()?.getSnapshot().context.level.id ?? ''}`;
      if (place !== lastPlace) window.scrollTo({ top: 0 });
      if (place !== lastPlace || !screen.focusKey) panel.scrollTop = 0;
      lastPlace = place;
      // Then the keyboard goes where the player's next action is, or on its heading, and the page
      // follows it only as far as needed.
      const back = screen.focusKey ? document.querySelector<HTMLElement>(`[data-key="${CSS.escape(screen.focusKey)}"]`) : null;
      const target = back ?? panel.querySelector<HTMLElement>('[data-autofocus]') ?? panel.querySelector<HTMLElement>('#screen-title');
      target?.focus({ preventScroll: true });
      bringIntoView(target, false);
    }
    const lsnap = levelActor()?.getSnapshot();
    const levelState = lsnap ? String(lsnap.value) : '';
    if (levelState !== lastLevelState) {
      lastLevelState = levelState;
      if (levelState === 'solved' || levelState === 'cleared') sound.play('unlock');
    }
    if (newStep) reveal = null;
    else if (reveal && performance.now() < reveal.until) bringIntoView(reveal.find());
    const answered = react(lsnap?.context.puzzleRef?.getSnapshot().context.feedback ?? lsnap?.context.feedback ?? null, ctx);
    if (answered && !newStep) revealSoon(() => panel.querySelector('.feedback:not(:empty)'));
    // A hint just opened: in sight, and said by screen readers (the focus stays on the hint button, for the next one).
    const hints = panel.querySelectorAll('.hint-list li');
    if (!newStep && hints.length > hintsBefore) {
      announcer.textContent = hints[hints.length - 1]!.textContent ?? '';
      revealSoon(() => [...panel.querySelectorAll('.hint-list li')].pop() ?? null);
    }
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(render);
  }

  // Follow the journey, the level it runs, and the puzzle the level runs.
  let levelSub: Subscription | null = null;
  let puzzleSub: Subscription | null = null;
  let followedLevel: LevelActor | null = null;
  let followedPuzzle: PuzzleActorRef | null = null;
  function follow(): void {
    const level = levelActor();
    if (level !== followedLevel) {
      levelSub?.unsubscribe();
      followedLevel = level;
      levelSub = level ? level.subscribe({ next: onChange, error: onChange }) : null;
    }
    const puzzle = level?.getSnapshot().context.puzzleRef ?? null;
    if (puzzle !== followedPuzzle) {
      puzzleSub?.unsubscribe();
      followedPuzzle = puzzle;
      puzzleSub = puzzle ? puzzle.subscribe({ next: onChange, error: onChange }) : null;
    }
  }
  const listeners: (() => void)[] = [];
  function onChange(): void {
    follow();
    schedule();
    for (const listener of listeners) listener();
  }
  journey.subscribe({ next: onChange, error: (e) => console.error(e) });

  store.subscribe((s, prev) => {
    if (s.session.highlight !== prev.session.highlight) world.setHighlight(s.session.highlight);
    if (s.settings.muted !== prev.settings.muted) sound.setMuted(s.settings.muted);
    const relevant = s.progress !== prev.progress || s.settings !== prev.settings || s.session.notices !== prev.session.notices;
    if (relevant) schedule();
  });

  // Keyboard hints show once the player moves with the keys, and hide after a tap or click.
  trackInputMode(document);
  // Keys: M mutes, Escape closes what is open. Typing in a field never triggers a shortcut.
  document.addEventListener('keydown', (ev) => {
    sound.unlockByGesture();
    const typing = ev.target instanceof HTMLInputElement && ['text', 'number', 'search'].includes(ev.target.type);
    if ((ev.key === 'm' || ev.key === 'M') && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      store.getState().setMuted(!store.getState().settings.muted);
      ev.preventDefault();
    } else if (ev.key === 'Escape') {
      const level = levelActor();
      const lsnap = level?.getSnapshot();
      if (!level || !lsnap) return;
      if (lsnap.context.reading) level.send({ type: 'reading.close' });
      else if (lsnap.value === 'puzzle') level.send({ type: 'puzzle.leave' });
    }
  });
  document.addEventListener('pointerdown', () => sound.unlockByGesture());
  // A double click must not answer twice: the panel is redrawn under the pointer after the
  // first click, so the second would land on the next step's control (next hint, next choice).
  // Controls made to be pressed repeatedly (keypad, +/−, move, wheel) and quick "next" taps are exempt.
  document.addEventListener(
    'click',
    (ev) => {
      const target = ev.target instanceof Element ? ev.target.closest('button') : null;
      if (target && ev.detail > 1 && target.matches(ONCE_PER_CLICK) && !target.matches(REPEATABLE)) {
        ev.stopImmediatePropagation();
        ev.preventDefault();
      }
    },
    { capture: true },
  );
  document.addEventListener('click', (ev) => {
    if (ev.target instanceof Element && ev.target.closest('button')) sound.play('click');
  });

  sound.setMuted(store.getState().settings.muted);
  journey.start();
  workshop = workshopController({ storage, library, store, journey, onChange });
  installTrainerKeys(document, workshop, () => window.confirm(translator(store.getState().settings.lang)('workshop.confirmEnd')));
  render();
  const replaceCatalogue = (next: Catalogue) => {
    library.current = withTrainerFiles(next, trainerFiles);
    const waiting = isWhole(next) ? waitingForActs : null;
    if (waiting) {
      waitingForActs = null;
      // Still on the title: what was pressed there is done now (elsewhere, it no longer applies).
      if (journey.getSnapshot().value === 'title') run(waiting);
    }
    render();
  };
  const inLevel = () => journey.getSnapshot().value === 'level' || !!session()?.matches('level');
  const run = (action: (ctx: UiContext) => void) => action(context());
  return { journey, render, replaceCatalogue, inLevel, onChange: (listener) => void listeners.push(listener), run };
}
