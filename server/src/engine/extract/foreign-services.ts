// A named service operated abroad that receives personal data: "application data are passed to
// amoCRM", «данные обрабатываются в Яндекс Метрике». Sending data to a service run from another
// country is a transfer abroad (Law 94-V Art. 16, 152-FZ Art. 12, GDPR Chapter V), so a policy that
// does so and says nothing of cross-border transfer is told which clause shows it.
// Precision first: the sentence must name the service (vocabulary/foreign-services.yaml, under the
// countries the law counts as abroad) and, near it, a verb of data going to it, with no negation, no
// condition ("may", "if"), and not as a link or a channel the user may write through.
import type { Lexicon } from './vocabulary/lexicon.js';
import { splitWords } from './vocabulary/phrases.js';
import { negated, whole, type Sentence, type Statement } from './statement-sentences.js';
import { findSteps, type Steps } from './steps.js';

export interface ServiceUse {
  /** The service's name, as written. */
  service: string;
  /** A recipient in a foreign state ("insurers of the Republic of Belarus"), not a named service. */
  recipient: boolean;
  /** The clause that sends data to it, quoted whole. */
  act: Statement;
}

/** Families whose names begin so list recipients in a foreign state, not services. */
const RECIPIENTS = 'recipients-';

/** The most words between the verb and the service's name: "passed directly to the manager through WhatsApp". */
const MAX_GAP = 6;

/** The words strictly between two spans of a text. */
function wordsBetween(text: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const [left, right] = a.start < b.start ? [a, b] : [b, a];
  return left.end >= right.start ? 0 : splitWords(text.slice(left.end, right.start)).words.length;
}

/**
 * This sentence's plain statement that data go to a service of one of the families, if it makes
 * one: a verb of data going to it near the service's name, so that a sentence on the policy's
 * scope that names the app's platform far from its verb is not read.
 */
export function serviceUseIn(s: Sentence, families: readonly string[], vocabulary: Lexicon): ServiceUse | null {
  const verbs = vocabulary.find('service-data-verbs', s.text);
  if (verbs.length === 0) return null;
  const named = families
    .filter((f) => vocabulary.has(f))
    .flatMap((f) => vocabulary.find(f, s.text).map((m) => ({ ...m, recipient: f.startsWith(RECIPIENTS) })))
    .filter((n) => verbs.some((v) => wordsBetween(s.text, v, n) <= MAX_GAP))
    .sort((a, b) => a.start - b.start)[0];
  if (!named) return null;
  if (
    negated(s, vocabulary) ||
    vocabulary.test('storage-conditions', s.text) ||
    vocabulary.test('service-mention-only', s.text)
  )
    return null;
  return { service: s.text.slice(named.start, named.end), recipient: named.recipient, act: whole(s) };
}

/** The first clause that sends personal data to a service of the families (services run abroad), if any. */
export function* serviceAbroad(
  sentences: Sentence[],
  families: readonly string[],
  vocabulary: Lexicon,
): Steps<ServiceUse | null> {
  if (families.length === 0) return null;
  return yield* findSteps(sentences, (s) => serviceUseIn(s, families, vocabulary));
}
