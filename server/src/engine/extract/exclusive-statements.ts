// Pairs of statements in one policy that exclude each other on a material point: a denial
// ("we do not transfer personal data abroad", «мы не продаём персональные данные», "we do not
// collect biometric data") and, elsewhere, a plain statement of the same act (a transfer to servers
// in the USA, a sale, biometric data in the list of data collected, data stored with a named
// provider). One pair is the other way round: a promise that data are stored in Kazakhstan beside
// a statement that they are stored or hosted abroad (storage-abroad.ts).
// Conservative by design: a denial counts only with no exception or condition in its sentence
// ("except", «кроме», "if"), and a statement of the act only with no negation and no condition in
// its sentence, so that no negation scope has to be guessed. The words are in
// vocabulary/contradiction.yaml.
import type { PolicyDocument } from '../model/document.js';
import type { Lexicon } from './vocabulary/lexicon.js';
import { first, negated, sentencesOf, type Statement } from './statement-sentences.js';
import { undisclosedRecipient } from './undisclosed-recipients.js';
import { storageAbroad } from './storage-abroad.js';
import { stepEnds, filterSteps, findSteps, runSteps, type Steps } from './steps.js';

export type Topic = 'transfer-abroad' | 'sale' | 'collect' | 'third-party' | 'third-party-sign-in' | 'storage-abroad';

export interface Contradiction {
  topic: Topic;
  /** For `collect`: the data kind family ("data-biometric"). */
  kind?: string;
  denial: Statement;
  act: Statement;
  /** Which statement a lawyer would correct: the finding stands there (the denial unless said). */
  at?: 'denial' | 'act';
}

export type { Statement };

const DATA_KINDS = ['data-biometric', 'data-location', 'data-health', 'data-payment-card'];

export function exclusiveStatements(doc: PolicyDocument, vocabulary: Lexicon): Contradiction[] {
  return runSteps(exclusiveStatementSteps(doc, vocabulary));
}

/** The same, a few sentences per step (a large draft has hundreds of thousands). */
export function* exclusiveStatementSteps(doc: PolicyDocument, vocabulary: Lexicon): Steps<Contradiction[]> {
  const sentences = sentencesOf(doc);
  const out: Contradiction[] = [];
  const clear = yield* filterSteps(sentences, (s) => !vocabulary.test('exception-words', s.text));
  // Of the sentences with no exception, those with no negation either.
  const plain = yield* filterSteps(clear, (s) => !negated(s, vocabulary));
  const pairs: Array<[Topic, string, string]> = [
    ['transfer-abroad', 'deny-transfer-abroad', 'state-transfer-abroad'],
    ['sale', 'deny-sale', 'state-sale'],
  ];
  for (const [topic, deny, state] of pairs) {
    const denial = yield* findSteps(clear, (s) => first(s, deny, vocabulary));
    if (!denial) continue;
    const act = yield* findSteps(plain, (s) => first(s, state, vocabulary));
    if (act) out.push({ topic, denial, act });
  }
  out.push(...(yield* undisclosedRecipient(clear, plain, vocabulary, sentences)));
  const abroad = yield* storageAbroad(sentences, vocabulary);
  if (abroad) out.push(abroad);
  // "We do not collect biometric data" beside biometric data in the list of data collected.
  // The first plain mention of each data kind in a list of data collected, found once.
  const listed = new Map<string, Statement>();
  for (let i = 0; i < plain.length; i++) {
    const p = plain[i]!;
    if (stepEnds(i)) yield;
    if (!p.block.section.kinds.includes('data_categories')) continue;
    for (const kind of DATA_KINDS) {
      if (listed.has(kind)) continue;
      const act = first(p, kind, vocabulary);
      if (act) listed.set(kind, act);
    }
  }
  const denials = listed.size > 0 ? clear : [];
  for (let i = 0; i < denials.length; i++) {
    const s = denials[i]!;
    if (stepEnds(i)) yield;
    const denial = first(s, 'deny-collect', vocabulary);
    if (!denial) continue;
    for (const kind of DATA_KINDS) {
      const act = listed.get(kind);
      if (act && act.block !== s.block && vocabulary.test(kind, s.text))
        out.push({ topic: 'collect', kind, denial, act });
    }
  }
  return out;
}
