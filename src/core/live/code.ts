/** The live classroom's constants and room codes: what the light phone page needs, without the schemas. */

/** Room codes: 5 characters with no look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V). */
export const CODE_ALPHABET = 'ACDEFHJKMNPRTWXY3479';
export const CODE_LENGTH = 5;
export const MAX_PHONES = 60;
export const NAME_MAX = 20;
/** The live server's path on the game's own origin: the page's CSP allows nothing else. */
export const LIVE_PATH = '/live';
/** The room type the server defines. */
export const ROOM_NAME = 'classroom';

export function randomCode(random: () => number = Math.random): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length)]!;
  return code;
}

/** A typed code as the room knows it: upper case, spaces and dashes dropped; null when it cannot be one. */
export function normaliseCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}
