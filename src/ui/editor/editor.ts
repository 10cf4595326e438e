/**
 * The level editor ("Atelier des niveaux"), for a trainer without a code editor: open a level of
 * the journey or a file, or start from a template; edit it with forms built from the level
 * schema; place and size the room's hotspots by dragging them on the scene; the same checks as
 * the game's loader run as the trainer types, each problem leading to its field; "Essayer" plays
 * the level at once, "Télécharger" saves the file. Nothing is uploaded; the draft is kept in the
 * browser and survives a reload.
 *
 * Loaded only when opened: the JSON Schema and the forms never weigh on the game's first screen.
 */
import { z } from 'zod';
import { checkLevel, isWarning, type LevelProblem } from '../../core/level/loader';
import type { Catalogue } from '../../core/level/catalogue';
import { levelSchema } from '../../core/level/schema';
import { BACKDROPS, PROPS, type Backdrop } from '../../core/level/fields';
import type { RoomProp } from '../../world/view';
import type { Screen, UiContext } from '../context';
import { append, button, h } from '../dom';
import { downloadText, fileButton } from '../files';
import { overlayBox } from '../screens/overlay';
import { renderField, type FormHost, type JsonSchema, type Path } from './form';
import { asFile, kindTemplates, roomTemplate } from './templates';
import './editor.css';

const DRAFT_KEY = 'envol.editor.draft';
const FILE = 'mon-niveau.json';

type Json = Record<string, unknown>;

let schema: JsonSchema | null = null;
/** The level schema as JSON Schema: the forms are built from it, and it is the file editors use (levels/level.schema.json). */
function levelJsonSchema(): JsonSchema {
  schema ??= z.toJSONSchema(levelSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return schema;
}

interface EditorState {
  draft: Json;
  problems: LevelProblem[];
  /** Bumped when the form's shape changes: the form is drawn again only then, so typing never loses its place. */
  shape: number;
  restored: boolean;
}

function readDraft(): Json | null {
  try {
    const kept = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as unknown;
    return kept && typeof kept === 'object' && !Array.isArray(kept) ? (kept as Json) : null;
  } catch {
    return null;
  }
}

/** Every problem of the draft, errors and warnings, as the game's loader and `levels:check` find them. */
function check(draft: Json, glossary?: Catalogue['glossary']): LevelProblem[] {
  return checkLevel(FILE, JSON.stringify(draft, null, 2), glossary ? { glossary } : {});
}

function setAt(root: Json, path: Path, value: unknown): Json {
  if (path.length === 0) return value as Json;
  const [head, ...rest] = path;
  const container: Json | unknown[] = Array.isArray(root) ? [...(root as unknown[])] : { ...root };
  const child = (container as Record<string | number, unknown>)[head as string];
  (container as Record<string | number, unknown>)[head as string] = setAt((child ?? (typeof rest[0] === 'number' ? [] : {})) as Json, rest, value);
  return container as Json;
}

/** The room's hotspots as the world draws them, from the draft (only those with a known drawing). */
function roomPropsOf(draft: Json): RoomProp[] {
  const hotspots = (draft.room as { hotspots?: unknown } | undefined)?.hotspots;
  if (!Array.isArray(hotspots)) return [];
  return hotspots.flatMap((raw: Json, i) => {
    const prop = PROPS.find((p) => p === raw.prop);
    const [x, y, w, h] = [raw.x, raw.y, raw.w, raw.h].map(Number);
    return prop && [x, y, w, h].every((n) => Number.isFinite(n)) ? [{ id: String(raw.id ?? i), prop, x: x!, y: y!, w: w!, h: h! }] : [];
  });
}

export interface Editor {
  screen(ctx: UiContext): Screen;
}

/** `glossary` gives the words the game explains, so the editor warns on business words it does not, as `levels:check` does. */
export function createEditor(onChange: () => void, glossary: () => Catalogue['glossary'] = () => undefined): Editor {
  const kept = readDraft();
  const state: EditorState = { draft: kept ?? roomTemplate(), problems: [], shape: 0, restored: kept !== null };
  state.problems = check(state.draft, glossary());
  let checkTimer: ReturnType<typeof setTimeout> | null = null;
  let form: { shape: number; lang: string; el: HTMLElement } | null = null;
  const problemsBox = h('section', { class: 'editor-problems', attrs: { 'aria-labelledby': 'editor-problems-title', 'aria-live': 'polite' } });
  let lastCtx: UiContext | null = null;

  const save = () => {
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(state.draft));
    } catch {
      // Storage full or refused: the draft lives as long as the page; "Télécharger" keeps it.
    }
  };
  const recheck = () => {
    checkTimer = null;
    state.problems = check(state.draft, glossary());
    if (lastCtx) drawProblems(lastCtx);
  };
  const changed = (reshape: boolean) => {
    save();
    if (checkTimer) clearTimeout(checkTimer);
    if (reshape) {
      state.shape++;
      state.problems = check(state.draft, glossary());
      onChange();
    } else checkTimer = setTimeout(recheck, 250);
  };
  const load = (draft: Json) => {
    state.draft = draft;
    state.restored = false;
    changed(true);
  };

  function goTo(field: string): void {
    // The problem's field, or the nearest field that holds it (a missing key is named on its object).
    let path = field;
    let el: HTMLElement | null = null;
    while (!el) {
      el = document.querySelector<HTMLElement>(`.level-form [data-field="${CSS.escape(path)}"]`);
      if (el || !path) break;
      path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      if (path === field) path = '';
    }
    const target = el?.matches('input, select, textarea') ? el : el?.querySelector<HTMLElement>('input, select, textarea, button');
    (el ?? document.querySelector('.level-form'))?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }

  function drawProblems(ctx: UiContext): void {
    const { t } = ctx;
    const errors = state.problems.filter((p) => !isWarning(p));
    problemsBox.replaceChildren();
    append(problemsBox, [
      h(
        'h2',
        { attrs: { id: 'editor-problems-title', tabindex: -1 } },
        errors.length ? t('editor.problems', { n: state.problems.length }) : t('editor.noProblem'),
      ),
      state.problems.length
        ? h(
            'ul',
            {},
            ...state.problems.map((p, i) =>
              h(
                'li',
                { class: isWarning(p) ? 'warning' : 'error' },
                button(p.field || FILE, () => goTo(p.field), {
                  key: `problem-${i}`,
                  class: 'problem-link',
                  attrs: { 'aria-label': `${t('editor.goTo')} ${p.field}` },
                }),
                ' ',
                p.message[ctx.lang],
              ),
            ),
          )
        : null,
    ]);
  }

  function drawForm(ctx: UiContext): HTMLElement {
    if (form && form.shape === state.shape && form.lang === ctx.lang) return form.el;
    const host: FormHost = {
      lang: ctx.lang,
      t: ctx.t,
      set: (path, value) => {
        state.draft = setAt(state.draft, path, value);
        changed(false);
        // Moving a hotspot's numbers moves it on the scene too.
        if (path[0] === 'room') onChange();
      },
      reshape: (path, value) => {
        state.draft = setAt(state.draft, path, value);
        changed(true);
      },
    };
    form = { shape: state.shape, lang: ctx.lang, el: renderField(host, levelJsonSchema(), [], state.draft) };
    return form.el;
  }

  /** The room's hotspots over the scene: drag to move, drag the corner to size, arrows too. */
  function hotspotBoxes(ctx: UiContext): HTMLElement[] {
    const room = state.draft.room as { hotspots?: Json[] } | undefined;
    const hotspots = Array.isArray(room?.hotspots) ? room.hotspots : [];
    return hotspots.map((hs, i) => {
      const name = String((hs.label as Partial<Record<string, string>> | undefined)?.[ctx.lang] ?? hs.id ?? i + 1);
      const box = { x: Number(hs.x) || 0, y: Number(hs.y) || 0, w: Number(hs.w) || 10, h: Number(hs.h) || 10 };
      const el = h('div', {
        key: `edit-hotspot-${i}`,
        class: 'editor-hotspot',
        attrs: {
          role: 'slider',
          tabindex: 0,
          'aria-label': ctx.t('editor.hotspot', { name }),
          'aria-valuetext': `x ${box.x}, y ${box.y}, ${box.w} × ${box.h}`,
          'data-hotspot': String(hs.id ?? i),
        },
      });
      const handle = h('div', { class: 'editor-handle', attrs: { 'aria-hidden': 'true', title: ctx.t('editor.resize', { name }) } });
      el.append(h('span', { class: 'editor-hotspot-name' }, name), handle);
      overlayBox(el, box);
      const commit = (next: typeof box) => {
        const clamp = (v: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, v)));
        const w = clamp(next.w, 2, 100);
        const hgt = clamp(next.h, 2, 100);
        const moved = { x: clamp(next.x, 0, 100 - w), y: clamp(next.y, 0, 100 - hgt), w, h: hgt };
        Object.assign(box, moved);
        overlayBox(el, box);
        const room = state.draft.room as Json & { hotspots: Json[] };
        hs = { ...hs, ...moved };
        const placed = hs;
        state.draft = setAt(state.draft, ['room'], { ...room, hotspots: room.hotspots.map((other, j) => (j === i ? placed : other)) });
      };
      el.addEventListener('pointerdown', (ev) => {
        const stage = el.parentElement?.getBoundingClientRect();
        if (!stage) return;
        ev.preventDefault();
        el.setPointerCapture(ev.pointerId);
        const resizing = ev.target === handle;
        const start = { px: ev.clientX, py: ev.clientY, ...box };
        const move = (e: PointerEvent) => {
          const dx = ((e.clientX - start.px) / stage.width) * 100;
          const dy = ((e.clientY - start.py) / stage.height) * 100;
          commit(resizing ? { ...start, w: start.w + dx, h: start.h + dy } : { ...start, x: start.x + dx, y: start.y + dy });
        };
        const up = () => {
          el.removeEventListener('pointermove', move);
          el.removeEventListener('pointerup', up);
          changed(true);
        };
        el.addEventListener('pointermove', move);
        el.addEventListener('pointerup', up);
      });
      el.addEventListener('keydown', (ev) => {
        const step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[ev.key];
        if (!step) return;
        ev.preventDefault();
        const [dx, dy] = step as [number, number];
        commit(ev.shiftKey ? { ...box, w: box.w + dx, h: box.h + dy } : { ...box, x: box.x + dx, y: box.y + dy });
        changed(true);
      });
      return el;
    });
  }

  function tryLevel(ctx: UiContext): void {
    recheck();
    if (state.problems.some((p) => !isWarning(p))) {
      ctx.store.getState().notify('editor.fixFirst', 'warning');
      document.getElementById('editor-problems-title')?.focus();
      return;
    }
    const text = JSON.stringify(state.draft, null, 2);
    ctx.addTrainerLevel(FILE, text);
    ctx.journey.send({ type: 'editor.try', levelId: String(state.draft.id) });
  }

  function toolbar(ctx: UiContext): HTMLElement {
    const { t, tx, catalogue } = ctx;
    const starts: { id: string; label: string; make: () => Json }[] = [
      { id: 'room', label: t('editor.templateRoom'), make: roomTemplate },
      ...kindTemplates(catalogue.levels).map(({ kind, level }) => ({
        id: `kind-${kind}`,
        label: t('editor.templateKind', { kind }),
        make: () => structuredClone(level),
      })),
      ...catalogue.levels.map((l) => ({ id: `level-${l.id}`, label: t('editor.fromLevel', { title: tx(l.title) }), make: () => asFile(l) })),
    ];
    const select = h('select', { key: 'editor-start', attrs: { id: 'editor-start' } }, ...starts.map((s) => h('option', { attrs: { value: s.id } }, s.label)));
    return h(
      'div',
      { class: 'editor-toolbar' },
      h('label', { attrs: { for: 'editor-start' } }, t('editor.start')),
      select,
      button(t('editor.startGo'), () => load(starts.find((s) => s.id === select.value)!.make()), { key: 'editor-start-go' }),
      fileButton(t('editor.openFile'), 'editor-open-file', (_name, text) => {
        try {
          const data = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
          if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('{…}');
          load(data as Json);
        } catch (error) {
          ctx.store.getState().notify('editor.notJson', 'warning', { reason: error instanceof Error ? error.message : String(error) });
        }
      }),
      button(t('editor.try'), () => tryLevel(ctx), { key: 'editor-try', class: 'primary' }),
      button(t('editor.download'), () => downloadText(`${String(state.draft.id || 'mon-niveau')}.json`, `${JSON.stringify(state.draft, null, 2)}\n`), {
        key: 'editor-download',
      }),
      button(t('editor.back'), () => ctx.journey.send({ type: 'journey.toTitle' }), { key: 'editor-back', class: 'quiet' }),
    );
  }

  return {
    screen(ctx) {
      lastCtx = ctx;
      const { t } = ctx;
      drawProblems(ctx);
      const panel = h(
        'section',
        { class: 'screen editor-screen', attrs: { 'aria-labelledby': 'screen-title' } },
        h('h1', { attrs: { id: 'screen-title', tabindex: -1 } }, t('editor.title')),
        h('p', { class: 'hint-text' }, t('editor.intro')),
        state.restored ? h('p', { class: 'hint-text' }, t('editor.restored')) : null,
        toolbar(ctx),
        problemsBox,
        drawForm(ctx),
      );
      const backdrop: Backdrop = BACKDROPS.find((b) => b === state.draft.backdrop) ?? 'archive';
      const boxes = hotspotBoxes(ctx);
      const overlay = boxes.length ? [h('p', { class: 'editor-scene-help' }, t('editor.sceneHelp')), ...boxes] : [];
      return {
        key: 'editor',
        panel,
        overlay,
        world: { kind: 'room', backdrop, props: roomPropsOf(state.draft) },
        layout: 'wide',
      };
    },
  };
}
