/**
 * The page's frame: the bar, the messages, the stage (world and overlay), the panel and the
 * trainer's layer. Built once at start; the title before the game (ui/shell.ts) and then the game
 * (ui/app.ts) draw into the same elements, so nothing moves and the focus stays where it was.
 */
import type { Translator } from '../core/i18n';
import type { GameState, GameStore } from '../core/store';
import { h } from './dom';
import { closeNoticesInTime, shareNoticesHeight } from './topbar';

export interface Layout {
  bar: HTMLElement;
  /** The messages and, in a workshop, the class strip: in the flow under the bar, never over a control. */
  notices: HTMLElement;
  classSlot: HTMLElement;
  stage: HTMLElement;
  /** Where Phaser draws the world. */
  game: HTMLElement;
  overlay: HTMLElement;
  panel: HTMLElement;
  /** The stage and the panel side by side (or stacked); `data-layout` and `data-screen` style them. */
  main: HTMLElement;
  trainerSlot: HTMLElement;
  announcer: HTMLElement;
}

export function createLayout(root: HTMLElement, store: GameStore): Layout {
  const bar = h('div', { class: 'topbar-slot' });
  const stage = h('div', { class: 'stage', attrs: { id: 'stage' } });
  // The world's picture says nothing the DOM does not say too (the panel, the overlay's buttons): hidden from assistive technology.
  const game = h('div', { class: 'game', attrs: { id: 'game', 'aria-hidden': 'true' } });
  const overlay = h('div', { class: 'overlay', attrs: { id: 'overlay' } });
  const panel = h('main', { class: 'panel', attrs: { id: 'panel' } });
  const notices = h('div', { class: 'notices-slot', attrs: { 'aria-live': 'polite' } });
  const announcer = h('p', { class: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite', id: 'announcer' } });
  // What only a workshop has: the scores, the trainer's message, the pause curtain and the trainer's panel.
  const trainerSlot = h('div', { class: 'trainer-slot' });
  const classSlot = h('div', { class: 'class-slot' });
  stage.append(game, overlay);
  const main = h('div', { class: 'layout', attrs: { 'data-layout': 'side', 'data-screen': 'title' } }, stage, panel);
  const aboveGame = h('div', { class: 'above-game' }, notices, classSlot);
  root.replaceChildren(bar, aboveGame, main, trainerSlot, announcer);
  // Information messages close by themselves.
  closeNoticesInTime(notices, store);
  shareNoticesHeight(aboveGame);
  return { bar, notices, classSlot, stage, game, overlay, panel, main, trainerSlot, announcer };
}

/** The page follows the player's settings: its language, text size and projector mode (see styles.css). */
export function applySettings(state: GameState, t: Translator): void {
  const root = document.documentElement;
  root.lang = state.settings.lang;
  root.dataset.textSize = state.settings.textSize;
  root.dataset.projector = String(state.settings.projector);
  document.title = t('app.name');
}
