import { lineTop, ruleStatuses, totalOf, type AllocationProblem, type RuleStatus, type allocationMachine } from './machine';
import { allocation } from '.';
import { button, h } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext, glossText } from '../../ui/puzzleView';
import './view.css';

/**
 * Is a pointer press under way? A typed amount goes to the machine when its field is left. When a
 * press on another control makes it leave, sending at once would redraw the panel between the
 * press and its click, and the click would be lost: then the amount waits for that click.
 */
let pressing = false;
let watching = false;
function watchPresses(): void {
  if (watching) return;
  watching = true;
  const release = () => (pressing = false);
  document.addEventListener('pointerdown', () => (pressing = true), true);
  document.addEventListener('keydown', release, true);
  document.addEventListener('pointercancel', release, true);
  document.addEventListener('click', release);
}

/** Calls `then` once the press under way has ended in a click (or was given up). */
function afterThePress(then: () => void): void {
  const done = new AbortController();
  const once = () => {
    done.abort();
    // After the click's own handlers: the control clicked sends its event first.
    setTimeout(then, 0);
  };
  document.addEventListener('click', once, { capture: true, signal: done.signal });
  document.addEventListener('pointercancel', once, { capture: true, signal: done.signal });
}

function panel(ctx: PuzzleViewContext<typeof allocationMachine>): HTMLElement {
  watchPresses();
  const { puzzle, amounts, problems, feedback, noteFor } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';
  const number = new Intl.NumberFormat(ctx.lang);
  const money = (n: number) => ctx.t('allocation.money', { n: number.format(n), unit: puzzle.unit });
  const labelOf = (lineId: string) => ctx.tx(puzzle.lines.find((l) => l.id === lineId)?.label ?? { fr: lineId, en: lineId });
  // Amounts in the feedback read like the rest of the panel ("1 000", not "1000"); a count `n` stays a number for its plural.
  const words = {
    tx: ctx.tx,
    t: Object.assign(
      (key: string, params: Record<string, string | number> = {}) =>
        ctx.t(key, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && k !== 'n' ? number.format(v) : v]))),
      { lang: ctx.lang },
    ),
  };

  /** Sends what was typed in the amount fields and not yet sent (each field knows the amount it showed); true if it sent any. */
  const sendTyped = (): boolean => {
    let sent = false;
    if (done) return sent;
    for (const field of form.querySelectorAll<HTMLInputElement>('input.line-typed')) {
      if (field.value === field.dataset.shown) continue;
      field.dataset.shown = field.value;
      ctx.send({ type: 'line.type', line: field.dataset.line!, typed: field.value });
      sent = true;
    }
    return sent;
  };

  const ruleText = (rule: RuleStatus) => {
    if (rule.kind === 'budget') return ctx.t(rule.spendAll ? 'allocation.rule.spendAll' : 'allocation.rule.stayUnder', { budget: money(rule.budget) });
    const line = labelOf(rule.line);
    if (rule.atLeast !== undefined && rule.atMost !== undefined)
      return ctx.t('allocation.rule.between', { line, min: money(rule.atLeast), max: money(rule.atMost) });
    if (rule.atLeast !== undefined) return ctx.t('allocation.rule.atLeast', { line, min: money(rule.atLeast) });
    if (rule.atMost !== undefined) return ctx.t('allocation.rule.atMost', { line, max: money(rule.atMost) });
    return ctx.tx(rule.message);
  };
  // Every rule from the start, in plain words, marked as the amounts move: no rule is a surprise.
  const rulesTitleId = `alloc-${puzzle.id}-rules`;
  const rules = h(
    'ul',
    { class: 'rules', attrs: { 'aria-labelledby': rulesTitleId } },
    ...ruleStatuses(puzzle, amounts).map((rule) =>
      h(
        'li',
        { class: `rule ${rule.met ? 'met' : 'not-met'}` },
        h('span', { class: 'rule-mark', attrs: { 'aria-hidden': 'true' } }, rule.met ? '✓' : '○'),
        h('span', { class: 'rule-text' }, ruleText(rule)),
        h('span', { class: 'visually-hidden' }, ` (${ctx.t(rule.met ? 'allocation.rule.met' : 'allocation.rule.notMet')})`),
      ),
    ),
  );

  const lines = h(
    'ul',
    { class: 'lines', attrs: { 'aria-label': ctx.t('allocation.lines') } },
    ...puzzle.lines.map((line) => {
      const amount = amounts[line.id] ?? line.min;
      const id = `alloc-${puzzle.id}-${line.id}`;
      const label = ctx.tx(line.label);
      const noted = noteFor === line.id && feedback !== null;
      const typed = h('input', {
        key: `typed-${line.id}`,
        class: 'line-typed',
        attrs: {
          id: `${id}-typed`,
          type: 'text',
          inputmode: 'numeric',
          enterkeyhint: 'done',
          autocomplete: 'off',
          spellcheck: 'false',
          value: amount,
          'aria-label': ctx.t('allocation.amount', { line: label, unit: puzzle.unit }),
          'aria-describedby': noted ? `${id}-note ${id}-help` : `${id}-help`,
          'data-line': line.id,
          'data-shown': amount,
          disabled: done,
        },
        on: {
          // Enter sets the amount; it does not check the budget (that stays a choice of its own).
          keydown: (ev) => {
            if ((ev as KeyboardEvent).key !== 'Enter') return;
            ev.preventDefault();
            sendTyped();
          },
          change: () => {
            if (pressing) afterThePress(sendTyped);
            else sendTyped();
          },
          // The whole figure is selected on entering the field, so typing replaces it.
          focus: (ev) => (ev.target as HTMLInputElement).select(),
        },
      });
      const slider = h('input', {
        key: `line-${line.id}`,
        class: 'line-range',
        attrs: {
          id,
          type: 'range',
          min: line.min,
          max: line.max,
          step: line.step,
          value: amount,
          'aria-valuetext': money(amount),
          'aria-describedby': `${id}-help`,
          disabled: done,
        },
        on: {
          // While dragging, only the figure in the field follows; the machine hears the value once
          // it is let go (or at each arrow key), so the slider is never replaced mid-drag.
          input: (ev) => {
            const value = (ev.target as HTMLInputElement).value;
            typed.value = value;
            typed.dataset.shown = value;
          },
          change: (ev) => {
            if (done) return;
            sendTyped();
            ctx.send({ type: 'line.set', line: line.id, amount: Number((ev.target as HTMLInputElement).value) });
          },
        },
      });
      const step = (by: -1 | 1) => {
        const blocked = done || (by < 0 ? amount <= line.min : amount >= lineTop(line));
        const name = ctx.t(by < 0 ? 'allocation.less' : 'allocation.more', { line: label });
        // `aria-disabled` keeps the focus on the button when the line reaches its bound.
        return button(
          by < 0 ? '−' : '+',
          () => {
            if (done) return;
            // A figure just typed counts first: "+" adds one step to it.
            const typedHere = typed.value !== typed.dataset.shown;
            sendTyped();
            if (typedHere || !blocked) ctx.send({ type: 'line.step', line: line.id, by });
          },
          {
            key: `line-${line.id}-${by < 0 ? 'less' : 'more'}`,
            class: 'line-step',
            attrs: { 'aria-label': name, title: name, 'aria-disabled': blocked ? 'true' : undefined },
          },
        );
      };
      return h(
        'li',
        { class: 'tile line' },
        h('label', { class: 'line-label', attrs: { for: id } }, label),
        h(
          'div',
          { class: 'line-controls' },
          slider,
          h(
            'span',
            { class: 'line-amount' },
            step(-1),
            h('span', { class: 'line-typed-box' }, typed, h('span', { class: 'line-unit', attrs: { 'aria-hidden': 'true' } }, puzzle.unit)),
            step(1),
          ),
        ),
        noted ? h('div', { attrs: { id: `${id}-note` } }, feedbackLine(feedback, words)) : null,
        h('p', { class: 'line-help', attrs: { id: `${id}-help` } }, ctx.tx(line.help)),
      );
    }),
  );

  const problemText = (p: AllocationProblem) => {
    if ('text' in p) return ctx.tx(p.text);
    if (p.key === 'allocation.over') return ctx.t(p.key, { over: number.format(p.params.over), unit: p.params.unit });
    return ctx.t(p.key, { left: number.format(p.params.left), unit: p.params.unit });
  };

  const form: HTMLFormElement = h(
    'form',
    {
      class: 'puzzle allocation',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          if (done) return;
          // A figure typed and not yet sent is part of the budget being checked.
          sendTyped();
          ctx.send({ type: 'allocation.submit' });
        },
      },
    },
    h('p', { class: 'prompt' }, ...glossText(ctx, ctx.tx(puzzle.prompt), 'prompt')),
    h('p', { class: 'rules-title', attrs: { id: rulesTitleId } }, ctx.t('allocation.rules')),
    rules,
    lines,
    h(
      'p',
      { class: 'total', attrs: { 'aria-live': 'polite' } },
      ctx.t('allocation.total', { spent: money(totalOf(puzzle, amounts)), budget: money(puzzle.budget) }),
    ),
    done ? null : h('button', { key: 'allocation-submit', class: 'primary', attrs: { type: 'submit' } }, ctx.t('allocation.submit')),
    noteFor ? null : feedbackLine(feedback, words),
    problems.length
      ? h('ul', { class: 'problems', attrs: { 'aria-label': ctx.t('allocation.toFix') } }, ...problems.map((p) => h('li', {}, problemText(p))))
      : null,
  );
  return form;
}

export const view = definePuzzleView(allocation, { panel });
