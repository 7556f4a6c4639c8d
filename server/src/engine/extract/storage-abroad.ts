// A promise that personal data are stored in Kazakhstan (Law 94-V Art. 12 p.2: a database on its
// territory) beside a statement that they are stored or hosted abroad: servers in a named foreign
// country, "outside Kazakhstan", or a cross-border transfer for the hosting of the service.
// A copy abroad beside a database at home is a transfer Art. 16 allows, not a contradiction: a
// statement of storage abroad that speaks of a copy or a backup counts only when it also speaks of
// hosting. A statement with a negation, an exception or a condition ("may", "if") is not read.
import type { Lexicon } from './vocabulary/lexicon.js';
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

/** Hosting abroad: "a cross-border transfer for hosting", or storage on servers abroad (not of a copy). */
function hostedAbroad(s: Sentence, vocabulary: Lexicon): Statement | null {
  // The two words may stand far apart ("transfer abroad … for hosting"): the whole clause is quoted.
  if (vocabulary.test('hosting-words', s.text) && vocabulary.test('abroad-words', s.text)) return whole(s);
  if (vocabulary.test('copy-words', s.text)) return null;
  return first(s, 'state-storage-abroad', vocabulary);
}

export function* storageAbroad(sentences: Sentence[], vocabulary: Lexicon): Steps<Contradiction | null> {
  const promises = yield* filterSteps(sentences, (s) => !negated(s, vocabulary));
  const promise = yield* findSteps(promises, (s) => first(s, 'promise-store-kazakhstan', vocabulary));
  if (!promise) return null;
  const act = yield* findSteps(sentences, (s) =>
    uncertain(s, vocabulary) || vocabulary.test('promise-store-kazakhstan', s.text)
      ? null
      : hostedAbroad(s, vocabulary),
  );
  return act ? { topic: 'storage-abroad', denial: promise, act, at: 'act' } : null;
}
