// "We do not share your data with any third parties" beside a clause that sends data to a
// recipient: a payment processor, a cloud or hosting provider, an analytics service, named by
// category or by brand. A processor is a third party under Law 94-V (Art. 1) and 152-FZ, and a
// recipient the subject must be told of under GDPR (Art. 13(1)(e)).
// Sign-in through another company's account ("sign in with Google") is such a recipient too: the
// company learns of each sign-in and passes the subject's data on (reported apart, as its own topic).
// Conservative: the denial counts only when nothing in its sentence narrows it (an exception, a
// purpose such as marketing or "for commercial purposes", a sale, a consent: "share-restrictions",
// "share-purposes"), and the act only when its sentence names a recipient and a verb of data going
// to it, with no negation and no condition (a sign-in offered "if you choose" is still offered: only
// a negation rules it out).
import type { Lexicon } from './vocabulary/lexicon.js';
import type { Contradiction } from './exclusive-statements.js';
import { first, negated, whole, type Sentence, type Statement } from './statement-sentences.js';
import { filterSteps, findSteps, type Steps } from './steps.js';

/** The clause, quoted whole: a brand alone («Stripe») does not tell the reader what goes to it. */
function recipientAct(s: Sentence, vocabulary: Lexicon): Statement | null {
  if (!vocabulary.test('data-flow-verbs', s.text)) return null;
  const named = vocabulary.test('recipient-brands', s.text) || vocabulary.test('recipient-categories', s.text);
  return named ? whole(s) : null;
}

/**
 * The first absolute denial of disclosure to third parties with the first plain clause that
 * sends data to a recipient, or null. `clear`: sentences with no exception; `plain`: sentences
 * with neither exception nor negation (see exclusive-statements.ts).
 */
export function* undisclosedRecipient(
  clear: Sentence[],
  plain: Sentence[],
  vocabulary: Lexicon,
  sentences: Sentence[] = plain,
): Steps<Contradiction[]> {
  const denials = yield* filterSteps(clear, (s) => !narrowed(s, vocabulary));
  const denial = yield* findSteps(denials, (s) => first(s, 'deny-share-third-party', vocabulary));
  if (!denial) return [];
  const act = yield* findSteps(plain, (s) =>
    vocabulary.test('deny-share-third-party', s.text) ? null : recipientAct(s, vocabulary),
  );
  // One finding per denial: a recipient named outright says more than a sign-in.
  if (act) return [{ topic: 'third-party', denial, act }];
  const signIn = yield* findSteps(sentences, (s) =>
    s.block === denial.block || negated(s, vocabulary) ? null : signInAct(s, vocabulary),
  );
  return signIn ? [{ topic: 'third-party-sign-in', denial, act: signIn }] : [];
}

/**
 * A denial of sharing narrowed by what it denies: a sale, a consent, a group of recipients
 * (share-restrictions), or a purpose ("for commercial purposes", «в целях рекламы»: share-purposes)
 * that is not any purpose at all ("for any purpose" stays absolute).
 */
function narrowed(s: Sentence, vocabulary: Lexicon): boolean {
  if (vocabulary.test('share-restrictions', s.text)) return true;
  return vocabulary.test('share-purposes', s.text) && !vocabulary.test('share-any-purpose', s.text);
}

/** Sign-in through another company's account, quoted whole: "Sign in with Google" alone names the company. */
function signInAct(s: Sentence, vocabulary: Lexicon): Statement | null {
  return vocabulary.test('third-party-sign-in', s.text) ? whole(s) : null;
}
