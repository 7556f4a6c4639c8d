// A promise that personal data are stored in Kazakhstan (Law 94-V Art. 12 p.2: a database on its
// territory) beside a statement that they are stored or hosted abroad: servers in a named foreign
// country, "outside Kazakhstan", or a cross-border transfer for the hosting of the service.
// A copy abroad beside a database at home is a transfer Art. 16 allows, not a contradiction: a
// statement of storage abroad that speaks of a copy or a backup counts only when it also speaks of
// hosting. A statement with a negation, an exception or a condition ("may", "if") is not read.
// A cloud region is a place too: "stored with AWS, region ap-southeast-1" keeps the data in
// Singapore. Its code is read as area-direction-number from vocabulary (cloud-region-*), so that
// a version number ("v1-2") or a region at home ("kz1") is not; a region named in words ("West
// Europe", "Frankfurt") only beside a cloud provider's name, since the words alone are ordinary.
// Servers placed by name ("our servers are located in Germany") are storage abroad when the
// sentence names a place abroad (storage-places-abroad) and not Kazakhstan as well.
import type { Lexicon } from './vocabulary/lexicon.js';
import { foldForMatch } from '../language/normalize.js';
import type { Contradiction } from './exclusive-statements.js';
import { first, negated, whole, type Sentence, type Statement } from './statement-sentences.js';
import { filterSteps, findSteps, type Steps } from './steps.js';

function uncertain(s: Sentence, vocabulary: Lexicon): boolean {
  return (
    negated(s, vocabulary) ||
    vocabulary.test('storage-conditions', s.text) ||
    vocabulary.test('exception-words', s.text)
  );
}

const regionCodes = new Map<string, RegExp>();

/** The cloud region code pattern of a vocabulary: ap-southeast-1, europe-west1, eu-central-1a. */
function regionCode(vocabulary: Lexicon): RegExp {
  let re = regionCodes.get(vocabulary.id);
  if (!re) {
    const area = vocabulary.pattern('cloud-region-areas', { open: 'end' });
    const direction = vocabulary.pattern('cloud-region-directions', { open: 'both' });
    re = new RegExp(`${area}-${direction}-?\\d{1,2}[a-z]?(?![\\p{L}\\p{M}\\p{N}])`, 'u');
    regionCodes.set(vocabulary.id, re);
  }
  return re;
}

/**
 * Storage in a cloud region abroad: a region code, or a region's name beside a cloud provider's.
 * The whole sentence is quoted: the code alone does not say what is kept there.
 */
function cloudRegionAbroad(s: Sentence, vocabulary: Lexicon): Statement | null {
  if (!vocabulary.test('storage-verbs', s.text)) return null;
  const named = regionCode(vocabulary).test(foldForMatch(s.text));
  const inWords = vocabulary.test('cloud-region-names', s.text) || vocabulary.test('cloud-region-cities', s.text);
  if (named || (inWords && providerBeside(s, vocabulary))) return whole(s);
  return null;
}

/** A cloud provider named in the sentence, or in another cell of its table row ("| Vercel Inc. | Hosting (Frankfurt region) |"). */
function providerBeside(s: Sentence, vocabulary: Lexicon): boolean {
  if (vocabulary.test('recipient-brands', s.text)) return true;
  const row = s.block.type === 'tableCell' && s.block.clause?.tableRow ? s.block.clause.blocks : [];
  return row.some((cell) => cell !== s.block && vocabulary.test('recipient-brands', cell.text));
}

/** Servers, data centres or a database placed in a named country or city abroad, Kazakhstan not named beside it. */
function serversPlacedAbroad(s: Sentence, vocabulary: Lexicon): Statement | null {
  if (!vocabulary.test('server-location-words', s.text) || !vocabulary.test('storage-places-abroad', s.text))
    return null;
  return vocabulary.test('kz-country', s.text) ? null : whole(s);
}

/** Hosting abroad: "a cross-border transfer for hosting", or storage on servers abroad (not of a copy). */
function hostedAbroad(s: Sentence, vocabulary: Lexicon): Statement | null {
  // The two words may stand far apart ("transfer abroad … for hosting"): the whole clause is quoted.
  if (vocabulary.test('hosting-words', s.text) && vocabulary.test('abroad-words', s.text)) return whole(s);
  if (vocabulary.test('copy-words', s.text)) return null;
  return placeAbroad(s, vocabulary);
}

/** A place abroad named for keeping data, whatever is kept there (a copy too). */
function placeAbroad(s: Sentence, vocabulary: Lexicon): Statement | null {
  return (
    first(s, 'state-storage-abroad', vocabulary) ??
    cloudRegionAbroad(s, vocabulary) ??
    serversPlacedAbroad(s, vocabulary)
  );
}

/** This sentence's plain statement that the data are stored or hosted outside Kazakhstan, if it makes one. */
export function storageAbroadIn(s: Sentence, vocabulary: Lexicon): Statement | null {
  return uncertain(s, vocabulary) || vocabulary.test('promise-store-kazakhstan', s.text)
    ? null
    : hostedAbroad(s, vocabulary);
}

/**
 * Whether the sentence keeps data abroad, or a copy, or may keep them there: not denied, and no
 * promise of storage in Kazakhstan beside it. Such a sentence states no storage in Kazakhstan,
 * whatever words of a place of storage it has ("backups are kept on servers located in Ireland").
 */
export function speaksOfStorageAbroad(s: Sentence, vocabulary: Lexicon): boolean {
  if (negated(s, vocabulary) || vocabulary.test('promise-store-kazakhstan', s.text)) return false;
  return placeAbroad(s, vocabulary) !== null || storageAbroadIn(s, vocabulary) !== null;
}

/** The first plain statement that the data are stored or hosted outside Kazakhstan, if any. */
export function* storedAbroad(sentences: Sentence[], vocabulary: Lexicon): Steps<Statement | null> {
  return yield* findSteps(sentences, (s) => storageAbroadIn(s, vocabulary));
}

export function* storageAbroad(sentences: Sentence[], vocabulary: Lexicon): Steps<Contradiction | null> {
  const promises = yield* filterSteps(sentences, (s) => !negated(s, vocabulary));
  const promise = yield* findSteps(promises, (s) => first(s, 'promise-store-kazakhstan', vocabulary));
  if (!promise) return null;
  const act = yield* storedAbroad(sentences, vocabulary);
  return act ? { topic: 'storage-abroad', denial: promise, act, at: 'act' } : null;
}
