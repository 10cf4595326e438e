/**
 * Glossary words in the game's texts: each is a real button, underlined, that opens its short
 * definition in place (with a read-aloud button) and closes with a second press or Escape. A
 * player who stops on "micro-crédit" gets an answer without leaving the level or asking.
 */
import { findTerms, splitByTerms } from '../core/glossary';
import type { Lang } from '../core/i18n';
import type { GlossaryTerm } from '../core/level/glossary';
import { playerTexts } from '../core/level/readability';
import type { Level } from '../core/level/loader';
import type { UiContext } from './context';
import { h, type Child } from './dom';
import { readAloudButton } from './readAloud';
import './glossary.css';

/** The definition open on screen, by its place: kept across re-renders (a reading started inside it redraws the screen). */
let openKey: string | null = null;

const termsOf = (ctx: UiContext): readonly GlossaryTerm[] => ctx.catalogue.glossary ?? [];

function definitionBox(ctx: UiContext, term: GlossaryTerm, word: string, key: string): HTMLElement {
  const { t, tx } = ctx;
  const spoken = `${word}. ${tx(term.definition)} ${t('glossary.example')} ${tx(term.example)}`;
  return h(
    'span',
    { class: 'gloss-box', attrs: { id: `gloss-box-${key}`, role: 'note', 'aria-label': t('glossary.definitionOf', { word }) } },
    h('span', { class: 'gloss-definition' }, tx(term.definition)),
    h('span', { class: 'gloss-example' }, h('strong', {}, t('ui.label', { label: t('glossary.example') })), tx(term.example)),
    readAloudButton(ctx, t('glossary.definitionOf', { word }), spoken, `gloss-${key}`),
  );
}

/** One glossary word: its button, and its definition right after it when open. */
export function glossWord(ctx: UiContext, term: GlossaryTerm, word: string, key: string): HTMLElement {
  const wrap = h('span', { class: 'gloss' });
  const isOpen = () => openKey === key;
  const trigger = h(
    'button',
    {
      class: 'gloss-word',
      key: `gloss-word-${key}`,
      attrs: { type: 'button', 'aria-expanded': String(isOpen()) },
      on: {
        click: () => {
          // Another open definition closes: one at a time keeps the text readable.
          if (!isOpen()) document.querySelectorAll<HTMLElement>('.gloss.open').forEach((el) => el.dispatchEvent(new Event('gloss-close')));
          openKey = isOpen() ? null : key;
          draw();
        },
      },
    },
    word,
  );
  const draw = () => {
    trigger.setAttribute('aria-expanded', String(isOpen()));
    // Named only while the definition is on the page: a reference to nothing is an error for assistive tools.
    if (isOpen()) trigger.setAttribute('aria-controls', `gloss-box-${key}`);
    else trigger.removeAttribute('aria-controls');
    wrap.classList.toggle('open', isOpen());
    wrap.querySelector('.gloss-box')?.remove();
    if (isOpen()) wrap.append(definitionBox(ctx, term, word, key));
  };
  wrap.addEventListener('gloss-close', () => {
    if (isOpen()) openKey = null;
    draw();
  });
  wrap.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || !isOpen()) return;
    // Escape closes the definition only; the screen's own Escape (a dialog, a menu) is not reached.
    ev.stopPropagation();
    openKey = null;
    draw();
    trigger.focus();
  });
  wrap.append(trigger);
  draw();
  return wrap;
}

/** A text with its glossary words marked; `key` tells two texts of the same screen apart. */
export function glossed(ctx: UiContext, text: string, key: string): Child[] {
  const terms = termsOf(ctx);
  if (!terms.length) return [text];
  return splitByTerms(text, terms, ctx.lang).map((piece) => {
    if (!('term' in piece)) return piece.text;
    const term = terms.find((x) => x.id === piece.term);
    return term ? glossWord(ctx, term, piece.text, `${key}-${term.id}`) : piece.text;
  });
}

/** The glossary words a level's texts use, in the player's language, in the glossary's order. */
export function wordsOfLevel(terms: readonly GlossaryTerm[], level: Level, lang: Lang): GlossaryTerm[] {
  const found = new Set<string>();
  for (const { text } of playerTexts(level)) {
    const value = text[lang];
    if (value) for (const m of findTerms(value, terms, lang)) found.add(m.id);
  }
  return terms.filter((term) => found.has(term.id));
}

/** A list of words, each opening its definition: the debrief's words of the level, the report's words so far. */
export function glossaryList(ctx: UiContext, terms: readonly GlossaryTerm[], key: string): HTMLElement {
  return h(
    'ul',
    { class: 'gloss-list' },
    ...terms.map((term) => h('li', {}, glossWord(ctx, term, term.words[ctx.lang]?.[0] ?? term.words.fr[0] ?? term.id, `${key}-${term.id}`))),
  );
}
