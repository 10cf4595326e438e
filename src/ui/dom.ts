/**
 * Building DOM without strings of markup: every text goes through a Text node, so content
 * from level files can never become markup.
 */
type Child = Node | string | number | null | undefined | false;
type Handler = (ev: Event) => void;

export interface Props {
  class?: string;
  /** Stable key: focus and input values survive a re-render through it. */
  key?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, Handler>>;
  style?: Partial<Record<string, string>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.key) el.dataset.key = props.key;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props.style ?? {})) if (value !== undefined) el.style.setProperty(name, value);
  for (const [name, handler] of Object.entries(props.on ?? {})) if (handler) el.addEventListener(name, handler);
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A button with a visible label that is also its accessible name. */
export function button(label: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  return h('button', { ...props, attrs: { type: 'button', ...props.attrs }, on: { click: onClick, ...props.on } }, label);
}

/**
 * Replaces `container`'s content with `next`, keeping focus, caret and the values of
 * inputs that carry the same `data-key`, so re-rendering from state never loses the player's place.
 */
export function replaceKeepingFocus(container: HTMLElement, next: Node): void {
  const active = document.activeElement as HTMLElement | null;
  const focusKey = active && container.contains(active) ? active.dataset.key : undefined;
  const values = new Map<string, string>();
  container.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input[data-key], select[data-key], textarea[data-key]').forEach((el) => {
    if (el.dataset.keep !== 'false') values.set(el.dataset.key!, el.value);
  });
  container.replaceChildren(next);
  container.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input[data-key], select[data-key], textarea[data-key]').forEach((el) => {
    const v = values.get(el.dataset.key!);
    if (v !== undefined && el.dataset.keep !== 'false' && !el.hasAttribute('data-fresh')) el.value = v;
  });
  if (focusKey) container.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
}
