import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyChoices } from '../../src/core/choices';
import { parseLevel, type Level } from '../../src/core/level/loader';
import { buildReport } from '../../src/core/report';
import { emptyProgress, type Progress } from '../../src/core/save';

const read = (file: string): Level => {
  const result = parseLevel(file, readFileSync(join(import.meta.dirname, '..', '..', 'levels', file), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};
const archive = read('act-1/archive.json');
const fablab = read('act-1/fablab.json');
const street = read('act-3/street.json');

function progressWith(records: Record<string, Partial<Progress['levels'][string]>>): Progress {
  const p = emptyProgress();
  for (const [id, r] of Object.entries(records)) {
    p.levels[id] = { stars: 2, points: {}, hintTier: 1, mistakes: 0, choices: [], timeMs: 60_000, completedAt: '2026-01-01T00:00:00.000Z', ...r };
  }
  return p;
}

describe('key choices', () => {
  it('turns dialogue and timed-event choice ids back into the words chosen, keeping those that changed something', () => {
    const dialogue = fablab.puzzles.find((p) => p.kind === 'dialogue')!;
    if (dialogue.kind !== 'dialogue') throw new Error('fixture');
    const all = dialogue.nodes.flatMap((n) => n.choices);
    const decision = all.find((c) => c.effects?.flags?.supplier !== undefined)!;
    const smallTalk = all.find((c) => !c.effects)!;
    expect(decision).toBeDefined();
    expect(smallTalk).toBeDefined();
    expect(keyChoices(fablab, [`${dialogue.id}:${decision.id}`, `${dialogue.id}:${smallTalk.id}`])).toEqual([
      { levelId: 'fablab', puzzle: dialogue.title, choice: decision.text },
    ]);
    const events = street.puzzles.find((p) => p.kind === 'timed-events')!;
    if (events.kind !== 'timed-events') throw new Error('fixture');
    const ev = events.events[0]!;
    const weighty = ev.options.find((o) => o.effects?.points)!;
    expect(keyChoices(street, [`${events.id}:${ev.id}:${weighty.id}`])[0]?.choice).toEqual(weighty.text);
  });

  it('ignores unknown ids and answers that are skills rather than decisions', () => {
    expect(keyChoices(fablab, ['nope:x', `${fablab.puzzles[0]!.id}:whatever`])).toEqual([]);
    expect(keyChoices(archive, ['cabinet-lock:1952'])).toEqual([]);
  });
});

describe('journey report', () => {
  it('adds up stars, time, hints and points per area, and keeps the self-check', () => {
    const progress = progressWith({
      archive: { stars: 3, hintTier: 0, points: { 'spotting-opportunities': 4 }, timeMs: 120_000 },
      fablab: { stars: 1, hintTier: 3, points: { creativity: 2, 'ethical-thinking': 3 }, timeMs: 60_000 },
    });
    progress.selfCheck = { before: [2, 3, 2], after: [4, 4, 3] };
    const report = buildReport([archive, fablab, street], progress, new Date('2026-11-23T10:00:00Z'));
    expect(report.stars).toEqual({ earned: 4, max: 9 });
    expect(report.timeMs).toBe(180_000);
    expect(report.hintsUsed).toBe(3);
    expect(report.areas).toEqual({ ideas: 9, resources: 0, action: 0 });
    expect(report.competences['ethical-thinking']).toBe(3);
    expect(report.competences.planning).toBe(0);
    expect(report.levels.map((l) => l.id)).toEqual(['archive', 'fablab']);
    expect(report.selfCheck).toEqual({ before: [2, 3, 2], after: [4, 4, 3] });
    expect(report.generatedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it("leaves out a trainer's test level played on the same device", () => {
    const progress = progressWith({
      archive: { points: { 'spotting-opportunities': 4 } },
      'salle-du-formateur': { points: { planning: 9, 'spotting-opportunities': 5 } },
    });
    const report = buildReport([archive, fablab], progress, new Date());
    expect(report.competences.planning).toBe(0);
    expect(report.competences['spotting-opportunities']).toBe(4);
    expect(report.areas.action).toBe(0);
  });
});
