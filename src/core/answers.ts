/**
 * Answers to code locks and ciphers never travel in plain text: level files in the built
 * game carry a salted SHA-256, and a guess is checked by hashing it the same way.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AnswerHash } from './level/schema';
import type { Lang } from './i18n';

/** "1 952", "Boulangerie!" and "boulangerie" count as the same answer. */
export function normalizeAnswer(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

export function hashAnswer(puzzleId: string, raw: string): string {
  return 'sha256:' + bytesToHex(sha256(utf8ToBytes(`envol|${puzzleId}|${normalizeAnswer(raw)}`)));
}

export function hashFor(spec: AnswerHash, lang: Lang): string {
  return typeof spec === 'string' ? spec : (spec[lang] ?? spec.fr);
}

/**
 * The player's language comes first, but an answer in another of the level's languages counts
 * too: a player who switches language mid-puzzle reads the other ciphertext.
 */
export function isRightAnswer(puzzleId: string, spec: AnswerHash, lang: Lang, guess: string): boolean {
  const hash = hashAnswer(puzzleId, guess);
  return hash === hashFor(spec, lang) || (typeof spec !== 'string' && Object.values(spec).includes(hash));
}
