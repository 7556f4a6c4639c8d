// What in a policy belongs to another country's law than the one it answers to: the text copied
// from a foreign template. Four kinds, each read conservatively:
// - «federal law» in a policy under Kazakh law and not Russian ("Federal Law of the Republic of
//   Kazakhstan": Kazakhstan has no federal laws), unless the sentence names a federation;
// - a Russian registry (ЕГРЮЛ, ОГРН) in a policy not under Russian law;
// - a law, legislation or body of a jurisdiction the policy does not answer to, applied in the
//   sentence (not negated, not in passing), when a person set the jurisdictions;
// - the operator's postal address in a country whose law the policy does not answer to;
// - «legitimate interest» given as a legal basis under Kazakh law alone (a GDPR notion), not the
//   right to object to processing based on it. Under a guessed law only this one is read (the rule
//   reports it as information, saying the law is a guess): the others would turn a wrong guess
//   into warnings.
// The words are in vocabulary/foreign-law.yaml and jurisdictions.yaml; the grammar is here.
import type { Block, PolicyDocument } from '../model/document.js';
import type { Lexicon } from './vocabulary/lexicon.js';
import type { Jurisdictions } from './jurisdictions.js';
import { readBlock } from './jurisdictions/signals.js';
import { sentenceAt, sentenceBounds } from './jurisdictions/sentences.js';
import { stepEnds, runSteps, type Steps } from './steps.js';

export type ForeignKind = 'federal-law' | 'registry' | 'citation' | 'address' | 'legitimate-interest';

export interface ForeignFinding {
  kind: ForeignKind;
  block: Block;
  /** Indices into the block's text. */
  start: number;
  end: number;
  /** The jurisdiction the words belong to (ru, gdpr, foreign, …). */
  belongs: string;
  /** The law it is measured against is a guess from signs of a country. */
  guessed?: boolean;
}

// A postcode of six digits, or a street word with a number: the sentence gives a postal address.
const POSTCODE = /(?<!\d)\d{6}(?!\d)/;

export function foreignLaw(doc: PolicyDocument, laws: Jurisdictions, vocabulary: Lexicon): ForeignFinding[] {
  return runSteps(foreignLawSteps(doc, laws, vocabulary));
}

/** The same, a few blocks per step. */
export function* foreignLawSteps(
  doc: PolicyDocument,
  laws: Jurisdictions,
  vocabulary: Lexicon,
): Steps<ForeignFinding[]> {
  const list = laws.list;
  if (list.length === 0 || laws.source === 'none') return [];
  const kzOnly = list.includes('kz') && !list.includes('ru');
  if (laws.source === 'guessed') return kzOnly && !list.includes('gdpr') ? yield* guessedKz(doc, vocabulary) : [];
  const out: ForeignFinding[] = [];
  const setByPerson = laws.source === 'front-matter' || laws.source === 'configuration';
  const street = new RegExp(vocabulary.pattern('contact-street'), 'iu');
  for (const block of doc.blocks) {
    if (stepEnds(block.index)) yield;
    if (block.type !== 'paragraph' && block.type !== 'tableCell' && block.type !== 'heading') continue;
    const text = block.text;
    const sentences = sentenceBounds(text);
    for (const [start, end] of sentences) {
      const sentence = text.slice(start, end);
      if (kzOnly && !vocabulary.test('federation-names', sentence)) {
        for (const m of vocabulary.find('federal-law-words', sentence))
          out.push({ kind: 'federal-law', block, start: start + m.start, end: start + m.end, belongs: 'ru' });
      }
      if (!list.includes('ru')) {
        for (const m of vocabulary.find('ru-registry-words', sentence))
          out.push({ kind: 'registry', block, start: start + m.start, end: start + m.end, belongs: 'ru' });
      }
      if (kzOnly && !list.includes('gdpr')) out.push(...legitimateInterest(block, sentence, start, vocabulary));
    }
    const reading = readBlock(block, vocabulary);
    if (setByPerson) {
      for (const c of reading.citations) {
        if (!c.negated && c.passing === null && !list.includes(c.jurisdiction))
          out.push({ kind: 'citation', block, start: c.start, end: c.end, belongs: c.jurisdiction });
      }
    }
    for (const s of reading.signals) {
      if (
        (s.kind !== 'city' && s.kind !== 'country') ||
        list.includes(s.jurisdiction) ||
        (s.jurisdiction !== 'ru' && s.jurisdiction !== 'foreign')
      )
        continue;
      const [from, to] = sentences[sentenceAt(sentences, s.start)] ?? [0, text.length];
      const sentence = text.slice(from, to);
      if (POSTCODE.test(sentence) || street.test(sentence))
        out.push({ kind: 'address', block, start: s.start, end: s.end, belongs: s.jurisdiction });
    }
  }
  // One finding per place: a citation may also be federal wording.
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = `${f.block.index}:${f.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Under a guessed Law 94-V: «legitimate interest» given as a basis, and nothing else. */
function* guessedKz(doc: PolicyDocument, vocabulary: Lexicon): Steps<ForeignFinding[]> {
  const out: ForeignFinding[] = [];
  for (const block of doc.blocks) {
    if (stepEnds(block.index)) yield;
    if (block.type !== 'paragraph' && block.type !== 'tableCell' && block.type !== 'heading') continue;
    for (const [start, end] of sentenceBounds(block.text))
      for (const f of legitimateInterest(block, block.text.slice(start, end), start, vocabulary))
        out.push({ ...f, guessed: true });
  }
  return out;
}

// How far after «legitimate interest» a word of objecting still reads with it (Kazakh puts the verb last).
const OBJECTION_AFTER = 60;

/** «object to processing based on legitimate interest», «заңды мүдде негізіндегі өңдеуге қарсы шығу»: one clause, no «;» between. */
function sameClause(sentence: string, o: { start: number; end: number }, m: { start: number; end: number }): boolean {
  if (o.end <= m.start) return !sentence.slice(o.end, m.start).includes(';');
  return o.start - m.end <= OBJECTION_AFTER && !/[;:]/.test(sentence.slice(m.end, o.start));
}

/**
 * «Legitimate interest» given as a basis: in a legal-basis section or beside «basis», not «rights and
 * legitimate interests», and not the right to object to processing based on it.
 */
function legitimateInterest(block: Block, sentence: string, offset: number, vocabulary: Lexicon): ForeignFinding[] {
  const found = vocabulary.find('legitimate-interest', sentence);
  if (found.length === 0) return [];
  const standard = vocabulary.find('legitimate-interest-standard', sentence);
  const asBasis = block.section.kinds.includes('legal_basis') || vocabulary.test('legal-basis-words', sentence);
  if (!asBasis) return [];
  const objection = vocabulary.find('legitimate-interest-objection', sentence);
  return found
    .filter((m) => !standard.some((s) => s.start <= m.start && m.end <= s.end))
    .filter((m) => !objection.some((o) => sameClause(sentence, o, m)))
    .map((m) => ({
      kind: 'legitimate-interest' as const,
      block,
      start: offset + m.start,
      end: offset + m.end,
      belongs: 'gdpr',
    }));
}
