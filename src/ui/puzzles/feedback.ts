import type { Feedback } from '../../core/machines/puzzles/common';
import { h } from '../dom';
import type { PuzzleViewContext } from './types';

export function feedbackText(feedback: Feedback | null, ctx: Pick<PuzzleViewContext<unknown, unknown>, 't' | 'tx'>): string {
  return !feedback ? '' : 'text' in feedback ? ctx.tx(feedback.text) : ctx.t(feedback.key, feedback.params);
}

/**
 * The line under a puzzle that says what just happened. Screen readers hear it through the
 * page's one live region (the panel is rebuilt on each change, a live region inside it would not speak).
 */
export function feedbackLine(feedback: Feedback | null, ctx: Pick<PuzzleViewContext<unknown, unknown>, 't' | 'tx'>): HTMLElement {
  return h('p', { class: `feedback ${feedback?.tone ?? ''}` }, feedbackText(feedback, ctx));
}
