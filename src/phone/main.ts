/**
 * The page a learner opens on a phone to take part in a live classroom: type or scan the room's
 * code, give a first name or nickname, pick a team, then vote when the team has to choose and
 * answer the self-check privately. Light on purpose: no Phaser, no game code, a few KB of its own.
 *
 * The phone keeps a seat key for each room: after a reload, a sleep or lost Wi-Fi it comes back
 * to the same seat, team and vote. It only sends intentions; the server checks each one.
 */
import './phone.css';
import { Client, type Room } from 'colyseus.js';
import { isLang, type Lang } from '../core/i18n';
import { LIVE_PATH, NAME_MAX, normaliseCode } from '../core/live/code';
import { TEAM_COLOURS } from '../core/workshop/colours';
import type { ServerToClient } from '../core/live/protocol';
import { append, h, type Child } from '../ui/dom';
import { phoneWords } from './strings';

interface RoomView {
  code: string;
  teams: { id: string; name: string; colour: string }[];
  phones: Record<string, { name: string; team: string; connected: boolean }>;
  vote: { id: string; open: boolean; question: { fr: string; en: string }; options: { id: string; fr: string; en: string }[]; teams: string[] };
  selfCheck: { open: string };
}

const root = document.getElementById('phone')!;
const params = new URLSearchParams(location.search);
let lang: Lang = isLang(params.get('lang')) ? (params.get('lang') as Lang) : navigator.language.startsWith('en') ? 'en' : 'fr';
const client = new Client(`${location.protocol}//${location.host}${LIVE_PATH}`);

let room: Room | null = null;
let view: RoomView | null = null;
let seat: ServerToClient['seat'] | null = null;
let problem: string | null = null;
let status: 'joining' | 'in' | 'lost' | 'closed' | 'out' = 'out';
let editingProfile = false;
let selfCheckSent = false;
let retry: ReturnType<typeof setTimeout> | null = null;
// What the learner is filling in survives the page being redrawn (another phone joining or answering redraws it).
const draft: { name: string | null; team: string | null; answers: (number | null)[] } = { name: null, team: null, answers: [null, null, null] };

/** A key of the phone's own for a room: random, kept on the phone, never shown. */
function seatKey(code: string): string {
  const name = `envol.phone.${code}`;
  try {
    const kept = localStorage.getItem(name);
    if (kept && /^[A-Za-z0-9_-]{16,64}$/.test(kept)) return kept;
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    const key = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    localStorage.setItem(name, key);
    localStorage.setItem('envol.phone.last', code);
    return key;
  } catch {
    // No storage (a private window): the seat lasts as long as the page.
    return 'p' + Math.random().toString(36).slice(2).padEnd(20, '0');
  }
}

function lastCode(): string | null {
  try {
    return localStorage.getItem('envol.phone.last');
  } catch {
    return null;
  }
}

/** What a refused join means for the learner (colyseus.js gives the server's code and message). */
function reasonOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? Number((error as { code: unknown }).code) : NaN;
  const text = error instanceof Error ? error.message : String(error);
  if (code === 429) return 'tooMany';
  // 4212: no room has this code.
  if (code === 4212) return 'unknownCode';
  // 4215: the room refused the seat (locked, or 60 phones already).
  if (code === 4215) return /locked|full/.test(text) ? 'full' : 'unknownCode';
  return 'unreachable';
}

async function join(code: string): Promise<void> {
  if (retry) clearTimeout(retry);
  status = 'joining';
  render();
  try {
    const joined = await client.joinById(code, { role: 'phone', seatKey: seatKey(code) });
    room = joined;
    status = 'in';
    problem = null;
    try {
      localStorage.setItem('envol.phone.last', code);
    } catch {
      // Nothing to keep: the code is typed again after a reload.
    }
    joined.onStateChange((state) => {
      const next = (state as { toJSON(): RoomView }).toJSON();
      // A self-check opened anew offers its form again (unless this phone answered it already).
      if (next.selfCheck.open !== view?.selfCheck.open) selfCheckSent = !!seat?.selfCheck.includes(next.selfCheck.open as 'before' | 'after');
      view = next;
      render();
    });
    joined.onMessage('seat', (message: ServerToClient['seat']) => {
      seat = message;
      if (message.selfCheck.includes(view?.selfCheck.open as 'before' | 'after')) selfCheckSent = true;
      render();
    });
    joined.onMessage('refused', () => undefined);
    joined.onMessage('trainer', () => undefined);
    joined.onMessage('vote.result', () => undefined);
    joined.onMessage('selfCheck.result', () => undefined);
    joined.onLeave((codeNumber) => {
      room = null;
      // 4000 and above: the trainer closed the room. Anything else: the connection dropped; come back.
      if (codeNumber >= 4000 || codeNumber === 1000) {
        status = 'closed';
      } else {
        status = 'lost';
        retry = setTimeout(() => void join(code), 2000);
      }
      render();
    });
  } catch (error) {
    room = null;
    problem = reasonOf(error);
    status = problem === 'unreachable' && lastCode() === code && seat ? 'lost' : 'out';
    if (status === 'lost') retry = setTimeout(() => void join(code), 3000);
    render();
  }
}

function teamLabel(team: { name: string; colour: string }): HTMLElement {
  // A colour the room sent that the game does not know (or a name like "__proto__") is drawn plain.
  const c = Object.hasOwn(TEAM_COLOURS, team.colour) ? TEAM_COLOURS[team.colour as keyof typeof TEAM_COLOURS] : { hex: '#888', symbol: '•' };
  return h(
    'span',
    { class: 'team', style: { '--team': c.hex } },
    h('span', { class: 'symbol', attrs: { 'aria-hidden': 'true' } }, c.symbol),
    h('span', {}, team.name),
  );
}

/** A card holding a form: sending it never reloads the page, it calls `send`. */
function cardForm(send: () => void, ...children: Child[]): HTMLFormElement {
  return h(
    'form',
    {
      class: 'card',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          send();
        },
      },
    },
    ...children,
  );
}

function joinForm(say: ReturnType<typeof phoneWords>['say']): HTMLElement {
  const input = h('input', {
    attrs: {
      id: 'code',
      name: 'code',
      type: 'text',
      inputmode: 'text',
      autocapitalize: 'characters',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: 7,
      value: params.get('code') ?? lastCode() ?? '',
      'aria-describedby': 'code-help',
    },
  });
  return cardForm(
    () => {
      const code = normaliseCode(input.value);
      if (!code) {
        problem = 'badCode';
        render();
        return;
      }
      void join(code);
    },
    h('label', { attrs: { for: 'code' } }, say('codeLabel')),
    input,
    h('p', { class: 'help', attrs: { id: 'code-help' } }, say('codeHelp')),
    h('button', { class: 'primary', attrs: { type: 'submit', disabled: status === 'joining' } }, say('join')),
  );
}

function profileForm(say: ReturnType<typeof phoneWords>['say'], v: RoomView): HTMLElement {
  let team = draft.team ?? seat?.team ?? null;
  const name = h('input', {
    attrs: { id: 'name', type: 'text', maxlength: NAME_MAX, autocomplete: 'given-name', value: draft.name ?? seat?.name ?? '' },
    on: { input: () => (draft.name = name.value) },
  });
  const teams = h(
    'div',
    { class: 'teams', attrs: { role: 'group', 'aria-labelledby': 'team-title' } },
    ...v.teams.map((t) =>
      h(
        'button',
        {
          class: 'team-button',
          attrs: { type: 'button', 'aria-pressed': String(team === t.id) },
          on: {
            click: (ev) => {
              team = t.id;
              draft.team = t.id;
              for (const b of teams.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === ev.currentTarget));
            },
          },
        },
        teamLabel(t),
      ),
    ),
  );
  return cardForm(
    () => {
      const typed = name.value.trim();
      if (!typed || typed.length > NAME_MAX) problem = 'needName';
      else if (!team) problem = 'needTeam';
      else {
        problem = null;
        editingProfile = false;
        name.blur();
        room?.send('profile', { name: typed, team });
      }
      render();
    },
    h('label', { attrs: { for: 'name' } }, say('nameLabel')),
    name,
    h('p', { class: 'label', attrs: { id: 'team-title' } }, say('pickTeam')),
    teams,
    h('button', { class: 'primary', attrs: { type: 'submit' } }, say('ready')),
  );
}

function voteCard(words: ReturnType<typeof phoneWords>, v: RoomView): HTMLElement {
  const { say } = words;
  const mine = seat?.vote ?? null;
  const chosen = v.vote.options.find((o) => o.id === mine);
  return h(
    'section',
    { class: 'card vote', attrs: { 'aria-labelledby': 'vote-title' } },
    h('h2', { attrs: { id: 'vote-title' } }, say('voteTitle')),
    h('p', { class: 'question' }, v.vote.question[lang]),
    h(
      'ul',
      { class: 'options' },
      ...v.vote.options.map((o) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              class: 'option',
              attrs: { type: 'button', 'aria-pressed': String(o.id === mine) },
              on: { click: () => room?.send('vote', { voteId: v.vote.id, option: o.id }) },
            },
            o[lang],
          ),
        ),
      ),
    ),
    chosen ? h('p', { class: 'status', attrs: { role: 'status' } }, say('voted', { choice: chosen[lang] })) : null,
  );
}

/**
 * One answer of the self-check. Ticked as a property, not an attribute: a page redrawn with the
 * same ticks is the same page, and is left as it is under the learner's finger.
 */
function answerBox(n: 1 | 2 | 3, value: number): HTMLInputElement {
  const input = h('input', {
    attrs: { type: 'radio', name: `q${n}`, value, 'aria-label': `${value} / 5` },
    on: { change: () => (draft.answers[n - 1] = value) },
  });
  input.checked = draft.answers[n - 1] === value;
  return input;
}

function selfCheckCard(words: ReturnType<typeof phoneWords>, when: 'before' | 'after'): HTMLElement {
  const { say, question, scale } = words;
  const form = cardForm(
    () => {
      const answers = draft.answers.map((n) => n ?? 0);
      if (answers.some((n) => !(n >= 1 && n <= 5))) {
        problem = 'selfCheckMissing';
        render();
        return;
      }
      problem = null;
      selfCheckSent = true;
      draft.answers = [null, null, null];
      room?.send('selfCheck', { when, answers });
      render();
    },
    h('h2', {}, say('selfCheckTitle')),
    h('p', { class: 'help' }, say('selfCheckIntro')),
    ...([1, 2, 3] as const).map((n) =>
      h(
        'fieldset',
        {},
        h('legend', {}, question(n)),
        h('div', { class: 'scale' }, ...[1, 2, 3, 4, 5].map((value) => h('label', {}, answerBox(n, value), h('span', {}, String(value))))),
      ),
    ),
    h('p', { class: 'help' }, scale),
    h('button', { class: 'primary', attrs: { type: 'submit' } }, say('selfCheckSend')),
  );
  return form;
}

function render(): void {
  const words = phoneWords(lang);
  const { say } = words;
  document.documentElement.lang = lang;
  document.title = say('title');
  const v = view;
  const myTeam = v?.teams.find((t) => t.id === seat?.team);
  let body: HTMLElement;
  if (status === 'closed') body = h('p', { class: 'card' }, say('closed'));
  else if (!room || !v || !seat) body = joinForm(say);
  else if (!myTeam || !seat.name || editingProfile) body = profileForm(say, v);
  else {
    const voteOpen = v.vote.id !== '' && v.vote.open;
    const mayVote = voteOpen && (v.vote.teams.length === 0 || v.vote.teams.includes(myTeam.id));
    const selfCheck = v.selfCheck.open === 'before' || v.selfCheck.open === 'after' ? v.selfCheck.open : null;
    body = h(
      'div',
      {},
      h('p', { class: 'card who' }, say('inTeam', { team: '' }).replace(/\s*\.$/, ''), ' ', teamLabel(myTeam), h('strong', { class: 'me' }, ` · ${seat.name}`)),
      selfCheck && !selfCheckSent
        ? selfCheckCard(words, selfCheck)
        : selfCheck
          ? h('p', { class: 'card', attrs: { role: 'status' } }, say('selfCheckDone'))
          : mayVote
            ? voteCard(words, v)
            : h('p', { class: 'card', attrs: { role: 'status' } }, voteOpen ? say('otherTeam') : v.vote.id ? say('voteClosed') : say('watch')),
      !voteOpen && !selfCheck
        ? h(
            'button',
            {
              class: 'quiet',
              attrs: { type: 'button' },
              on: {
                click: () => {
                  editingProfile = true;
                  render();
                },
              },
            },
            say('changeTeam'),
          )
        : null,
    );
  }
  const langs = h(
    'div',
    { class: 'langs', attrs: { role: 'group', 'aria-label': say('language') } },
    ...(['fr', 'en'] as const).map((l) =>
      h(
        'button',
        {
          attrs: { type: 'button', lang: l, 'aria-pressed': String(lang === l) },
          on: {
            click: () => {
              lang = l;
              render();
            },
          },
        },
        l.toUpperCase(),
      ),
    ),
  );
  // Typing is never interrupted: a state change redraws the page only outside a form being filled in.
  const active = document.activeElement;
  if (active instanceof HTMLInputElement && active.type === 'text' && root.contains(active) && status === 'in' && !problem) return;
  const fresh = h('div');
  append(fresh, [
    h('header', {}, h('h1', {}, say('title')), langs),
    status === 'lost' ? h('p', { class: 'card warning', attrs: { role: 'alert' } }, say('lost')) : null,
    problem ? h('p', { class: 'card warning', attrs: { role: 'alert' } }, say(problem as Parameters<typeof say>[0])) : null,
    body,
  ]);
  // Nor is a choice being made: a change the page does not show (a classmate's answer) leaves it as
  // it is; a change it shows keeps the ticks (the draft draws them again) and the focus.
  if (fresh.childNodes.length === root.childNodes.length && [...fresh.childNodes].every((node, i) => node.isEqualNode(root.childNodes[i]!))) return;
  const focused =
    active instanceof HTMLInputElement && root.contains(active) && active.name
      ? `input[name="${CSS.escape(active.name)}"][value="${CSS.escape(active.value)}"]`
      : null;
  root.replaceChildren(...fresh.childNodes);
  if (focused) root.querySelector<HTMLInputElement>(focused)?.focus();
}

render();
// Opened from the QR code (or after a reload): the room is joined at once.
const initial = normaliseCode(params.get('code') ?? '') ?? normaliseCode(lastCode() ?? '');
if (initial) void join(initial);
