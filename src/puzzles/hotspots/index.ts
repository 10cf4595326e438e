/** Find the spots: pick the places in a drawn scene that answer the question. */
import { definePuzzleKind } from '../../core/puzzle';
import { hotspotsMachine } from './machine';
import { schema } from './schema';

export const hotspots = definePuzzleKind({
  kind: 'hotspots',
  schema,
  machine: hotspotsMachine,
  playsOnStage: true,
  check(p, problems) {
    const targets = p.spots.filter((s) => s.target).length;
    if (targets < p.need)
      problems.add('need', {
        fr: `demande ${p.need} trouvailles, mais il n'y a que ${targets} ${targets < 2 ? 'emplacement cible' : 'emplacements cibles'} ("target": true)`,
        en: `asks for ${p.need} finds but only ${targets} spots are targets`,
      });
  },
});
