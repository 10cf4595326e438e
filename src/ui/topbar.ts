import { LANGS } from '../core/i18n';
import { button, h } from './dom';
import type { UiContext } from './context';

/** Always there: language, sound (M), large text, and the trainer's timer. */
export function topbar(ctx: UiContext): HTMLElement {
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
          attrs: { 'aria-pressed': String(s.lang === lang), lang, 'aria-label': lang === 'fr' ? 'Français' : 'English' },
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
    button(t('settings.timer'), () => store.getState().setTimer(!s.timer), {
      key: 'timer',
      attrs: { 'aria-pressed': String(s.timer) },
    }),
  );
}

export function noticesView(ctx: UiContext): HTMLElement {
  const { t, state, store } = ctx;
  return h(
    'div',
    { class: 'notices' },
    ...state.session.notices.map((n) =>
      h(
        'div',
        { class: `notice ${n.tone}`, attrs: { role: n.tone === 'warning' ? 'alert' : 'status' } },
        h('p', {}, t(`notice.${n.key}`, n.params)),
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
