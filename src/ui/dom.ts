/**
 * Building DOM without strings of markup: every text goes through a Text node, so content
 * from level files can never become markup.
 */
export type Child = Node | string | number | null | undefined | false;
type Handler = (ev: Event) => void;

export interface Props {
  class?: string;
  /** Stable key: focus survives a re-render through it. */
  key?: string;
  /** Keep what the player typed across re-renders (for values no machine holds). */
  keep?: boolean;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, Handler>>;
  style?: Partial<Record<string, string>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.key) el.dataset.key = props.key;
  if (props.keep) el.dataset.keep = 'true';
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
 * Replaces `container`'s content with `next`, keeping focus (by `data-key`) and what the player
 * typed in fields marked `data-keep="true"` (fields whose value is not held by a machine).
 */
export function replaceKeepingFocus(container: HTMLElement, next: Node): void {
  const active = document.activeElement as HTMLElement | null;
  const focusKey = active && container.contains(active) ? active.dataset.key : undefined;
  type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  const fields = (root: ParentNode) =>
    [...root.querySelectorAll<Field>('input[data-key], select[data-key], textarea[data-key]')].filter((el) => el.dataset.keep === 'true');
  const isCheck = (el: Field) => el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
  const values = new Map<string, string | boolean>();
  for (const el of fields(container)) values.set(el.dataset.key!, isCheck(el) ? (el as HTMLInputElement).checked : el.value);
  container.replaceChildren(next);
  for (const el of fields(container)) {
    const v = values.get(el.dataset.key!);
    if (v === undefined) continue;
    if (isCheck(el)) (el as HTMLInputElement).checked = v === true;
    else el.value = String(v);
  }
  if (focusKey) container.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
}
