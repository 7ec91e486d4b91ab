import { drawPlace, spellingOf } from '../fixtures/matching/place-pools';
import { familyNameFor, givenNamesFor } from '../fixtures/synthetic/person-name';
import type { SeededRandom } from '../fixtures/synthetic/random';

/**
 * Who the save benchmarks record: a man of one of the five commonest nationalities, with a
 * name, date of birth and (unless `withPlace` is false) place of birth drawn from that
 * nationality's pools, so each save files its own identity keys rather than one person's
 * over and over.
 */
export function benchPerson(random: SeededRandom, withPlace = true) {
  const nationality = random.pick(['ERI', 'AFG', 'SDN', 'SYR', 'IRN']);
  const place = drawPlace(random, nationality);
  return {
    sex: 'M',
    nationality,
    familyName: familyNameFor(random, nationality),
    givenNames: givenNamesFor(random, nationality, 'M'),
    dateOfBirth: `${random.int(1970, 2007)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
    placeOfBirth: withPlace && place ? spellingOf(random, place) : '',
  };
}
