/**
 * The answer key's markup, built from elements whose every text is escaped: level files are
 * written by trainers, and nothing in them may become markup on the printed sheet.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML shows it, never as markup: `<script>` becomes `&lt;script&gt;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** Markup made here, from escaped parts: the only thing written into the sheet unescaped. */
export class Markup {
  constructor(readonly html: string) {}
}

export type Content = string | number | Markup | null | undefined | false | readonly Content[];

/** Content as markup: strings and numbers escaped, markup kept, empty parts dropped. */
export function markup(content: Content): string {
  if (content === null || content === undefined || content === false) return '';
  if (content instanceof Markup) return content.html;
  if (Array.isArray(content)) return content.map(markup).join('');
  return escapeHtml(String(content as string | number));
}

/** One element: `el('p', { class: 'note' }, 'Tom & Jerry')` gives `<p class="note">Tom &amp; Jerry</p>`. */
export function el(tag: string, attributes: Record<string, string | undefined> | null, ...children: Content[]): Markup {
  const attrs = Object.entries(attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return new Markup(`<${tag}${attrs}>${markup(children)}</${tag}>`);
}
