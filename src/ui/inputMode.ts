/**
 * Keyboard or pointer: hints such as "Tab then Enter" help a player who uses the keys and only
 * clutter the screen of one who taps. The last way the player acted is written on <html> as
 * `data-input`, and the hints show for keyboard users alone (see inputMode.css).
 */
import { h } from './dom';
import './inputMode.css';

/** Keys that move around the page: pressing one means the player goes by keyboard. */
const MOVING_KEYS = new Set(['Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

export type InputMode = 'keyboard' | 'pointer';

/**
 * The way of acting an event tells, or null if it tells nothing. A pointer is known by its
 * click, not by its press: hiding the hints at the press would move the page under the finger,
 * and the click would land beside the button. A click made with Enter or Space has no count.
 */
export function inputModeOf(ev: { type: string; key?: string; detail?: number }): InputMode | null {
  if (ev.type === 'click') return (ev.detail ?? 0) > 0 ? 'pointer' : null;
  return ev.type === 'keydown' && ev.key !== undefined && MOVING_KEYS.has(ev.key) ? 'keyboard' : null;
}

/** Follows the player's way of acting on `doc`, writing it on its root element. */
export function trackInputMode(doc: Document): void {
  const set = (mode: InputMode | null) => {
    if (mode && doc.documentElement.dataset.input !== mode) doc.documentElement.dataset.input = mode;
  };
  doc.addEventListener('keydown', (ev) => set(inputModeOf(ev)), { capture: true });
  doc.addEventListener('click', (ev) => set(inputModeOf(ev)), { capture: true });
}

/** A short hint for keyboard users ("Échap pour revenir à la pièce"), hidden from the others. */
export function keyHint(text: string): HTMLElement {
  return h('p', { class: 'key-hint' }, text);
}
