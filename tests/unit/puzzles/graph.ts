/**
 * Model-based checks for puzzle machines: explore every snapshot reachable with a finite set
 * of sample events, then prove (1) every state node is visited and (2) from every snapshot
 * that is not final, a final snapshot can still be reached (no dead end for the player).
 */
import type { AnyEventObject, AnyMachineSnapshot, AnyStateMachine, EventFromLogic, InputFrom, SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getStateNodes } from 'xstate/graph';

export interface GraphReport {
  snapshots: number;
  unvisitedStates: string[];
  deadEnds: string[];
}

export function explorePuzzle<M extends AnyStateMachine>(
  machine: M,
  options: {
    input: InputFrom<M>;
    /** Events to try; XState's own (a delay's `xstate.after.…`) may be replayed too. */
    events: (EventFromLogic<M> | AnyEventObject)[] | ((s: SnapshotFrom<M>) => (EventFromLogic<M> | AnyEventObject)[]);
    /** What makes two snapshots the same for the player (defaults to value + whole context). */
    key?: (s: SnapshotFrom<M>) => unknown;
    limit?: number;
  },
): GraphReport {
  type Snap = AnyMachineSnapshot;
  const key = (options.key ?? ((s: Snap) => s.context)) as (s: Snap) => unknown;
  const serialize = (s: Snap) => JSON.stringify([s.value, s.status, key(s)]);
  const adj = getAdjacencyMap(machine, {
    input: options.input,
    events: options.events as never,
    serializeState: serialize,
    limit: options.limit ?? 20_000,
  } as never) as unknown as Record<string, { state: Snap; transitions: Record<string, { state: Snap }> }>;

  const entries = Object.entries(adj);
  const atomic = getStateNodes(machine).filter((n) => n.type === 'atomic' || n.type === 'final');
  const unvisitedStates = atomic.filter((n) => !entries.some(([, v]) => v.state.matches(n.path.join('.') as never))).map((n) => n.path.join('.'));

  // Walk backwards from the final snapshots.
  const incoming = new Map<string, string[]>();
  for (const [from, v] of entries) {
    for (const t of Object.values(v.transitions)) {
      const to = serialize(t.state);
      incoming.set(to, [...(incoming.get(to) ?? []), from]);
    }
  }
  const canFinish = new Set(entries.filter(([, v]) => v.state.status === 'done').map(([k]) => k));
  const stack = [...canFinish];
  while (stack.length) {
    const k = stack.pop()!;
    for (const from of incoming.get(k) ?? []) {
      if (!canFinish.has(from)) {
        canFinish.add(from);
        stack.push(from);
      }
    }
  }
  const deadEnds = entries.filter(([k]) => !canFinish.has(k)).map(([k]) => k);
  return { snapshots: entries.length, unvisitedStates, deadEnds };
}
