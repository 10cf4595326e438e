/** Find the spots: pick the places in a drawn scene that answer the question. */
import { definePuzzleKind, inEachLanguage } from '../../core/puzzle';
import { checkChoiceAwards } from '../../core/level/awards';
import { hotspotsMachine } from './machine';
import { schema } from './schema';

export const hotspots = definePuzzleKind({
  kind: 'hotspots',
  schema,
  machine: hotspotsMachine,
  playsOnStage: true,
  check(p, problems) {
    checkChoiceAwards(
      p.awards,
      p.spots.map((s) => s.id),
      problems,
    );
    const targets = p.spots.filter((s) => s.target).length;
    if (targets < p.need)
      problems.add('need', {
        fr: `demande ${p.need} trouvailles, mais il n'y a que ${targets} ${targets < 2 ? 'emplacement cible' : 'emplacements cibles'} ("target": true)`,
        en: `asks for ${p.need} finds but only ${targets} spots are targets`,
      });
  },
  answerKey(p) {
    const targets = p.spots.filter((s) => s.target);
    const others = p.spots.filter((s) => !s.target);
    const spot = (s: (typeof p.spots)[number]) => ({ text: s.label, notes: [s.feedback], choice: s.id, key: s.target });
    return {
      what: { fr: 'Trouver les endroits', en: 'Find the spots' },
      minutes: 2 + Math.ceil(p.spots.length / 3),
      sections: [
        {
          title: inEachLanguage((l) =>
            targets.length === p.need
              ? l === 'fr'
                ? `Les ${p.need} cibles, toutes à trouver`
                : `The ${p.need} targets, all to find`
              : l === 'fr'
                ? `Les cibles : en trouver ${p.need} sur ${targets.length}`
                : `The targets: find ${p.need} of ${targets.length}`,
          ),
          lines: targets.map(spot),
        },
        ...(others.length ? [{ title: { fr: 'Pas des cibles', en: 'Not targets' }, lines: others.map(spot) }] : []),
      ],
    };
  },
});
