/**
 * The room a workshop opened to phones, kept in the browser so a reloaded projector comes back
 * as its trainer, and the addresses the room is reached at. (The client itself is loaded only
 * when the room is opened: see live.ts.)
 */
import { LIVE_PATH } from '../../core/live/code';
const KEY = 'envol.workshop.live';

export function keptRoom(sessionId: string): { code: string; token: string } | null {
  try {
    const kept = JSON.parse(localStorage.getItem(KEY) ?? 'null') as { session?: unknown; code?: unknown; token?: unknown } | null;
    if (kept && kept.session === sessionId && typeof kept.code === 'string' && typeof kept.token === 'string') return { code: kept.code, token: kept.token };
  } catch {
    // Nothing kept, or not readable: the trainer opens a new room.
  }
  return null;
}

export function keepRoom(sessionId: string, code: string, token: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ session: sessionId, code, token }));
  } catch {
    // Not kept: after a reload the trainer opens a new room.
  }
}

export function forgetRoom(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}

/** The live server's address on this page's own origin (the CSP allows no other). */
export function liveEndpoint(): string {
  return `${location.protocol}//${location.host}${LIVE_PATH}`;
}

/** The address a phone opens: the QR code holds the page with the room's code; to type, the short `/p`. */
export function phoneAddress(code?: string): string {
  if (!code) return new URL('/p', location.href).toString();
  const page = new URL('phone.html', location.href);
  page.search = `?code=${code}`;
  return page.toString();
}

/** Opened at a loopback address, the game cannot be reached by the phones: the trainer must use the network one. */
export function onlyThisComputer(): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(location.hostname);
}
