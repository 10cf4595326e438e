import type { Feedback } from '../../core/machines/puzzles/common';
import { h } from '../dom';
import type { PuzzleViewContext } from './types';

/** The line under a puzzle that says what just happened, read out by screen readers. */
export function feedbackLine(feedback: Feedback | null, ctx: Pick<PuzzleViewContext<unknown, unknown>, 't' | 'tx'>): HTMLElement {
  const text = !feedback ? '' : 'text' in feedback ? ctx.tx(feedback.text) : ctx.t(feedback.key, feedback.params);
  return h('p', { class: `feedback ${feedback?.tone ?? ''}`, attrs: { role: 'status', 'aria-live': 'polite' } }, text);
}
