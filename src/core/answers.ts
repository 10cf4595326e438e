/**
 * Answers to code locks and ciphers never travel in plain text: level files in the built
 * game carry a salted SHA-256, and a guess is checked by hashing it the same way.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AnswerHash } from './level/fields';

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

/**
 * An answer in any of the level's languages counts: a player who switches language
 * mid-puzzle may have decoded the other language's ciphertext.
 */
export function isRightAnswer(puzzleId: string, spec: AnswerHash, guess: string): boolean {
  const hash = hashAnswer(puzzleId, guess);
  return typeof spec === 'string' ? hash === spec : Object.values(spec).includes(hash);
}

/** A puzzle whose plain `answer` was replaced by its hash. */
export type WithHashedAnswer<P> = Omit<P, 'answer' | 'answerHash'> & { answerHash: AnswerHash };

/** The hash for a plain answer: one string, or one per language. */
export function hashAnswerSpec(puzzleId: string, answer: string | Record<string, string>): AnswerHash {
  if (typeof answer === 'string') return hashAnswer(puzzleId, answer);
  const out: Record<string, string> = {};
  for (const [lang, a] of Object.entries(answer)) out[lang] = hashAnswer(puzzleId, String(a));
  return { fr: out.fr ?? '', en: out.en ?? '', ...out };
}

/**
 * Replaces a checked puzzle's plain `answer` by its hash (an `answerHash` already there wins).
 * Returns null when the puzzle has neither: the loader reports that before it gets here.
 */
export function withHashedAnswer<P extends { id: string; answer?: string | Record<string, string>; answerHash?: AnswerHash }>(
  puzzle: P,
): WithHashedAnswer<P> | null {
  const { answer, answerHash, ...rest } = puzzle;
  const hash = answerHash ?? (answer !== undefined ? hashAnswerSpec(puzzle.id, answer) : undefined);
  return hash === undefined ? null : { ...rest, answerHash: hash };
}
