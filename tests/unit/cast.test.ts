/**
 * Who a speaker is: the same person keeps the same face from level to level, whatever role or
 * aside follows their name, in French and in English; a name the cast does not know always gets
 * the same face of its own. Checked on the shipped levels' speakers.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLevel, type Level } from '../../src/core/level/loader';
import type { LevelIndex } from '../../src/core/level/schema';
import { CAST, faceFor, guestFace, speakerKey } from '../../src/world/cast';
import { faceLayers, portraitShapes } from '../../src/world/faces';
import { roomProps } from '../../src/world/room';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../levels/${path}`, import.meta.url)), 'utf8');
const index = JSON.parse(read('index.json')) as LevelIndex;
const LEVELS: Level[] = index.levels.map((file) => {
  const r = parseLevel(file, read(file));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
});

/** Every speaker of every level: intro lines and dialogue nodes, with the level they speak in. */
function speakers(): { level: string; fr: string; en: string }[] {
  const out: { level: string; fr: string; en: string }[] = [];
  for (const l of LEVELS) {
    for (const line of l.intro) out.push({ level: l.id, ...line.speaker });
    for (const p of l.puzzles) if (p.kind === 'dialogue') for (const n of p.nodes) out.push({ level: l.id, ...n.speaker });
  }
  return out;
}

describe('speaker names', () => {
  it('keep the name and drop the role, the aside and the title', () => {
    expect(speakerKey('Lison, archiviste')).toBe('lison');
    expect(speakerKey('Rosa (tout bas)')).toBe('rosa');
    expect(speakerKey('Théo, gérant du coworking')).toBe('theo');
    expect(speakerKey('Madame Vandeputte, présidente du jury')).toBe('vandeputte');
    expect(speakerKey('Mrs Vandeputte, head of the jury')).toBe('vandeputte');
    expect(speakerKey('  Hélène  ')).toBe('helene');
  });
});

describe('the cast', () => {
  const all = speakers();

  it('knows every speaker of the shipped levels (none of them gets a stranger face)', () => {
    const strangers = all.filter((s) => faceFor(s.fr).id.startsWith('guest-')).map((s) => `${s.level}: ${s.fr}`);
    expect(strangers).toEqual([]);
  });

  it('gives a speaker the same face in every level and in both languages', () => {
    const byName = new Map<string, Set<string>>();
    for (const s of all) {
      const key = speakerKey(s.fr);
      const faces = byName.get(key) ?? new Set<string>();
      faces.add(faceFor(s.fr).id).add(faceFor(s.en).id);
      byName.set(key, faces);
    }
    for (const [name, faces] of byName) expect([...faces], name).toHaveLength(1);
    // The ones who come back: Lison (archive, then the mine), Yasmina (market, then the belfry), Rosa's asides.
    expect(faceFor('Lison, archiviste')).toBe(faceFor('Lison, archivist'));
    expect(faceFor('Yasmina, étudiante à Jemappes')).toBe(faceFor('Yasmina, au téléphone'));
    expect(faceFor('Rosa (tout bas)')).toBe(faceFor('Rosa, marchande de fruits'));
    const levelsOf = (name: string) => new Set(all.filter((s) => speakerKey(s.fr) === name).map((s) => s.level));
    expect(levelsOf('lison')).toEqual(new Set(['archive', 'mine']));
    expect(levelsOf('yasmina')).toEqual(new Set(['market', 'belfry']));
  });

  it('draws each member as someone else: no two share skin, hair, hair style and clothes', () => {
    const looks = Object.values(CAST).map((f) => [f.skin, f.hair, f.hairStyle, f.clothes].join('/'));
    expect(new Set(looks).size).toBe(looks.length);
    const clothes = Object.values(CAST).map((f) => f.clothes);
    expect(new Set(clothes).size, 'clothes colours tell people apart from afar').toBe(clothes.length);
  });

  it('has at least two expressions for every face: neutral, happy and thinking differ', () => {
    for (const face of Object.values(CAST)) {
      const [neutral, happy, thinking] = (['neutral', 'happy', 'thinking'] as const).map((m) => JSON.stringify(portraitShapes(face, m)));
      expect(happy, face.id).not.toBe(neutral);
      expect(thinking, face.id).not.toBe(neutral);
      // The hair and the clothes stay: only the features change with the mood.
      expect(faceLayers(face, 'happy').bust).toEqual(faceLayers(face, 'neutral').bust);
      expect(faceLayers(face, 'happy').behind).toEqual(faceLayers(face, 'neutral').behind);
    }
  });
});

describe('a speaker the cast does not know', () => {
  const names = ['Monsieur Albert', 'Kevin', 'Aïcha', 'Lucas', 'Mireille', 'Sam', 'Une maman', 'Jean-Marc', 'Fatou', 'Bart', 'Noor', 'Igor'];

  it('always gets the same face for the same name, whatever the role after it', () => {
    for (const n of names) {
      expect(faceFor(n)).toEqual(faceFor(n));
      expect(faceFor(`${n}, bénévole`)).toEqual(faceFor(n));
      expect(faceFor(n).id).toMatch(/^guest-/);
    }
    // Pinned: a change to the hash would change faces players have already met.
    expect(guestFace('albert')).toEqual(faceFor('Monsieur Albert'));
    expect(faceFor('Monsieur Albert').id).toBe(faceFor('Monsieur Albert, retraité').id);
  });

  it('gets faces that differ from one name to the next', () => {
    const looks = new Set(names.map((n) => JSON.stringify({ ...faceFor(n), id: '' })));
    expect(looks.size).toBeGreaterThanOrEqual(names.length - 1);
  });
});

describe('the person standing in a room', () => {
  it('is the level host, the first speaker of its intro, when the place has no room to explore', () => {
    for (const l of LEVELS.filter((lv) => !lv.room)) {
      const people = roomProps({ level: l, visited: [], inventory: [], results: [] }).filter((p) => p.prop === 'person');
      for (const p of people) expect(faceFor(p.who!), l.id).toBe(faceFor(l.intro[0]!.speaker.fr));
    }
  });
});
