/**
 * The people of the city, and who a speaker is. A speaker is written as the level files write
 * them ("Lison, archiviste", "Rosa (tout bas)", "Madame Vandeputte, présidente du jury"): the
 * name before the comma or bracket picks the face, so Lison looks the same in the archive and at
 * the mine. A name the cast does not know gets a face of its own, always the same for that name.
 * Plain data: the DOM portraits and the Phaser room draw from it.
 */
export type { Mood } from '../core/level/fields';

export type HairStyle = 'bob' | 'bun' | 'puff' | 'ponytail' | 'side-part' | 'crop' | 'beanie' | 'wavy' | 'curly' | 'scarf' | 'cap' | 'braids';
/** What shows at the neck: a shirt collar, a round neck, a hood, an apron's bib, a jacket's lapels. */
export type Top = 'collar' | 'crew' | 'hoodie' | 'apron' | 'blazer';

export interface Face {
  /** The cast member's id, or `guest-…` for a name the cast does not know. */
  id: string;
  skin: number;
  hair: number;
  hairStyle: HairStyle;
  /** A headband, a beanie, a cap or a scarf: the hair style says which. */
  hairAccent?: number;
  clothes: number;
  /** The shirt under the jacket, the apron, the collar. */
  accent: number;
  top: Top;
  /** Trousers or skirt, for the whole figure in a room. */
  legs: number;
  glasses?: number;
  beard?: 'stubble' | 'full' | 'moustache';
  earrings?: number;
  necklace?: number;
}

/** Skin tones, light to deep. */
export const SKIN = [0xf7d7c4, 0xf1c3a0, 0xdca77c, 0xc48a5c, 0x9a6443, 0x6b4330] as const;
const HAIR = { black: 0x231c1a, brown: 0x5a3825, chestnut: 0x7b4a2a, auburn: 0xa8472a, blond: 0xe0bd68, grey: 0x9b9a98, white: 0xeeece8 } as const;

/** The recurring speakers of the journey, by the name the level files give them. */
export const CAST: Readonly<Record<string, Face>> = {
  lison: {
    id: 'lison',
    skin: SKIN[1],
    hair: HAIR.auburn,
    hairStyle: 'bob',
    clothes: 0xe0a526,
    accent: 0xfff8ec,
    top: 'collar',
    legs: 0x3b4a6b,
    glasses: 0x1d2433,
  },
  samira: {
    id: 'samira',
    skin: SKIN[3],
    hair: HAIR.black,
    hairStyle: 'puff',
    hairAccent: 0xffc94a,
    clothes: 0x1f9e8f,
    accent: 0x0f5e56,
    top: 'apron',
    legs: 0x2d3250,
    earrings: 0xffc94a,
  },
  ines: { id: 'ines', skin: SKIN[1], hair: HAIR.brown, hairStyle: 'ponytail', clothes: 0x3f8a3a, accent: 0xc65d3b, top: 'collar', legs: 0x4a5a78 },
  marc: {
    id: 'marc',
    skin: SKIN[0],
    hair: HAIR.blond,
    hairStyle: 'side-part',
    clothes: 0xd62d2d,
    accent: 0xfff8ec,
    top: 'collar',
    legs: 0x555b66,
    beard: 'stubble',
  },
  malik: { id: 'malik', skin: SKIN[5], hair: HAIR.black, hairStyle: 'crop', clothes: 0xf0802a, accent: 0xfff3c4, top: 'crew', legs: 0x2d3250, beard: 'full' },
  theo: {
    id: 'theo',
    skin: SKIN[0],
    hair: HAIR.chestnut,
    hairStyle: 'beanie',
    hairAccent: 0xffc94a,
    clothes: 0x2f6fd6,
    accent: 0xdbe7ff,
    top: 'hoodie',
    legs: 0x3a3f4b,
  },
  helene: {
    id: 'helene',
    skin: SKIN[2],
    hair: HAIR.white,
    hairStyle: 'wavy',
    clothes: 0x7a4fa0,
    accent: 0xf6e7ff,
    top: 'blazer',
    legs: 0x3b2f52,
    glasses: 0x7a4fa0,
    earrings: 0xe9dcc3,
  },
  claire: { id: 'claire', skin: SKIN[0], hair: HAIR.blond, hairStyle: 'bun', clothes: 0x2d3a6b, accent: 0xfff8ec, top: 'blazer', legs: 0x2d3a6b },
  rosa: {
    id: 'rosa',
    skin: SKIN[2],
    hair: HAIR.black,
    hairStyle: 'curly',
    hairAccent: 0xd62d2d,
    clothes: 0xf5efe0,
    accent: 0x2e9e4f,
    top: 'apron',
    legs: 0x5b3a29,
    earrings: 0xffc94a,
  },
  yasmina: {
    id: 'yasmina',
    skin: SKIN[3],
    hair: HAIR.black,
    hairStyle: 'scarf',
    hairAccent: 0xe0607a,
    clothes: 0xf5c518,
    accent: 0xfff3c4,
    top: 'crew',
    legs: 0x2f6fd6,
  },
  gaston: {
    id: 'gaston',
    skin: 0xf2c1ab,
    hair: HAIR.white,
    hairStyle: 'cap',
    hairAccent: 0x2d3250,
    clothes: 0x2d3250,
    accent: 0xffc94a,
    top: 'blazer',
    legs: 0x2d3250,
    beard: 'moustache',
  },
  vandeputte: {
    id: 'vandeputte',
    skin: SKIN[1],
    hair: HAIR.grey,
    hairStyle: 'bun',
    clothes: 0x1b6a52,
    accent: 0xfff8ec,
    top: 'blazer',
    legs: 0x1d2433,
    glasses: 0xc6452b,
    necklace: 0xfff8ec,
  },
  lea: {
    id: 'lea',
    skin: SKIN[4],
    hair: HAIR.black,
    hairStyle: 'braids',
    hairAccent: 0xffc94a,
    clothes: 0xe0558a,
    accent: 0xffe1ec,
    top: 'hoodie',
    legs: 0x2d3250,
  },
};

/** Words in front of a name that are not the name: "Madame Vandeputte" is Vandeputte. */
const TITLES = new Set(['madame', 'monsieur', 'mme', 'm.', 'mr', 'mrs', 'ms', 'miss', 'mister', 'mademoiselle', 'dr', 'docteur', 'doctor']);

/** The name a speaker goes by, as a key: "Théo, gérant du coworking" → "theo". */
export function speakerKey(speaker: string): string {
  const words = speaker
    .split(/[,(:]/)[0]!
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const name = words.filter((w) => !TITLES.has(w));
  return (name.length ? name : words).join(' ');
}

/**
 * FNV-1a, then MurmurHash3's final mix: a small, stable hash, the same in every browser and
 * in Node. The mix spreads every letter over all the bits (FNV-1a alone keeps its low bits
 * poor, and faces are picked from short lists by the low bits).
 */
export function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// A scarf or a cap says something about a person: only the cast wears them, by choice.
const GUEST_STYLES: HairStyle[] = ['bob', 'bun', 'puff', 'ponytail', 'side-part', 'crop', 'wavy', 'curly', 'braids', 'beanie'];
const GUEST_HAIR = [HAIR.black, HAIR.brown, HAIR.chestnut, HAIR.auburn, HAIR.blond, HAIR.grey];
const GUEST_CLOTHES = [0xc65d3b, 0x1f9e8f, 0x7a4fa0, 0x2f6fd6, 0x3f8a3a, 0xe0a526, 0xe0558a, 0x5e6b7a];
const GUEST_ACCENTS = [0xffc94a, 0xe0607a, 0x1f9e8f, 0x2f6fd6];
const GUEST_TOPS: Top[] = ['collar', 'crew', 'hoodie', 'blazer'];
const GUEST_LEGS = [0x2d3250, 0x3b4a6b, 0x555b66, 0x5b3a29];

/** A face for a name the cast does not know: picked by the name's hash, so always the same one. */
export function guestFace(key: string): Face {
  const h = hashName(key);
  // Each feature has a hash of its own, so two features never move together from name to name.
  const at = <T>(list: readonly T[], feature: string): T => list[hashName(`${key}#${feature}`) % list.length]!;
  return {
    id: `guest-${h.toString(36)}`,
    skin: at(SKIN, 'skin'),
    hair: at(GUEST_HAIR, 'hair'),
    hairStyle: at(GUEST_STYLES, 'style'),
    hairAccent: at(GUEST_ACCENTS, 'accent'),
    clothes: at(GUEST_CLOTHES, 'clothes'),
    accent: 0xfff8ec,
    top: at(GUEST_TOPS, 'top'),
    legs: at(GUEST_LEGS, 'legs'),
    ...(at([true, false, false, false], 'glasses') ? { glasses: 0x1d2433 } : {}),
  };
}

/** The face of a speaker or of a prop's `who`: a cast member, else the name's own guest face. */
export function faceFor(speaker: string): Face {
  const key = speakerKey(speaker);
  return CAST[key] ?? CAST[key.split(' ')[0]!] ?? guestFace(key || speaker);
}
