/**
 * The workshop as the screens see it: the set-up being filled in, the session running (or
 * brought back after a reload), and what only the trainer sees (the panel, the key list).
 */
import type { Subscription } from 'xstate';
import { playMinutes } from '../../core/level/minutes';
import type { CatalogueRef } from '../../core/journeyActor';
import type { JourneyActor } from '../../core/machines/journey';
import type { SessionSnapshot } from '../../core/machines/session';
import type { KeyValueStorage } from '../../core/save';
import type { GameStore } from '../../core/store';
import { defaultTeams, planSchema, type Team, type SessionMode, type WorkshopPlan } from '../../core/workshop/plan';
import { buildSessionReport, type SessionReport } from '../../core/workshop/report';
import { findLevel } from '../../core/level/catalogue';
import { readWorkshop, startWorkshop, type Workshop } from '../../core/workshop/workshop';
import type { Text } from '../../core/level/schema';
import type { ServerToClient } from '../../core/live/protocol';
import type { LiveLink } from './live';
import { forgetRoom, keptRoom } from './liveRoom';

export interface WorkshopDraft {
  teams: Team[];
  levels: string[];
  mode: SessionMode;
  timer: boolean;
  projector: boolean;
  /** What stops the set-up from starting, shown beside the button. */
  problem: 'levels' | 'names' | null;
}

/** The room opened to the learners' phones, as the trainer's screens see it. */
export interface PhonesState {
  status: 'off' | 'connecting' | 'on' | 'lost' | 'unreachable';
  link: LiveLink | null;
  lobbyOpen: boolean;
  /** The vote put to the phones now (or just closed, until its choice is played). */
  vote: {
    voteId: string;
    key: string;
    levelId: string;
    puzzleId: string;
    question: Text;
    options: { id: string; text: Text }[];
    result: ServerToClient['vote.result'] | null;
  } | null;
  selfCheck: 'before' | 'after' | null;
}

export interface WorkshopController {
  draft: WorkshopDraft;
  readonly running: Workshop | null;
  snapshot(): SessionSnapshot | null;
  panelOpen: boolean;
  helpOpen: boolean;
  /** Opens the set-up with the teams and levels offered by default. */
  openSetup(): void;
  /** Starts the session from the draft; false (and `draft.problem` says why) when it cannot. */
  start(): boolean;
  report(): SessionReport | null;
  /** Leaves the ended session's report for the title: the report stays until a new session starts. */
  leave(): void;
  minutes(levelId: string): number;
  changed(): void;
  phones: PhonesState;
  /** Opens the room to phones (or comes back to it); when the live server cannot be reached, says so and the workshop goes on. */
  openPhones(options?: { lobby?: boolean }): Promise<void>;
  /** Closes the room: the phones are sent away and the server forgets them. */
  closePhones(): void;
}

export interface ControllerOptions {
  storage: KeyValueStorage | null;
  library: CatalogueRef;
  store: GameStore;
  journey: JourneyActor;
  /** Something changed that the screen shows. */
  onChange(): void;
}

export function workshopController({ storage, library, store, journey, onChange }: ControllerOptions): WorkshopController {
  let running: Workshop | null = null;
  let sub: Subscription | null = null;
  const minutes = new Map<string, number>();

  const follow = (w: Workshop) => {
    sub?.unsubscribe();
    running?.stop();
    running = w;
    sub = w.actor.subscribe({ next: onChange, error: (e: unknown) => console.error(e) });
    onChange();
  };
  const begin = (start: Parameters<typeof startWorkshop>[0]['start']) =>
    startWorkshop({
      storage,
      library,
      start,
      onSaveFailed: () => store.getState().notify('save.unavailable', 'warning'),
      onLevelRestarted: () => store.getState().notify('level.resumeLost'),
    });

  const firstAct = () => library.current.levels.filter((l) => l.act === 1).map((l) => l.id);
  const controller: WorkshopController = {
    draft: { teams: defaultTeams(3, store.getState().settings.lang), levels: firstAct(), mode: 'turns', timer: false, projector: true, problem: null },
    get running() {
      return running;
    },
    snapshot: () => running?.actor.getSnapshot() ?? null,
    panelOpen: false,
    helpOpen: false,
    openSetup() {
      const lang = store.getState().settings.lang;
      controller.draft = { teams: defaultTeams(3, lang), levels: firstAct(), mode: 'turns', timer: false, projector: true, problem: null };
      journey.send({ type: 'workshop.setup' });
    },
    start() {
      const d = controller.draft;
      const plan: WorkshopPlan = {
        teams: d.teams.map((t) => ({ ...t, name: t.name.trim() })),
        // Today's levels, in the journey's order.
        levels: library.current.levels.map((l) => l.id).filter((id) => d.levels.includes(id)),
        mode: d.mode,
        timer: d.timer,
      };
      const checked = planSchema.safeParse(plan);
      if (!checked.success) {
        controller.draft = { ...d, problem: plan.levels.length === 0 ? 'levels' : 'names' };
        onChange();
        return false;
      }
      controller.draft = { ...d, problem: null };
      store.getState().setProjector(d.projector);
      controller.panelOpen = false;
      follow(begin({ plan: checked.data, id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` }));
      journey.send({ type: 'workshop.open' });
      return true;
    },
    report() {
      const snap = controller.snapshot();
      return snap ? buildSessionReport(snap.context, (id) => findLevel(library.current, id), new Date()) : null;
    },
    leave() {
      controller.panelOpen = false;
      controller.helpOpen = false;
      journey.send({ type: 'journey.toTitle' });
    },
    minutes(levelId) {
      let m = minutes.get(levelId);
      if (m === undefined) {
        const level = findLevel(library.current, levelId);
        m = level ? playMinutes(level) : 0;
        minutes.set(levelId, m);
      }
      return m;
    },
    changed: onChange,
    closePhones() {
      controller.phones.link?.send('close', {});
      void controller.phones.link?.leave().catch(() => undefined);
      forgetRoom();
      controller.phones = { status: 'off', link: null, lobbyOpen: false, vote: null, selfCheck: null };
      onChange();
    },
    phones: { status: 'off', link: null, lobbyOpen: false, vote: null, selfCheck: null },
    async openPhones(options = {}) {
      const snap = controller.snapshot();
      if (!snap || controller.phones.status === 'connecting' || controller.phones.status === 'on') {
        controller.phones.lobbyOpen = controller.phones.status === 'on' ? !controller.phones.lobbyOpen : controller.phones.lobbyOpen;
        onChange();
        return;
      }
      controller.phones = { ...controller.phones, status: 'connecting', lobbyOpen: options.lobby ?? true };
      onChange();
      try {
        const { openLiveRoom } = await import('./live');
        const link = await openLiveRoom(snap.context.id, snap.context.plan.teams, onChange);
        link.onVoteResult((result) => {
          const vote = controller.phones.vote;
          if (vote && vote.voteId === result.voteId) controller.phones.vote = { ...vote, result };
          onChange();
        });
        link.onSelfCheckResult((result) => {
          controller.running?.actor.send({ type: 'live.selfCheck', when: result.when, result: { spread: result.spread, answered: result.answered } });
          controller.phones.selfCheck = null;
          onChange();
        });
        link.onLost(() => {
          // Left on purpose (the room was closed): nothing was lost.
          if (controller.phones.link !== link) return;
          controller.phones = { ...controller.phones, status: 'lost', link: null, vote: null, selfCheck: null };
          store.getState().notify('live.lost', 'warning');
          onChange();
        });
        controller.phones = { ...controller.phones, status: 'on', link };
      } catch (error) {
        console.warn('[envol] the live classroom could not be reached', error);
        controller.phones = { ...controller.phones, status: 'unreachable', link: null, lobbyOpen: false };
        store.getState().notify('live.unreachable', 'warning');
      }
      onChange();
    },
  };

  // A session kept in this browser comes back: to its level (paused) or its board; an ended one waits on the title.
  const stored = readWorkshop(storage);
  if (stored.status === 'unreadable') store.getState().notify('workshop.setAside', 'warning');
  if (stored.status === 'ok') {
    follow(begin({ record: stored.record }));
    if (stored.record.stage !== 'ended') journey.send({ type: 'workshop.open' });
    // The room opened to phones before the reload: the projector comes back as its trainer.
    if (stored.record.stage !== 'ended' && keptRoom(stored.record.data.id)) void controller.openPhones().then(() => (controller.phones.lobbyOpen = false));
  }
  // The page is being closed: the teams' time up to now is kept.
  window.addEventListener('pagehide', () => running?.saveNow());
  return controller;
}
