/** Keyboard or pointer: what tells the game which hints a player needs. */
import { describe, expect, it } from 'vitest';
import { inputModeOf } from '../../src/ui/inputMode';

describe('keyboard or pointer', () => {
  it('Tab and the arrows mean keyboard, a click of the pointer means pointer, other keys and Enter’s click tell nothing', () => {
    expect(inputModeOf({ type: 'keydown', key: 'Tab' })).toBe('keyboard');
    expect(inputModeOf({ type: 'keydown', key: 'ArrowDown' })).toBe('keyboard');
    expect(inputModeOf({ type: 'click', detail: 1 })).toBe('pointer');
    // Enter or Space on a button clicks it too, with no count: still the keyboard.
    expect(inputModeOf({ type: 'click', detail: 0 })).toBeNull();
    expect(inputModeOf({ type: 'keydown', key: 'm' })).toBeNull();
    expect(inputModeOf({ type: 'keydown', key: 'Enter' })).toBeNull();
  });
});
