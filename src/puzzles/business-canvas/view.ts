import { cardsIn, markedCards, misplacedIn, type businessCanvasMachine } from './machine';
import { isStandardBlock, type CanvasBlock, type CanvasCard } from './schema';
import { businessCanvas } from '.';
import { button, h, type Props } from '../../ui/dom';
import { definePuzzleView, feedbackLine, type PuzzleViewContext, puzzleForm, glossText } from '../../ui/puzzleView';
import './view.css';

/** Each standard block keeps its colour from puzzle to puzzle; a block of the author's own takes the default. */
const BLOCK_COLOURS: Partial<Record<string, string>> = {
  customers: '#2a62c9',
  problem: '#c6452b',
  value: '#1b7f3b',
  channels: '#7a48b3',
  costs: '#a8620f',
  revenue: '#137a6f',
};

type Ctx = PuzzleViewContext<typeof businessCanvasMachine>;

/** The drag type of a card: a mouse can drag a card onto a block, as well as pick and place it. */
const CARD_DRAG = 'application/x-envol-card';

/** The dragged card, when what is dragged over is one of this puzzle's cards. */
function draggedCard(ev: Event): string | null {
  return ev instanceof DragEvent && ev.dataTransfer?.types.includes(CARD_DRAG) ? ev.dataTransfer.getData(CARD_DRAG) : null;
}

/** Makes an element a place where a dragged card can be dropped (a block, or the pile for `null`). */
function dropZone(ctx: Ctx, block: string | null, done: boolean): Pick<Props, 'on'> {
  if (done) return {};
  const carriesCard = (ev: Event) => ev instanceof DragEvent && !!ev.dataTransfer?.types.includes(CARD_DRAG);
  const mark = (ev: Event, on: boolean) => {
    if (ev.currentTarget instanceof HTMLElement) ev.currentTarget.classList.toggle('drop-here', on);
  };
  return {
    on: {
      dragover: (ev) => {
        if (!carriesCard(ev)) return;
        ev.preventDefault();
        mark(ev, true);
      },
      dragleave: (ev) => mark(ev, false),
      drop: (ev) => {
        const card = draggedCard(ev);
        if (card === null) return;
        ev.preventDefault();
        ctx.send({ type: 'card.place', block, card });
      },
    },
  };
}

function panel(ctx: Ctx): HTMLElement {
  const { puzzle, cardOrder, placement, picked, verdicts, feedback } = ctx.snapshot.context;
  const done = ctx.snapshot.status === 'done';
  const marked = markedCards(ctx.snapshot.context);
  const prefix = `bc-${puzzle.id}`;
  const inHand = picked === null ? undefined : puzzle.cards.find((c) => c.id === picked);
  const inHandOnBoard = inHand !== undefined && !!placement[inHand.id];

  const blockName = (b: CanvasBlock) => (b.label ? ctx.tx(b.label) : ctx.t(`businessCanvas.block.${b.id}`));
  const blockQuestion = (b: CanvasBlock) => (b.question ? ctx.tx(b.question) : isStandardBlock(b.id) ? ctx.t(`businessCanvas.question.${b.id}`) : null);

  // One card: a button to take it in hand (pressed while held), draggable for a mouse.
  const card = (c: CanvasCard) => {
    const held = c.id === picked;
    const isMarked = marked.includes(c.id);
    const whyId = `${prefix}-${c.id}-why`;
    return h(
      'li',
      { class: 'bc-slot' },
      h(
        'button',
        {
          key: `bc-card-${c.id}`,
          class: `bc-card${held ? ' held' : ''}${isMarked ? ' marked' : ''}`,
          attrs: {
            type: 'button',
            'aria-pressed': held ? 'true' : 'false',
            'aria-disabled': done ? 'true' : undefined,
            'aria-describedby': isMarked ? whyId : undefined,
            draggable: done ? undefined : 'true',
          },
          on: {
            click: () => {
              if (!done) ctx.send({ type: 'card.pick', card: c.id });
            },
            dragstart: (ev) => {
              if (!(ev instanceof DragEvent) || !ev.dataTransfer) return;
              ev.dataTransfer.setData(CARD_DRAG, c.id);
              ev.dataTransfer.effectAllowed = 'move';
            },
          },
        },
        h('span', { class: 'bc-card-label' }, ctx.tx(c.label)),
        isMarked ? h('span', { class: 'bc-card-mark' }, ctx.t('businessCanvas.cardMark')) : null,
      ),
      isMarked ? h('p', { class: 'bc-why', attrs: { id: whyId } }, ctx.tx(c.why)) : null,
    );
  };

  const onPile = cardsIn(puzzle, cardOrder, placement, null);
  const pile = h(
    'section',
    { class: 'bc-pile', attrs: { 'aria-labelledby': `${prefix}-pile` }, ...dropZone(ctx, null, done) },
    h('h4', { attrs: { id: `${prefix}-pile` } }, `${ctx.t('businessCanvas.pile')} (${onPile.length})`),
    onPile.length ? h('ul', { class: 'bc-cards' }, ...onPile.map(card)) : h('p', { class: 'bc-pile-empty' }, ctx.t('businessCanvas.pileEmpty')),
    done
      ? null
      : button(ctx.t('businessCanvas.backToPile'), () => ctx.send({ type: 'card.place', block: null }), {
          key: 'bc-back-to-pile',
          class: 'bc-place bc-back',
          // Kept in place while useless, so the focus never falls off a button that vanished.
          attrs: { 'aria-disabled': inHandOnBoard ? undefined : 'true' },
        }),
  );

  const board = h(
    'div',
    { class: 'bc-board', attrs: { role: 'group', 'aria-label': ctx.t('businessCanvas.board') } },
    ...puzzle.blocks.map((b) => {
      const name = blockName(b);
      const question = blockQuestion(b);
      const verdict = verdicts[b.id];
      const verdictId = `${prefix}-${b.id}-verdict`;
      const verdictText =
        verdict === 'wrong'
          ? ctx.t('businessCanvas.blockWrong', { n: misplacedIn(puzzle, placement, b.id) })
          : verdict === 'right'
            ? ctx.t('businessCanvas.blockRight')
            : verdict === 'empty'
              ? ctx.t('businessCanvas.blockEmpty')
              : null;
      const here = cardsIn(puzzle, cardOrder, placement, b.id);
      return h(
        'section',
        {
          class: `bc-block${verdict ? ` ${verdict}` : ''}`,
          attrs: { 'aria-labelledby': `${prefix}-${b.id}-name`, 'data-block': b.id },
          style: { '--block-color': BLOCK_COLOURS[b.id] },
          ...dropZone(ctx, b.id, done),
        },
        h(
          'div',
          { class: 'bc-block-head' },
          h('h4', { attrs: { id: `${prefix}-${b.id}-name` } }, name),
          question ? h('p', { class: 'bc-question' }, question) : null,
        ),
        verdictText ? h('p', { class: `bc-verdict ${verdict}`, attrs: { id: verdictId } }, verdictText) : null,
        here.length ? h('ul', { class: 'bc-cards' }, ...here.map(card)) : null,
        done
          ? null
          : button(ctx.t('businessCanvas.placeHere'), () => ctx.send({ type: 'card.place', block: b.id }), {
              key: `bc-place-${b.id}`,
              class: 'bc-place',
              attrs: {
                'aria-label': ctx.t('businessCanvas.placeIn', { block: name }),
                'aria-disabled': inHand ? undefined : 'true',
                'aria-describedby': verdictText ? verdictId : undefined,
              },
            }),
      );
    }),
  );

  // Under the check button, where the player is looking: the names of the blocks to look at again.
  const toCheck = puzzle.blocks.filter((b) => verdicts[b.id] === 'wrong').map(blockName);

  const status = done
    ? null
    : h(
        'p',
        { class: 'bc-status' },
        inHand
          ? ctx.t(inHandOnBoard ? 'businessCanvas.holdingPlaced' : 'businessCanvas.holding', { card: ctx.tx(inHand.label) })
          : ctx.t('businessCanvas.pickFirstLine'),
      );

  return puzzleForm(
    'business-canvas',
    { done, send: () => ctx.send({ type: 'canvas.submit' }) },
    h('p', { class: 'prompt' }, ...glossText(ctx, ctx.tx(puzzle.prompt), 'prompt')),
    status,
    pile,
    board,
    // What the check said sits just above its button: the player scrolled down to the button, and
    // a line under it would fall below the screen.
    feedbackLine(feedback, ctx),
    toCheck.length
      ? h('p', { class: 'bc-to-check' }, ctx.t('businessCanvas.toCheck', { n: toCheck.length, blocks: new Intl.ListFormat(ctx.lang).format(toCheck) }))
      : null,
    done ? null : h('button', { key: 'bc-submit', class: 'primary', attrs: { type: 'submit' } }, ctx.t('businessCanvas.submit')),
  );
}

export const view = definePuzzleView(businessCanvas, { panel });
