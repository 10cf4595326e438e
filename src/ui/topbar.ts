import { LANGS } from '../core/i18n';
import { button, h } from './dom';
import { downloadText } from './files';
import type { TitleContext } from './context';
import type { GameStore, Notice, NoticeAction } from '../core/store';

/** Always there for the learner: language, sound (M) and large text. The trainer's settings are on the title and in a workshop's panel. */
export function topbar(ctx: TitleContext, trainerToggle: HTMLElement | null = null): HTMLElement {
  const { t, state, store } = ctx;
  const s = state.settings;
  return h(
    'nav',
    { class: 'topbar', attrs: { 'aria-label': t('settings.label') } },
    h('span', { class: 'brand', attrs: { 'aria-hidden': 'true' } }, t('app.name')),
    h(
      'div',
      { class: 'lang', attrs: { role: 'group', 'aria-label': t('settings.language') } },
      ...LANGS.map((lang) =>
        button(lang.toUpperCase(), () => store.getState().setLang(lang), {
          key: `lang-${lang}`,
          // The name starts with what the button shows ("FR"), so a voice command saying it works (WCAG 2.5.3).
          attrs: { 'aria-pressed': String(s.lang === lang), lang, 'aria-label': `${lang.toUpperCase()} (${lang === 'fr' ? 'Français' : 'English'})` },
        }),
      ),
    ),
    button(s.muted ? t('settings.soundOff') : t('settings.soundOn'), () => store.getState().setMuted(!s.muted), {
      key: 'mute',
      attrs: { 'aria-pressed': String(s.muted) },
    }),
    button(t('settings.textSize'), () => store.getState().setTextSize(s.textSize === 'large' ? 'normal' : 'large'), {
      key: 'text-size',
      attrs: { 'aria-pressed': String(s.textSize === 'large') },
    }),
    trainerToggle,
  );
}

export function noticesView(ctx: TitleContext): HTMLElement {
  const { t, state, store } = ctx;
  return h(
    'div',
    { class: 'notices' },
    ...state.session.notices.map((n) =>
      h(
        'div',
        { class: `notice ${n.tone}`, attrs: { role: n.tone === 'warning' ? 'alert' : 'status', 'data-notice': n.id } },
        h('p', {}, t(`notice.${n.key}`, n.params)),
        n.action ? noticeButton(ctx, n.id, n.action) : null,
        button(
          '×',
          () => {
            store.getState().dismissNotice(n.id);
            // The button is gone with its message: keep the keyboard in the page, at the heading.
            setTimeout(() => document.getElementById('screen-title')?.focus());
          },
          { key: `notice-${n.id}`, attrs: { 'aria-label': t('notice.dismiss') } },
        ),
      ),
    ),
  );
}

function noticeButton({ t }: TitleContext, id: number, action: NoticeAction): HTMLElement {
  // A text the game could not keep (a save too big to set aside) is offered as a file.
  if (action.kind === 'download') return button(t('notice.download'), () => downloadText(action.fileName, action.text), { key: `notice-action-${id}` });
  return button(t('notice.update'), action.apply, { key: `notice-action-${id}` });
}

/** Information messages close by themselves; a warning, or an offer to take, waits for the player. */
const closesByItself = (n: Notice) => n.tone !== 'warning' && !n.action;

/** How long a message stays in sight: about 8 s, more for a long one, so a slow reader gets to its end. */
export function noticeDuration(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(8000, words * 600);
}

export interface NoticeClock {
  now(): number;
  /** How often the time shown is counted. */
  tickMs: number;
}

/**
 * Closes each information message once it has been in sight for its time. The time only runs
 * while the page is visible, the pointer is not on the message and the focus not in it; and a
 * message never goes in the instant after a tap, when the page moving up would move the
 * control under the finger. Warnings (progress not kept, a level not loaded) stay until closed:
 * they sit in the page's flow and cover nothing.
 */
export function closeNoticesInTime(slot: HTMLElement, store: GameStore, clock: NoticeClock = { now: () => Date.now(), tickMs: 250 }): void {
  const doc = slot.ownerDocument;
  const seen = new Map<number, number>();
  let timer: ReturnType<typeof setInterval> | null = null;
  let last = 0;
  let lastPress = Number.NEGATIVE_INFINITY;
  doc.addEventListener('pointerdown', () => (lastPress = clock.now()), { capture: true });

  const tick = () => {
    const now = clock.now();
    const elapsed = now - last;
    last = now;
    if (doc.visibilityState === 'hidden') return;
    for (const n of store.getState().session.notices) {
      if (!closesByItself(n)) continue;
      const el = slot.querySelector<HTMLElement>(`[data-notice="${n.id}"]`);
      if (!el || el.matches(':hover') || el.contains(doc.activeElement)) continue;
      const shown = (seen.get(n.id) ?? 0) + elapsed;
      seen.set(n.id, shown);
      if (shown >= noticeDuration(el.textContent ?? '') && now - lastPress > 1000) store.getState().dismissNotice(n.id);
    }
  };
  const follow = () => {
    const timed = store.getState().session.notices.filter(closesByItself);
    for (const id of seen.keys()) if (!timed.some((n) => n.id === id)) seen.delete(id);
    if (timed.length && timer === null) {
      last = clock.now();
      timer = setInterval(tick, clock.tickMs);
    } else if (!timed.length && timer !== null) {
      // Nothing to count: no timer left running while the game is idle.
      clearInterval(timer);
      timer = null;
    }
  };
  store.subscribe((s, prev) => {
    if (s.session.notices !== prev.session.notices) follow();
  });
  follow();
}

/**
 * The messages sit in the page's flow, under the top bar: on wide screens the world and the
 * panel fill the window's height, so they are told (as `--notices-h`) how much the messages take.
 */
export function shareNoticesHeight(slot: HTMLElement): void {
  const root = slot.ownerDocument.documentElement;
  new ResizeObserver(() => root.style.setProperty('--notices-h', `${slot.offsetHeight}px`)).observe(slot);
}
