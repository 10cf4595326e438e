/** Storages for tests: a Map-backed one, and ones that fail the way browsers do. */
import type { KeyValueStorage } from '../../../src/core/save';

export class MapStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  /** Every setItem call, kept in order. */
  readonly writes: { key: string; value: string }[] = [];

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.map.set(k, v);
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes.push({ key, value });
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
  /** Key listing as localStorage has it, to find saves set aside. */
  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
}

export function quotaError(): Error {
  const e = new Error('The quota has been exceeded.');
  e.name = 'QuotaExceededError';
  return e;
}

/** A storage that reads fine but refuses every write (full, or blocked by the browser). */
export class FullStorage extends MapStorage {
  setCalls = 0;
  /** Set to false to let writes through again (space was freed). */
  full = true;
  override setItem(key: string, value: string): void {
    this.setCalls += 1;
    if (this.full) throw quotaError();
    super.setItem(key, value);
  }
}

/** A storage whose every access throws (privacy mode, blocked site data). */
export class BlockedStorage implements KeyValueStorage {
  getItem(): string | null {
    throw new Error('SecurityError: access denied');
  }
  setItem(): void {
    throw new Error('SecurityError: access denied');
  }
  removeItem(): void {
    throw new Error('SecurityError: access denied');
  }
}
