import type { SnapshotFrom } from 'xstate';
import type { levelMachine, LevelActor } from '../../core/machines/level';
import { HINT_TIERS } from '../../core/puzzle';
import type { Text } from '../../core/level/schema';
import { puzzleKind } from '../../puzzles';
import { roomProps } from '../../world/room';
import { button, h } from '../dom';
import type { Screen, UiContext } from '../context';
import { feedbackLine, puzzleView } from '../puzzleView';
import { debriefView } from './debrief';
import { notebookView, readingCard, clueKey, READING_TITLE_KEY } from './notebook';
import { hoverHighlight, overlayBox } from './overlay';
import { portrait } from '../portraits';
import { keyHint } from '../inputMode';
import { readable, readAloudButton } from '../readAloud';
import { glossed } from '../glossary';
import type { SessionSnapshot } from '../../core/machines/session';
import { turnBanner } from '../workshop/trainer';

type LevelSnapshot = SnapshotFrom<typeof levelMachine>;

/** The hint button and the hints opened so far; hints never block and never run out of patience. */
function hintsBlock(ctx: UiContext, hints: readonly Text[], tier: number, ask: () => void): HTMLElement {
  const { t, tx } = ctx;
  return h(
    'section',
    { class: 'hints', attrs: { 'aria-label': t('level.hints') } },
    tier < HINT_TIERS
      ? button(t('level.hint', { n: tier + 1 }), ask, { key: 'hint', class: 'hint-button' })
      : h('p', { class: 'hint-text', key: 'hint', attrs: { tabindex: -1 } }, t('level.hintsDone')),
    tier > 0
      ? h(
          'ol',
          { class: 'hint-list' },
          ...hints.slice(0, tier).map((hint, i) => {
            const label = t(`level.hintTier.${i + 1}`);
            return h(
              'li',
              {},
              readable(ctx, label, tx(hint), `hint-${i}`, h('span', {}, h('strong', {}, t('ui.label', { label })), ...glossed(ctx, tx(hint), `hint-${i}`))),
            );
          }),
        )
      : null,
  );
}

function header(ctx: UiContext, snap: LevelSnapshot): HTMLElement {
  const { level } = snap.context;
  return h(
    'header',
    { class: 'level-header' },
    h('h2', { attrs: { id: 'screen-title', tabindex: -1 } }, ctx.tx(level.title)),
    readable(
      ctx,
      ctx.t('read.goal'),
      ctx.tx(level.goal),
      'goal',
      h('p', { class: 'goal' }, h('strong', {}, ctx.t('ui.label', { label: ctx.t('level.goal') })), ...glossed(ctx, ctx.tx(level.goal), 'goal')),
    ),
  );
}

function introView(ctx: UiContext, snap: LevelSnapshot, level: LevelActor): HTMLElement {
  const { t, tx } = ctx;
  const line = snap.context.level.intro[snap.context.introIndex]!;
  const last = snap.context.introIndex + 1 >= snap.context.level.intro.length;
  return h(
    'div',
    { class: 'intro' },
    // The speaker's face beside their line: glad to greet at the first line, unless the level says otherwise.
    portrait(line.speaker, line.mood ?? (snap.context.introIndex === 0 ? 'happy' : 'neutral'), 'large', { enter: true }),
    h('p', { class: 'speaker' }, tx(line.speaker)),
    readable(
      ctx,
      t('read.line', { speaker: tx(line.speaker) }),
      tx(line.text),
      `intro-${snap.context.introIndex}`,
      h('blockquote', { class: 'line', attrs: { 'aria-live': 'polite' } }, ...glossed(ctx, tx(line.text), `intro-${snap.context.introIndex}`)),
    ),
    h(
      'div',
      { class: 'actions' },
      button(last ? t('level.start') : t('level.next'), () => level.send({ type: 'intro.next' }), {
        key: 'intro-next',
        class: 'primary',
        attrs: { 'data-autofocus': true },
      }),
      last ? null : button(t('level.skipIntro'), () => level.send({ type: 'intro.skip' }), { key: 'intro-skip' }),
    ),
  );
}

function inventoryView(ctx: UiContext, snap: LevelSnapshot): HTMLElement {
  const { t, tx } = ctx;
  const items = snap.context.level.room?.items.filter((it) => snap.context.inventory.includes(it.id)) ?? [];
  return h(
    'section',
    { class: 'inventory', attrs: { 'aria-labelledby': 'inventory-title' } },
    h('h3', { attrs: { id: 'inventory-title' } }, t('level.inventory')),
    items.length
      ? h('ul', {}, ...items.map((it) => h('li', {}, h('strong', {}, tx(it.label)), ' — ', tx(it.description))))
      : h('p', { class: 'hint-text' }, t('level.inventoryEmpty')),
  );
}

function exploringView(ctx: UiContext, snap: LevelSnapshot, level: LevelActor): HTMLElement {
  const { t } = ctx;
  const c = snap.context;
  return h(
    'div',
    { class: 'exploring' },
    h('p', { class: 'hint-text' }, t('level.roomHelpPointer')),
    keyHint(t('keys.room')),
    feedbackLine(c.feedback, ctx),
    c.reading ? readingCard(ctx, c.reading, level) : null,
    notebookView(ctx, c, level),
    inventoryView(ctx, snap),
    hintsBlock(ctx, c.level.room!.hints, c.roomHintTier, () => level.send({ type: 'hint.next' })),
  );
}

function puzzlePanel(ctx: UiContext, snap: LevelSnapshot, level: LevelActor): HTMLElement | null {
  const { t, tx, lang } = ctx;
  const c = snap.context;
  const ref = c.puzzleRef;
  const puzzle = c.level.puzzles.find((p) => p.id === c.activePuzzle);
  if (!ref || !puzzle) return null;
  const index = c.level.puzzles.indexOf(puzzle);
  return h(
    'section',
    { class: 'puzzle-frame', attrs: { 'aria-labelledby': 'puzzle-title' } },
    !c.level.room && c.level.puzzles.length > 1 ? h('p', { class: 'step' }, t('level.puzzleOf', { n: index + 1, total: c.level.puzzles.length })) : null,
    h('h3', { attrs: { id: 'puzzle-title', tabindex: -1, 'data-autofocus': true } }, tx(puzzle.title)),
    // Every kind opens with its instructions: they can be heard, whatever the kind.
    readAloudButton(ctx, t('read.prompt'), tx(puzzle.prompt), 'puzzle-prompt'),
    c.level.room ? keyHint(t('keys.puzzle')) : null,
    puzzleView(puzzle.kind)?.panel(ref, { t, tx, lang, gloss: (text, key) => glossed(ctx, text, `${puzzle.id}-${key}`) }) ?? null,
    hintsBlock(ctx, puzzle.hints, ref.getSnapshot().context.hintTier, () => level.send({ type: 'hint.next' })),
    c.level.room ? button(t('level.backToRoom'), () => level.send({ type: 'puzzle.leave' }), { key: 'leave-puzzle' }) : null,
  );
}

function successView(ctx: UiContext, snap: LevelSnapshot, level: LevelActor, title: string): HTMLElement {
  const text = snap.context.lastSuccess;
  // A puzzle the trainer passed says so; a revealed one shows its answer (the last hint) to the whole class.
  const last = snap.context.results.at(-1);
  const passed = last?.settled ? snap.context.level.puzzles.find((p) => p.id === last.puzzleId) : undefined;
  const answer = last?.settled === 'revealed' ? passed?.hints.at(-1) : undefined;
  return h(
    'section',
    { class: 'success card', attrs: { 'aria-labelledby': 'success-title' } },
    h('h3', { attrs: { id: 'success-title', tabindex: -1 } }, title),
    text ? readable(ctx, ctx.t('read.success'), ctx.tx(text), 'success', h('p', {}, ...glossed(ctx, ctx.tx(text), 'success'))) : null,
    last?.settled ? h('p', { class: 'settled' }, ctx.t(`puzzle.${last.settled}`)) : null,
    answer ? h('p', { class: 'revealed-answer' }, h('strong', {}, ctx.t('ui.label', { label: ctx.t('level.hintTier.3') })), ctx.tx(answer)) : null,
    button(ctx.t('level.continue'), () => level.send({ type: 'level.continue' }), {
      key: 'level-continue',
      class: 'primary',
      attrs: { 'data-autofocus': true },
    }),
  );
}

/** Some kinds play on the big stage: their scene is drawn there, with their buttons over it. */
function puzzleOnStage(ctx: UiContext, c: LevelSnapshot['context']): { overlay: HTMLElement; world: Screen['world'] } | null {
  const puzzle = c.level.puzzles.find((p) => p.id === c.activePuzzle);
  if (!c.puzzleRef || !puzzle) return null;
  return puzzleView(puzzle.kind)?.stage(c.puzzleRef, { t: ctx.t, tx: ctx.tx, lang: ctx.lang }) ?? null;
}

/**
 * A level on screen. In a workshop (`session`), the team whose turn it is heads the panel and
 * there is no way out for the players: the trainer steers.
 */
export function levelScreen(ctx: UiContext, level: LevelActor, session?: SessionSnapshot): Screen {
  const { t, tx, journey } = ctx;
  const snap = level.getSnapshot();
  const c = snap.context;
  const state = String(snap.value);
  let body: HTMLElement | null = null;
  let layout: Screen['layout'] = 'side';
  if (state === 'intro') body = introView(ctx, snap, level);
  else if (state === 'exploring') body = exploringView(ctx, snap, level);
  else if (state === 'puzzle') {
    // The notebook sits beside the puzzle; a clue opened there is read without leaving the lock.
    body = h(
      'div',
      { class: 'puzzle-and-notebook' },
      puzzlePanel(ctx, snap, level),
      notebookView(ctx, c, level, c.reading ? readingCard(ctx, c.reading, level) : null),
    );
    // A kind played on the big stage keeps the panel beside it; the others need a wide panel.
    const active = c.level.puzzles.find((p) => p.id === c.activePuzzle);
    layout = active && puzzleKind(active.kind)?.playsOnStage ? 'side' : 'wide';
  } else if (state === 'cleared') body = successView(ctx, snap, level, t('level.clearedTitle'));
  else if (state === 'solved') body = successView(ctx, snap, level, t('level.solvedTitle'));
  else if (state === 'debrief') {
    body = debriefView(ctx, snap, () => level.send({ type: 'debrief.close' }), session ? t('workshop.toBoard') : undefined);
    layout = 'wide';
  }

  const stageSpots = state === 'puzzle' ? puzzleOnStage(ctx, c) : null;
  const overlay = stageSpots
    ? [stageSpots.overlay]
    : state === 'exploring'
      ? (c.level.room?.hotspots ?? []).map((hs) => {
          const b = button(tx(hs.label), () => level.send({ type: 'hotspot.use', id: hs.id }), {
            key: `hotspot-${hs.id}`,
            class: `world-button hotspot${c.visited.includes(hs.id) ? ' visited' : ''}`,
          });
          overlayBox(b, hs);
          hoverHighlight(b, ctx, hs.id);
          return b;
        })
      : [];

  const panel = h(
    'section',
    { class: `screen level-screen state-${state}`, attrs: { 'aria-labelledby': 'screen-title' } },
    session ? turnBanner(ctx, session) : null,
    header(ctx, snap),
    body,
    // Once solved, the way out goes through the debrief, which records the level.
    state === 'debrief' || state === 'solved' || session
      ? null
      : button(t('level.quit'), () => journey.send({ type: 'level.quit' }), { key: 'quit-level', class: 'quiet' }),
  );
  const key = `level-${c.level.id}-${state}-${c.activePuzzle ?? ''}-${state === 'intro' ? c.introIndex : ''}-${c.reading ? `reading${c.lastClue ?? ''}` : ''}`;
  const world: Screen['world'] = stageSpots?.world ?? { kind: 'room', backdrop: c.level.backdrop, props: roomProps(c) };
  // A clue opened from the notebook takes the focus; closed, it gives it back to its button.
  const focusKey =
    c.reading && c.lastClue !== null
      ? READING_TITLE_KEY
      : c.lastClue !== null
        ? clueKey(c.lastClue)
        : state === 'exploring' && !c.reading && c.lastHotspot
          ? `hotspot-${c.lastHotspot}`
          : undefined;
  return { key, panel, overlay, world, layout, ...(focusKey ? { focusKey } : {}) };
}
