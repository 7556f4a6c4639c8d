// Pairs of statements in one policy that exclude each other on a material point: a denial
// ("we do not transfer personal data abroad", «мы не продаём персональные данные», "we do not
// collect biometric data") and, elsewhere, a plain statement of the same act (a transfer to servers
// in the USA, a sale, biometric data in the list of data collected).
// Conservative by design: a denial counts only with no exception or condition in its sentence
// ("except", «кроме», "if"), and a statement of the act only with no negation and no condition in
// its sentence, so that no negation scope has to be guessed. The words are in
// vocabulary/contradiction.yaml.
import type { Block, PolicyDocument } from '../model/document.js';
import type { Lexicon } from './vocabulary/lexicon.js';
import { splitWords } from './vocabulary/phrases.js';
import { sentenceBounds } from './jurisdictions/sentences.js';

export type Topic = 'transfer-abroad' | 'sale' | 'collect';

export interface Statement {
  block: Block;
  /** Indices into the block's text: the words of the denial or of the act. */
  start: number;
  end: number;
}

export interface Contradiction {
  topic: Topic;
  /** For `collect`: the data kind family ("data-biometric"). */
  kind?: string;
  denial: Statement;
  act: Statement;
}

const DATA_KINDS = ['data-biometric', 'data-location', 'data-health', 'data-payment-card'];

interface Sentence {
  block: Block;
  start: number;
  text: string;
}

function sentencesOf(doc: PolicyDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const block of doc.blocks) {
    if (block.type !== 'paragraph' && block.type !== 'tableCell') continue;
    for (const [start, end] of sentenceBounds(block.text))
      out.push({ block, start, text: block.text.slice(start, end) });
  }
  return out;
}

function negated(s: Sentence, vocabulary: Lexicon): boolean {
  if (vocabulary.test('negation-words', s.text)) return true;
  const infixes = vocabulary.phrases('negation-infixes');
  // Each distinct word once: a long paragraph repeats its words.
  for (const w of new Set(splitWords(s.text).words)) if (infixes.some((i) => w.includes(i))) return true;
  return false;
}

function first(s: Sentence, family: string, vocabulary: Lexicon): Statement | null {
  const m = vocabulary.find(family, s.text)[0];
  return m ? { block: s.block, start: s.start + m.start, end: s.start + m.end } : null;
}

export function exclusiveStatements(doc: PolicyDocument, vocabulary: Lexicon): Contradiction[] {
  const sentences = sentencesOf(doc);
  const out: Contradiction[] = [];
  const clear = sentences.filter((s) => !vocabulary.test('exception-words', s.text));
  const plain = sentences.filter((s) => !vocabulary.test('exception-words', s.text) && !negated(s, vocabulary));
  const pairs: Array<[Topic, string, string]> = [
    ['transfer-abroad', 'deny-transfer-abroad', 'state-transfer-abroad'],
    ['sale', 'deny-sale', 'state-sale'],
  ];
  for (const [topic, deny, state] of pairs) {
    const denial = clear.map((s) => first(s, deny, vocabulary)).find((x) => x !== null);
    if (!denial) continue;
    const act = plain.map((s) => first(s, state, vocabulary)).find((x) => x !== null);
    if (act) out.push({ topic, denial, act });
  }
  // "We do not collect biometric data" beside biometric data in the list of data collected.
  // The first plain mention of each data kind in a list of data collected, found once.
  const listed = new Map<string, Statement>();
  for (const p of plain) {
    if (!p.block.section.kinds.includes('data_categories')) continue;
    for (const kind of DATA_KINDS) {
      if (listed.has(kind)) continue;
      const act = first(p, kind, vocabulary);
      if (act) listed.set(kind, act);
    }
  }
  for (const s of listed.size > 0 ? clear : []) {
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
