/**
 * Forms built from the level schema (its JSON Schema, generated from the one zod schema): every
 * object a fieldset, every `{ fr, en }` text two fields side by side, lists with add, remove and
 * move, a puzzle's kind chosen from the kinds the schema knows. Each field carries its path
 * (`room.hotspots[2].requires`, as the checker names fields), so a problem can lead to it.
 */
import { fieldPath } from '../../core/level/loader';
import type { Lang } from '../../core/i18n';
import { button, h } from '../dom';
import { fieldHelp } from './help';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
  description?: string;
}

export type Path = (string | number)[];

export interface FormHost {
  lang: Lang;
  t: (key: string, params?: Record<string, string | number>) => string;
  /** A value typed in a field: the draft changes, the form stays as it is. */
  set(path: Path, value: unknown): void;
  /** A change of shape (an item added, removed or moved, a kind changed): the form is drawn again. */
  reshape(path: Path, value: unknown): void;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isText = (s: JsonSchema) => s.type === 'object' && !!s.properties?.fr && !!s.properties?.en && Object.keys(s.properties).length === 2;
const variants = (s: JsonSchema) => s.oneOf ?? s.anyOf ?? null;
const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);

/** A value of this schema to start from: a new item in a list, a field added. */
export function blank(schema: JsonSchema): Json {
  if (schema.default !== undefined) return schema.default as Json;
  if (schema.const !== undefined) return schema.const as Json;
  if (schema.enum) return schema.enum[0] as Json;
  const choices = variants(schema);
  if (choices) return blank(choices[0]!);
  switch (typeOf(schema)) {
    case 'object': {
      const out: Record<string, Json> = {};
      for (const key of schema.required ?? []) out[key] = blank(schema.properties![key]!);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => blank(schema.items ?? {}));
    case 'number':
    case 'integer':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    default:
      return '';
  }
}

/** A field's name in the trainer's words (`goal` → "Mission"), its key in the file beside it. */
function label(host: FormHost, path: Path): string {
  const last = path.at(-1);
  const words = (key: string) => {
    const said = host.t(`editor.field.${key}`);
    return said === `editor.field.${key}` ? key : `${said} (${key})`;
  };
  return typeof last === 'number' ? `${words(String(path.at(-2) ?? ''))} · ${last + 1}` : words(String(last ?? ''));
}

function helpLine(host: FormHost, path: Path, id: string): HTMLElement | null {
  const last = [...path].reverse().find((p): p is string => typeof p === 'string');
  // A room's goal is the puzzle that ends it, not the level's mission.
  const name = last === 'goal' && path[0] === 'room' ? 'roomGoal' : last;
  const help = name ? fieldHelp(name, host.lang) : null;
  return help ? h('p', { class: 'field-help', attrs: { id } }, help) : null;
}

let uid = 0;
const fieldId = () => `ed-${++uid}`;

function textField(host: FormHost, path: Path, value: unknown): HTMLElement {
  const v = (value ?? {}) as Record<string, string>;
  const field = fieldPath(path);
  const helpId = fieldId();
  const long = (v.fr ?? '').length > 60 || (v.en ?? '').length > 60;
  return h(
    'div',
    { class: 'field text-field', attrs: { 'data-field': field } },
    h('span', { class: 'field-name' }, label(host, path)),
    helpLine(host, path, helpId),
    h(
      'div',
      { class: 'fr-en' },
      ...(['fr', 'en'] as const).map((lang) => {
        const id = fieldId();
        const input = h(long ? 'textarea' : 'input', {
          key: `f:${field}.${lang}`,
          attrs: { id, lang, ...(long ? { rows: 3 } : { type: 'text' }), 'aria-describedby': helpId, 'data-field': `${field}.${lang}` },
          on: { input: (ev) => host.set([...path, lang], (ev.target as HTMLInputElement).value) },
        });
        input.value = v[lang] ?? '';
        return h('label', { class: 'lang-field' }, h('span', { class: 'lang-tag' }, lang.toUpperCase()), input);
      }),
    ),
  );
}

function scalarField(host: FormHost, schema: JsonSchema, path: Path, value: unknown, remove?: () => void): HTMLElement {
  const field = fieldPath(path);
  const id = fieldId();
  const helpId = fieldId();
  const kind = typeOf(schema);
  let control: HTMLElement;
  if (schema.enum) {
    const select = h(
      'select',
      { key: `f:${field}`, attrs: { id, 'aria-describedby': helpId }, on: { change: (ev) => host.set(path, (ev.target as HTMLSelectElement).value) } },
      ...schema.enum.map((option) => h('option', { attrs: { value: String(option), selected: option === value } }, String(option))),
    );
    control = select;
  } else if (kind === 'boolean') {
    control = h('input', {
      key: `f:${field}`,
      attrs: { id, type: 'checkbox', checked: value === true, 'aria-describedby': helpId },
      on: { change: (ev) => host.set(path, (ev.target as HTMLInputElement).checked) },
    });
  } else if (kind === 'number' || kind === 'integer') {
    const input = h('input', {
      key: `f:${field}`,
      attrs: { id, type: 'number', step: kind === 'integer' ? 1 : 'any', min: schema.minimum, max: schema.maximum, 'aria-describedby': helpId },
      on: {
        input: (ev) => {
          const typed = (ev.target as HTMLInputElement).value;
          host.set(path, typed === '' ? '' : Number(typed));
        },
      },
    });
    input.value = typeof value === 'number' ? String(value) : '';
    control = input;
  } else {
    const input = h('input', {
      key: `f:${field}`,
      attrs: { id, type: 'text', 'aria-describedby': helpId, spellcheck: 'false' },
      on: { input: (ev) => host.set(path, (ev.target as HTMLInputElement).value) },
    });
    input.value = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
    control = input;
  }
  control.dataset.field = field;
  return h(
    'div',
    { class: 'field', attrs: { 'data-field': field } },
    h('label', { class: 'field-name', attrs: { for: id } }, label(host, path)),
    helpLine(host, path, helpId),
    h(
      'div',
      { class: 'field-row' },
      control,
      remove
        ? button(host.t('editor.removeField'), remove, { class: 'quiet', attrs: { 'aria-label': host.t('editor.removeNamed', { name: label(host, path) }) } })
        : null,
    ),
  );
}

function listField(host: FormHost, schema: JsonSchema, path: Path, value: unknown): HTMLElement {
  const items = Array.isArray(value) ? (value as Json[]) : [];
  const field = fieldPath(path);
  const itemSchema = schema.items ?? {};
  const move = (from: number, to: number) => {
    const next = [...items];
    const [it] = next.splice(from, 1);
    next.splice(to, 0, it!);
    host.reshape(path, next);
  };
  return h(
    'fieldset',
    { class: 'field list-field', attrs: { 'data-field': field } },
    h('legend', { class: 'field-name' }, label(host, path), ` (${items.length})`),
    helpLine(host, path, fieldId()),
    h(
      'ol',
      { class: 'list-items' },
      ...items.map((item, i) =>
        h(
          'li',
          { class: 'list-item' },
          h(
            'div',
            { class: 'item-tools' },
            button('↑', () => move(i, i - 1), { attrs: { disabled: i === 0, 'aria-label': host.t('editor.up', { n: i + 1 }) } }),
            button('↓', () => move(i, i + 1), { attrs: { disabled: i === items.length - 1, 'aria-label': host.t('editor.down', { n: i + 1 }) } }),
            button(
              '×',
              () =>
                host.reshape(
                  path,
                  items.filter((_, j) => j !== i),
                ),
              {
                attrs: { disabled: items.length <= (schema.minItems ?? 0), 'aria-label': host.t('editor.removeItem', { n: i + 1 }) },
              },
            ),
          ),
          renderField(host, itemSchema, [...path, i], item),
        ),
      ),
    ),
    button(host.t('editor.addItem', { name: String(path.at(-1) ?? '') }), () => host.reshape(path, [...items, blank(itemSchema)]), {
      key: `add:${field}`,
      class: 'add-item',
    }),
  );
}

function objectField(host: FormHost, schema: JsonSchema, path: Path, value: unknown): HTMLElement {
  const obj = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, Json>;
  const field = fieldPath(path);
  const required = new Set(schema.required ?? []);
  const props = Object.entries(schema.properties ?? {}).filter(([key]) => key !== '$schema');
  const present = props.filter(([key]) => key in obj || required.has(key));
  const absent = props.filter(([key]) => !(key in obj) && !required.has(key));
  const body = present.map(([key, sub]) => {
    const remove = required.has(key)
      ? undefined
      : () => {
          const next = { ...obj };
          delete next[key];
          host.reshape(path, next);
        };
    const rendered = renderField(host, sub, [...path, key], obj[key], remove);
    // An optional object or list is removed from its own legend.
    if (remove && (typeOf(sub) === 'object' || typeOf(sub) === 'array') && !isText(sub))
      rendered.prepend(button(host.t('editor.removeNamed', { name: key }), remove, { class: 'quiet remove-part' }));
    return rendered;
  });
  const content = [
    ...body,
    absent.length
      ? h(
          'div',
          { class: 'add-fields' },
          ...absent.map(([key, sub]) =>
            button(`+ ${key}`, () => host.reshape(path, { ...obj, [key]: blank(sub) }), { key: `add:${field}.${key}`, class: 'quiet' }),
          ),
        )
      : null,
  ];
  if (path.length === 0) return h('div', { class: 'level-form' }, ...content);
  return h(
    'fieldset',
    { class: 'field object-field', attrs: { 'data-field': field } },
    h('legend', { class: 'field-name' }, label(host, path)),
    helpLine(host, path, fieldId()),
    ...content,
  );
}

/** A choice between shapes told apart by `kind` (a puzzle): the kind picked, then its own fields. */
function kindField(host: FormHost, choices: JsonSchema[], path: Path, value: unknown): HTMLElement {
  const obj = (value ?? {}) as Record<string, Json>;
  const kindOf = (s: JsonSchema) => s.properties?.kind?.const as string | undefined;
  const current = choices.find((s) => kindOf(s) === obj.kind) ?? choices[0]!;
  const field = fieldPath([...path, 'kind']);
  const select = h(
    'select',
    {
      key: `f:${field}`,
      attrs: { 'data-field': field, 'aria-label': host.t('editor.kind') },
      on: {
        change: (ev) => {
          const next = choices.find((s) => kindOf(s) === (ev.target as HTMLSelectElement).value)!;
          // The fields both kinds share (id, title, hints…) are kept; the new kind's own start blank.
          const fresh = blank(next) as Record<string, Json>;
          for (const key of Object.keys(fresh)) if (key !== 'kind' && key in obj && next.properties?.[key] && current.properties?.[key]) fresh[key] = obj[key]!;
          host.reshape(path, fresh);
        },
      },
    },
    ...choices.map((s) => h('option', { attrs: { value: kindOf(s) ?? '', selected: s === current } }, kindOf(s) ?? '?')),
  );
  const { kind: _kind, ...rest } = current.properties ?? {};
  return h(
    'div',
    { class: 'kind-field' },
    h('label', { class: 'field kind-pick' }, h('span', { class: 'field-name' }, host.t('editor.kind')), select),
    objectField(host, { ...current, properties: rest }, path, obj),
  );
}

export function renderField(host: FormHost, schema: JsonSchema, path: Path, value: unknown, remove?: () => void): HTMLElement {
  const choices = variants(schema);
  if (choices?.every((s) => s.properties?.kind?.const !== undefined)) return kindField(host, choices, path, value);
  if (choices) return renderField(host, choices.find((s) => typeOf(s) !== 'null') ?? choices[0]!, path, value, remove);
  if (isText(schema)) return textField(host, path, value);
  const kind = typeOf(schema);
  if (kind === 'object' && schema.properties) return objectField(host, schema, path, value);
  if (kind === 'array') return listField(host, schema, path, value);
  return scalarField(host, schema, path, value, remove);
}
