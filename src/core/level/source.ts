/**
 * Reads a level file's text the way a trainer wrote it: where each field stands (line and
 * column), what is wrong with the JSON in plain words, keys written twice, and characters that
 * cannot be seen or look like others. The text is never trusted to be small or shallow: every
 * walk here is iterative, and a file nested deeper than any level needs is refused up front.
 */
import { getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Message } from './messages';

/** Deeper than any level needs (the shipped ones stop under 10), shallow enough for any stack. */
export const MAX_DEPTH = 64;

export interface Place {
  /** 1-based, as editors count. */
  line: number;
  column: number;
}

export interface SourceProblem extends Place {
  field: string;
  message: Message;
}

export interface LevelSource {
  value: unknown;
  /** Where a field is written; for a missing one, where the object that should hold it is. */
  locate(field: string): Place;
}

export type SourceResult = { ok: true; source: LevelSource; problems: SourceProblem[] } | { ok: false; problems: SourceProblem[] };

/** Splits `room.hotspots[2].requires` back into its keys and indexes. */
export function pathOf(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

function fieldOf(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : (out ? '.' : '') + part;
  return out;
}

/** Turns offsets into lines and columns, counting a line break as `\n`, `\r\n` or `\r`. */
export function placer(text: string): (offset: number) => Place {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

const both = (fr: string, en: string): Message => ({ fr, en });

/** Where the nesting first goes deeper than MAX_DEPTH, outside strings; -1 if it never does. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return -1;
}

const nextNonBlank = (text: string, at: number) => /\S/.exec(text.slice(at))?.[0] ?? '';
const previousNonBlank = (text: string, at: number) => /(\S)\s*$/.exec(text.slice(Math.max(0, at - 200), at))?.[1] ?? '';

/** The JSON mistake at `error.offset`, in a trainer's words, with what to change. */
function explainSyntax(text: string, error: ParseError): Message {
  const at = text[error.offset] ?? '';
  const next = nextNonBlank(text, error.offset);
  if (text.startsWith('/', error.offset) || error.error === 10 || error.error === 11)
    return both(
      "un commentaire (// ou /* */) : le JSON n'en accepte pas. Supprime-le, ou mets la note dans un texte",
      'a comment (// or /* */): JSON allows none. Remove it, or put the note in a text',
    );
  if (error.offset >= text.length || (/^\s*$/.test(text.slice(error.offset)) && error.error !== 9))
    return both(
      'le fichier s\'arrête trop tôt : il manque la fin (un "}", un "]" ou un guillemet). A-t-il été coupé en copiant ?',
      'the file ends too early: its end is missing (a "}", a "]" or a quote). Was it cut off when copied?',
    );
  if ((error.error === 3 || error.error === 4) && (next === '}' || next === ']') && previousNonBlank(text, error.offset) === ',')
    return both(
      `une virgule avant "${next}" : après le dernier élément, pas de virgule. Supprime-la`,
      `a comma before "${next}": no comma after the last entry. Remove it`,
    );
  if (at === "'" || next === "'")
    return both(
      'des guillemets simples (\') : le JSON demande des guillemets doubles ("), autour des noms comme des textes',
      'single quotes (\'): JSON needs double quotes ("), around names and texts alike',
    );
  if (at === '“' || at === '”' || at === '«' || at === '»')
    return both(
      `des guillemets typographiques (${at}) autour d'un nom ou d'un texte : mets des guillemets droits (")`,
      `curly quotes (${at}) around a name or a text: use straight quotes (")`,
    );
  if (/[A-Za-z_$]/.test(at) && (error.error === 1 || error.error === 3) && /[{,]/.test(previousNonBlank(text, error.offset)))
    return both(
      'un nom de champ sans guillemets : écris-le entre guillemets doubles, comme "id"',
      'a field name without quotes: put it in double quotes, like "id"',
    );
  if (error.error === 12) {
    const lineEnd = text.indexOf('\n', error.offset);
    if (lineEnd < 0)
      return both(
        "le fichier s'arrête trop tôt, au milieu d'un texte : il manque la fin. A-t-il été coupé en copiant ?",
        'the file ends too early, in the middle of a text: its end is missing. Was it cut off when copied?',
      );
    if (!text.slice(error.offset + 1, lineEnd).includes('"'))
      return both(
        'un retour à la ligne dans un texte, ou un guillemet (") qui manque à la fin du texte : écris \\n pour aller à la ligne',
        'a line break inside a text, or a quote (") missing at the end of the text: write \\n for a line break',
      );
  }
  switch (error.error) {
    case 3:
      return /[A-Za-z_$]/.test(at)
        ? both(
            'un nom de champ sans guillemets : écris-le entre guillemets doubles, comme "id"',
            'a field name without quotes: put it in double quotes, like "id"',
          )
        : both('un nom de champ entre guillemets doubles est attendu ici', 'a field name in double quotes is expected here');
    case 5:
      return both('il manque ":" entre le nom du champ et sa valeur', 'a ":" is missing between the field name and its value');
    case 6:
      return both(
        "il manque une virgule entre deux éléments (à la fin de la ligne d'avant ?)",
        'a comma is missing between two entries (at the end of the line before?)',
      );
    case 7:
      return both('il manque un "}" pour fermer cet objet', 'a "}" is missing to close this object');
    case 8:
      return both('il manque un "]" pour fermer cette liste', 'a "]" is missing to close this list');
    case 9:
      return both(
        'le niveau est déjà fini ici, mais il reste du texte : supprime-le (ou un "{" manque plus haut)',
        'the level is already over here, yet text follows: remove it (or a "{" is missing above)',
      );
    case 12:
      return both('un texte n\'est pas fermé : il manque un guillemet (")', 'a text is not closed: a quote (") is missing');
    case 15:
      return both(
        'une barre oblique inverse (\\) dans un texte : double-la (\\\\), ou écris \\n pour un retour à la ligne',
        'a backslash (\\) in a text: double it (\\\\), or write \\n for a line break',
      );
    case 16:
      return both('un retour à la ligne ou une tabulation dans un texte : écris \\n ou \\t', 'a line break or a tab inside a text: write \\n or \\t');
    case 2:
    case 13:
      return both('un nombre mal écrit : des chiffres, un point pour les décimales (1.5)', 'a badly written number: digits, a dot for decimals (1.5)');
    case 14:
      return both('un code \\u mal écrit : quatre chiffres hexadécimaux, comme \\u00e9', 'a badly written \\u code: four hex digits, like \\u00e9');
    default:
      return both(
        `"${at}" n'a rien à faire ici : une valeur (texte entre guillemets, nombre, true, false, null, { } ou [ ]) est attendue`,
        `"${at}" does not belong here: a value (a text in quotes, a number, true, false, null, { } or [ ]) is expected`,
      );
  }
}

const notJson = (m: Message): Message => ({ fr: `ce n'est pas du JSON valide : ${m.fr}`, en: `not valid JSON: ${m.en}` });

/** Characters a trainer cannot see, or cannot tell from a plain letter, with their names. */
const LOOK_ALIKES: Record<string, [plain: string, name: string]> = {
  '\u200b': ['', 'zero-width space'],
  '\u200c': ['', 'zero-width non-joiner'],
  '\u200d': ['', 'zero-width joiner'],
  '\u2060': ['', 'word joiner'],
  '\ufeff': ['', 'zero-width no-break space (byte-order mark)'],
  '\u00ad': ['', 'soft hyphen'],
  '\u00a0': [' ', 'no-break space'],
  '\u202f': [' ', 'narrow no-break space'],
  '\u2010': ['-', 'hyphen'],
  '\u2011': ['-', 'non-breaking hyphen'],
  '\u2012': ['-', 'figure dash'],
  '\u2013': ['-', 'en dash'],
  '\u2014': ['-', 'em dash'],
  '\u2212': ['-', 'minus sign'],
  '\u0430': ['a', 'Cyrillic small letter a'],
  '\u0435': ['e', 'Cyrillic small letter ie'],
  '\u043e': ['o', 'Cyrillic small letter o'],
  '\u0440': ['p', 'Cyrillic small letter er'],
  '\u0441': ['c', 'Cyrillic small letter es'],
  '\u0443': ['y', 'Cyrillic small letter u'],
  '\u0445': ['x', 'Cyrillic small letter ha'],
  '\u0456': ['i', 'Cyrillic small letter Byelorussian-Ukrainian i'],
  '\u0458': ['j', 'Cyrillic small letter je'],
  '\u0455': ['s', 'Cyrillic small letter dze'],
  '\u0501': ['d', 'Cyrillic small letter komi de'],
  '\u04bb': ['h', 'Cyrillic small letter shha'],
  '\u03bf': ['o', 'Greek small letter omicron'],
  '\u03b1': ['a', 'Greek small letter alpha'],
  '\u03bd': ['v', 'Greek small letter nu'],
  '\u03b9': ['i', 'Greek small letter iota'],
  '\u03ba': ['k', 'Greek small letter kappa'],
  '\u03c1': ['p', 'Greek small letter rho'],
  '\u0131': ['i', 'Latin small letter dotless i'],
};

const ID_LIKE = /^[a-z0-9][a-z0-9-]*(:[a-z0-9-]+)?$/;
const WORD_LIKE = /^[$A-Za-z][A-Za-z0-9]*$/;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * For an id (or a field name) that would be right but for a hidden or look-alike character,
 * says which characters and where; null for anything else, so ordinary texts are left alone.
 */
export function hiddenCharacters(value: string, like: RegExp = ID_LIKE): Message | null {
  if (like.test(value)) return null;
  const found: { ch: string; at: number; name: string }[] = [];
  let plain = '';
  [...value].forEach((ch, at) => {
    const known = LOOK_ALIKES[ch];
    if (known) {
      plain += known[0];
      found.push({ ch, at, name: known[1] });
    } else if (ch.codePointAt(0)! > 0x7e && /[\p{Cf}\p{Zs}]/u.test(ch)) {
      found.push({ ch, at, name: 'invisible character' });
    } else plain += ch;
  });
  if (!found.length || !like.test(plain)) return null;
  const list = found.map((f) => `${codePoint(f.ch)} ${f.name}`).join(', ');
  const where = found.map((f) => f.at + 1).join(', ');
  return both(
    `"${plain}" contient ${found.length > 1 ? 'des caractères' : 'un caractère'} qui ne ${found.length > 1 ? 'se voient pas ou trompent' : 'se voit pas ou trompe'} l'œil (${list}, position ${where}) : retape-le au clavier`,
    `"${plain}" holds ${found.length > 1 ? 'characters' : 'a character'} you cannot see or tell apart (${list}, at position ${where}): type it again`,
  );
}

/** Walks the tree without recursion; `visit` gets each node with its path. */
function walk(root: Node, visit: (node: Node, path: (string | number)[]) => void): void {
  const stack: { node: Node; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    visit(node, path);
    if (node.type === 'object')
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0]?.value;
        const child = prop.children?.[1];
        if (typeof key === 'string' && child) stack.push({ node: child, path: [...path, key] });
      }
    else if (node.type === 'array') (node.children ?? []).forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
  }
}

/** The value at a node, built without recursion (the same value `JSON.parse` gives: the last of two equal keys wins). */
function valueOf(root: Node): unknown {
  if (root.type !== 'object' && root.type !== 'array') return getNodeValue(root);
  const out = new Map<Node, unknown>();
  const order: Node[] = [];
  walk(root, (node) => order.push(node));
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    if (node.type === 'object') {
      const obj: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0]?.value;
        const child = prop.children?.[1];
        if (typeof key === 'string' && child) Object.defineProperty(obj, key, { value: out.get(child), enumerable: true, writable: true, configurable: true });
      }
      out.set(node, obj);
    } else if (node.type === 'array')
      out.set(
        node,
        (node.children ?? []).map((c) => out.get(c)),
      );
    else out.set(node, getNodeValue(node));
  }
  return out.get(root);
}

/** Reads a level file's text: its value, where each field is, and the mistakes JSON itself cannot see. */
export function readSource(text: string): SourceResult {
  const place = placer(text);
  const at = (offset: number, message: Message, field = ''): SourceResult => ({ ok: false, problems: [{ field, ...place(offset), message }] });
  if (text.charCodeAt(0) === 0xfeff)
    return at(
      0,
      notJson(
        both(
          'le fichier commence par une marque d\'ordre d\'octets (BOM, U+FEFF) invisible : enregistre-le en "UTF-8" sans BOM',
          'the file starts with an invisible byte-order mark (BOM, U+FEFF): save it as "UTF-8" without BOM',
        ),
      ),
    );
  if (!text.trim()) return at(0, both('le fichier est vide', 'the file is empty'));
  const deep = tooDeepAt(text);
  if (deep >= 0)
    return at(
      deep,
      both(
        `plus de ${MAX_DEPTH} niveaux d'accolades ou de crochets imbriqués : aucun niveau n'en a besoin, le fichier est sans doute abîmé`,
        `more than ${MAX_DEPTH} levels of nested braces or brackets: no level needs that many, the file is likely damaged`,
      ),
    );
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first || !tree) return at(first?.offset ?? 0, first ? notJson(explainSyntax(text, first)) : both('le fichier est vide', 'the file is empty'));

  const problems: SourceProblem[] = [];
  walk(tree, (node, path) => {
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const prop of node.children ?? []) {
        const keyNode = prop.children?.[0];
        const key = keyNode?.value;
        if (typeof key !== 'string' || !keyNode) continue;
        const hidden = hiddenCharacters(key, WORD_LIKE);
        if (hidden) problems.push({ field: fieldOf([...path, key]), ...place(keyNode.offset), message: hidden });
        const before = seen.get(key);
        if (before)
          problems.push({
            field: fieldOf([...path, key]),
            ...place(keyNode.offset),
            message: both(
              `le champ "${key}" est écrit deux fois dans cet objet (aussi ligne ${place(before.offset).line}) : le jeu ne garderait que le dernier. Garde un seul "${key}"`,
              `the field "${key}" is written twice in this object (also on line ${place(before.offset).line}): the game would keep only the last one. Keep one "${key}"`,
            ),
          });
        seen.set(key, keyNode);
      }
    } else if (node.type === 'string' && typeof node.value === 'string') {
      const hidden = hiddenCharacters(node.value);
      if (hidden) problems.push({ field: fieldOf(path), ...place(node.offset), message: hidden });
    }
  });

  const locate = (field: string): Place => {
    const parts = pathOf(field);
    let node = tree;
    for (const [i, part] of parts.entries()) {
      if (node.type === 'object' && typeof part === 'string') {
        const prop = node.children?.find((p) => p.children?.[0]?.value === part);
        const value = prop?.children?.[1];
        if (!prop || !value) break;
        // A field stands where its name is written; deeper parts are looked for in its value.
        if (i === parts.length - 1) return place(prop.offset);
        node = value;
      } else if (node.type === 'array' && typeof part === 'number') {
        const next = node.children?.[part];
        if (!next) break;
        node = next;
      } else break;
    }
    return place(node.offset);
  };
  return { ok: true, source: { value: valueOf(tree), locate }, problems };
}
