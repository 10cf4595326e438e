import { it, expect } from 'vitest';
import { createActor } from 'xstate';
import fr from '../../../src/locales/fr/allocation.json';
import frq from '../../../src/locales/fr/quiz.json';
import frt from '../../../src/locales/fr/timedEvents.json';
import { format } from '../../../src/core/i18n';
import { loadPuzzle, t as tt } from './fixtures';

class El {
  children: any[] = []; attrs: Record<string, string> = {}; dataset: any = {}; className = ''; listeners: Record<string, any> = {};
  style = { props: {} as any, setProperty(n: string, v: string) { this.props[n] = v; } };
  constructor(public tag: string) {}
  setAttribute(n: string, v: string) { this.attrs[n] = v; }
  addEventListener(n: string, f: any) { this.listeners[n] = f; }
  appendChild(c: any) { this.children.push(c); }
  set textContent(v: string) { this.children = [{ text: v }]; }
  dump(d = 0): string {
    const a = Object.entries(this.attrs).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    const s = Object.entries(this.style.props).map(([k, v]) => `${k}:${v}`).join(';');
    return '  '.repeat(d) + `<${this.tag}${this.className ? ' .' + this.className.replace(/ /g, '.') : ''}${this.dataset.key ? ' key=' + this.dataset.key : ''} ${a}${s ? ' style=' + s : ''}>\n` +
      this.children.map((c) => (c instanceof El ? c.dump(d + 1) : '  '.repeat(d + 1) + JSON.stringify(c.text) + '\n')).join('');
  }
  find(pred: (e: El) => boolean): El[] { const out: El[] = []; if (pred(this)) out.push(this); for (const c of this.children) if (c instanceof El) out.push(...c.find(pred)); return out; }
  text(): string { return this.children.map((c) => (c instanceof El ? c.text() : c.text)).join(''); }
}
(globalThis as any).document = { createElement: (t: string) => new El(t), createTextNode: (s: string) => ({ text: s }) };
(globalThis as any).performance ??= { now: () => 0 };
const dict: Record<string, string> = { ...fr, ...frq, ...frt };
const t = Object.assign((k: string, p?: any) => { if (!(k in dict)) throw new Error('missing ' + k); return format(dict[k]!, p); }, { lang: 'fr' as const });

it('renders', async () => {
  const { allocationMachine } = await import('../../../src/core/machines/puzzles/allocation');
  const { allocationView } = await import('../../../src/ui/puzzles/allocation');
  const { quizMachine } = await import('../../../src/core/machines/puzzles/quiz');
  const { quizView } = await import('../../../src/ui/puzzles/quiz');
  const { timedEventsMachine } = await import('../../../src/core/machines/puzzles/timedEvents');
  const { timedEventsView } = await import('../../../src/ui/puzzles/timedEvents');
  const render = (view: any, actor: any) => view({ snapshot: actor.getSnapshot(), send: (e: any) => actor.send(e), t, lang: 'fr', tx: (x: any) => x.fr }) as El;

  const ap = loadPuzzle('allocation', { budget: 2000, spendAll: true, lines: [
    { id: 'rent', label: tt('Loyer'), help: tt('Le local'), min: 400, max: 1000, step: 100 },
    { id: 'stock', label: tt('Stock'), help: tt('Vendre'), max: 1500, step: 100 }],
    rules: [{ line: 'stock', atLeast: 800, message: tt('Sans stock, rien à vendre.') }] });
  const a = createActor(allocationMachine, { input: { puzzle: ap, lang: 'fr', flags: {} } }).start();
  let el = render(allocationView, a);
  el.find((e) => e.attrs['aria-label'] === 'Plus pour Loyer')[0]!.listeners.click();
  el = render(allocationView, a);
  el.listeners.submit({ preventDefault() {} });
  el = render(allocationView, a);
  console.log(el.dump());
  expect(el.text()).toContain('Dépensé : 500 € sur 2');

  const qp = loadPuzzle('quiz', { questions: [
    { id: 'q1', text: tt('Q1 ?'), options: [{ id: 'a', text: tt('A'), correct: false }, { id: 'b', text: tt('B'), correct: true }], explanation: tt('Parce que.') },
    { id: 'q2', text: tt('Q2 ?'), options: [{ id: 'a', text: tt('A'), correct: true }, { id: 'b', text: tt('B'), correct: false }], explanation: tt('Voilà.') }] });
  const q = createActor(quizMachine, { input: { puzzle: qp, lang: 'fr', flags: {} } }).start();
  render(quizView, q).find((e) => e.dataset.key === 'option-a')[0]!.listeners.click();
  console.log(render(quizView, q).dump());
  render(quizView, q).find((e) => e.dataset.key === 'option-b')[0]!.listeners.click();
  el = render(quizView, q);
  console.log(el.dump());
  el.find((e) => e.dataset.key === 'quiz-step')[0]!.listeners.click();
  console.log(render(quizView, q).dump());

  const tp = loadPuzzle('timed-events', { events: [
    { id: 'e1', text: tt('Pluie !'), seconds: 10, options: [{ id: 'x', text: tt('Rester'), outcome: tt('Peu de clients.') }, { id: 'y', text: tt('Partir'), outcome: tt('Rien vendu.') }], fallback: 'x' }] });
  const tv = createActor(timedEventsMachine, { input: { puzzle: tp, lang: 'fr', flags: {}, timed: true } }).start();
  el = render(timedEventsView, tv);
  console.log(el.dump());
  el.find((e) => e.dataset.key === 'option-y')[0]!.listeners.click();
  console.log(render(timedEventsView, tv).dump());
});
