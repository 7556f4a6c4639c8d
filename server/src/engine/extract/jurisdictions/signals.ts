// What one block says about the laws its policy answers to, from the phrase families of
// vocabulary/jurisdictions.yaml: the laws, legislation and bodies it names (with how the sentence
// names them: applied, said not to apply, or only in passing), and the weaker signs of a country
// (its name, cities, currency, identification numbers, domains, phone codes). Cached with the
// block, keyed by the vocabulary, so that a keystroke reads only the edited block again.
import type { Block } from '../../model/document.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import { compilePhrase, PhraseIndex, type Phrase } from '../vocabulary/phrases.js';
import { foldForMatch } from '../../language/normalize.js';
import { sentenceAt, sentenceBounds } from './sentences.js';
import { partitionPoint } from '../../model/search.js';
import { compactList, emptyList, memoKindOf, recall, remember } from '../../parse/memo.js';

export type CitationStrength = 'law' | 'legislation' | 'body';
/** Why a named law counts only as a mention: a condition, a comparison, a transfer abroad. */
export type Passing = 'conditional' | 'comparison' | 'transfer';
export type SignalKind =
  | 'country'
  | 'city'
  | 'identifier'
  | 'identifier-name'
  | 'currency'
  | 'domain'
  | 'phone'
  | 'federal-law'
  | 'state'
  | 'foreign-law'
  | 'language'
  | 'mention';

export interface BlockCitation {
  jurisdiction: string;
  strength: CitationStrength;
  /** Indices into the block's text. */
  start: number;
  end: number;
  /** The sentence says the law does not apply. */
  negated: boolean;
  /** The law is named only in passing; null when the sentence applies it. */
  passing: Passing | null;
}

export interface BlockSignal {
  /** kz, ru, ccpa, or `foreign` (a country pplint has no profile for). */
  jurisdiction: string;
  kind: SignalKind;
  start: number;
  end: number;
}

export interface BlockReading {
  citations: BlockCitation[];
  signals: BlockSignal[];
  /** The block (a heading) speaks of transfers abroad: laws named under it are another country's regime. */
  transfer: boolean;
}

// Which family names which law, and how firmly (the words are in the YAML; this is grammar).
const CITING: Record<string, [string, CitationStrength]> = {
  'kz-law': ['kz', 'law'],
  'kz-legislation': ['kz', 'legislation'],
  'kz-body': ['kz', 'body'],
  'gdpr-law': ['gdpr', 'law'],
  'gdpr-body': ['gdpr', 'body'],
  'ru-law': ['ru', 'law'],
  'ru-legislation': ['ru', 'legislation'],
  'ru-body': ['ru', 'body'],
  'ccpa-law': ['ccpa', 'law'],
  'ccpa-body': ['ccpa', 'body'],
};
const POINTING: Record<string, [string, SignalKind]> = {
  'kz-country': ['kz', 'country'],
  'kz-cities': ['kz', 'city'],
  'kz-currency': ['kz', 'currency'],
  'kz-identifier-names': ['kz', 'identifier-name'],
  'ru-country': ['ru', 'country'],
  'ru-cities': ['ru', 'city'],
  'ru-currency': ['ru', 'currency'],
  'ru-federal-law': ['ru', 'federal-law'],
  'ccpa-state': ['ccpa', 'state'],
  'foreign-law': ['foreign', 'foreign-law'],
  'foreign-country': ['foreign', 'country'],
  'foreign-cities': ['foreign', 'city'],
};
// Identification numbers count only with a number of these lengths after them.
const NUMBERED: Record<string, [string, number, number]> = {
  'kz-identifiers': ['kz', 12, 12],
  'ru-identifiers': ['ru', 10, 15],
};
function numberAfter(text: string, at: number): boolean {
  NUMBER_AFTER.lastIndex = at;
  return NUMBER_AFTER.exec(text) !== null;
}

const DOMAINS: Record<string, string> = { 'kz-domains': 'kz', 'ru-domains': 'ru', 'foreign-domains': 'foreign' };
const CONTEXT = [
  'law-negation',
  'law-conditional-before',
  'law-conditional-after',
  'law-comparison',
  'transfer-context',
] as const;

export const JURISDICTION_FAMILIES = [
  ...Object.keys(CITING),
  ...Object.keys(POINTING),
  ...Object.keys(NUMBERED),
  ...Object.keys(DOMAINS),
  ...CONTEXT,
];

// Calling codes: +7 7xx is Kazakhstan, +7 3xx/4xx/8xx/9xx Russia; +99x and +37x the neighbours.
const PHONE = /(?<![\d+])\+\s?(7|99[2-8]|37[45]|380)[\s(.-]{0,3}(\d)/g;
// A number right after the label, possibly in groups ("1234 5678 9012"); bounded, so linear.
const NUMBER_AFTER = /[\s:№#.-]{0,4}(\d{1,16}(?: \d{1,6}){0,4})/y;

interface Compiled {
  index: PhraseIndex<string>;
  domains: Array<[string, RegExp]>;
}
const compiledByLexicon = new Map<string, Compiled>();

function compiled(lexicon: Lexicon): Compiled {
  let c = compiledByLexicon.get(lexicon.id);
  if (!c) {
    const phrases: Phrase<string>[] = [];
    for (const family of JURISDICTION_FAMILIES) {
      if (family in DOMAINS) continue;
      for (const source of lexicon.phrases(family)) {
        const phrase = compilePhrase(source, family);
        if (phrase) phrases.push(phrase);
      }
    }
    // A top-level domain after a dot and a letter, not followed by more of a name ("privacy.ru.md").
    const domains = Object.entries(DOMAINS).map(([family, j]): [string, RegExp] => [
      j,
      new RegExp(`(?<=[\\p{L}\\p{N}]\\.)${lexicon.pattern(family, { open: 'both' })}(?!\\.?[\\p{L}\\p{N}_-])`, 'gu'),
    ]);
    c = { index: new PhraseIndex(phrases), domains };
    compiledByLexicon.set(lexicon.id, c);
  }
  return c;
}

/** Whether the number, or its first groups ("123456789012 2023": the BIN, then a year), has [min, max] digits. */
function hasLength(number: string, min: number, max: number): boolean {
  let digits = 0;
  for (const group of number.split(' ')) {
    digits += group.length;
    if (digits >= min && digits <= max) return true;
  }
  return false;
}

/** Backward scan to the start of a domain name (linear; no trailing-run regex). */
function domainStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}._@-]/u.test(text[i - 1]!)) i--;
  return i;
}

export function readBlock(block: Block, lexicon: Lexicon): BlockReading {
  const kind = memoKindOf('jurisdictions', lexicon.id);
  let reading = recall<BlockReading>(block.core, kind);
  if (!reading) {
    reading =
      block.type === 'paragraph' || block.type === 'heading' || block.type === 'tableCell'
        ? read(block.text, lexicon)
        : { citations: [], signals: [], transfer: false };
    reading = remember(
      block.core,
      kind,
      reading.citations.length === 0 && reading.signals.length === 0 && !reading.transfer
        ? NOTHING_READ
        : { ...reading, citations: compactList(reading.citations), signals: compactList(reading.signals) },
    );
  }
  return reading;
}

/** The reading of most blocks, which name no law and point to no country: one shared object. */
const NOTHING_READ: BlockReading = Object.freeze<BlockReading>({
  citations: emptyList(),
  signals: emptyList(),
  transfer: false,
});

export function read(text: string, lexicon: Lexicon): BlockReading {
  const { index, domains } = compiled(lexicon);
  const citations: BlockCitation[] = [];
  const signals: BlockSignal[] = [];
  const context: Array<{ family: (typeof CONTEXT)[number]; start: number; end: number }> = [];
  for (const m of index.find(text)) {
    const family = m.phrase.tag;
    const citing = CITING[family];
    const pointing = POINTING[family];
    const numbered = NUMBERED[family];
    if (citing)
      citations.push({
        jurisdiction: citing[0],
        strength: citing[1],
        start: m.start,
        end: m.end,
        negated: false,
        passing: null,
      });
    else if (pointing) {
      // «ИИН 850612300451» is an identifier (kz-identifiers): its name alone counts only without a number.
      if (pointing[1] === 'identifier-name' && numberAfter(text, m.end)) continue;
      signals.push({ jurisdiction: pointing[0], kind: pointing[1], start: m.start, end: m.end });
    } else if (numbered) {
      NUMBER_AFTER.lastIndex = m.end;
      const number = NUMBER_AFTER.exec(text);
      if (number && hasLength(number[1]!, numbered[1], numbered[2]))
        signals.push({ jurisdiction: numbered[0], kind: 'identifier', start: m.start, end: NUMBER_AFTER.lastIndex });
    } else context.push({ family: family as (typeof CONTEXT)[number], start: m.start, end: m.end });
  }
  if (text.includes('.')) {
    const folded = foldForMatch(text);
    for (const [jurisdiction, pattern] of domains) {
      for (const m of folded.matchAll(pattern))
        signals.push({ jurisdiction, kind: 'domain', start: domainStart(text, m.index), end: m.index + m[0].length });
    }
  }
  if (text.includes('+')) {
    for (const m of text.matchAll(PHONE)) {
      const code = m[1]!;
      const jurisdiction = code !== '7' ? 'foreign' : m[2] === '7' ? 'kz' : '3489'.includes(m[2]!) ? 'ru' : null;
      if (jurisdiction) signals.push({ jurisdiction, kind: 'phone', start: m.index, end: m.index + m[0].length });
    }
  }
  if (citations.length > 0 && context.length > 0) readContext(text, citations, context);
  return {
    citations: citations.sort((a, b) => a.start - b.start),
    signals: signals.sort((a, b) => a.start - b.start),
    transfer: context.some((c) => c.family === 'transfer-context'),
  };
}

type ContextMatch = { family: (typeof CONTEXT)[number]; start: number; end: number };

/** The first citation (sorted by start) that starts at or after `offset`. */
const firstFrom = (list: readonly BlockCitation[], offset: number): number =>
  partitionPoint(list, (c) => c.start < offset);

/**
 * How each sentence names its laws: a negation anywhere in the sentence cancels them; a condition
 * before ("depending on where you live, under …") makes the laws after it mentions; a condition
 * after ("… may apply") and a comparison ("similar to …") the nearest law on their side (with the
 * citations of that law right next to it: "General Data Protection Regulation (GDPR)"); a
 * sentence about transfers abroad makes every law in it another country's regime. Each citation
 * is visited a bounded number of times, so a long block stays linear.
 */
function readContext(text: string, citations: BlockCitation[], context: ContextMatch[]): void {
  const bounds = sentenceBounds(text);
  const bySentence = new Map<number, BlockCitation[]>();
  for (const c of [...citations].sort((a, b) => a.start - b.start)) {
    const s = sentenceAt(bounds, c.start);
    const list = bySentence.get(s);
    if (list) list.push(c);
    else bySentence.set(s, [c]);
  }
  const done = new Set<string>();
  // The run of citations of one law around index i, in one direction.
  const markRun = (list: BlockCitation[], i: number, step: 1 | -1, passing: Passing): void => {
    const jurisdiction = list[i]!.jurisdiction;
    for (
      let k = i;
      k >= 0 && k < list.length && list[k]!.jurisdiction === jurisdiction && list[k]!.passing === null;
      k += step
    )
      list[k]!.passing = passing;
  };
  for (const c of [...context].sort((a, b) => a.start - b.start)) {
    const sentence = sentenceAt(bounds, c.start);
    const list = bySentence.get(sentence);
    if (!list) continue;
    // Negation, transfer and a leading condition act on the whole (rest of the) sentence once.
    const once = `${sentence}/${c.family}`;
    switch (c.family) {
      case 'law-negation':
        if (!done.has(once)) for (const citation of list) citation.negated = true;
        break;
      case 'transfer-context':
        if (!done.has(once)) for (const citation of list) citation.passing ??= 'transfer';
        break;
      case 'law-conditional-before':
        if (!done.has(once))
          for (const citation of list) if (citation.start >= c.end) citation.passing ??= 'conditional';
        break;
      case 'law-conditional-after': {
        let i = firstFrom(list, c.start) - 1;
        while (i >= 0 && list[i]!.end > c.start) i--;
        if (i >= 0) markRun(list, i, -1, 'conditional');
        break;
      }
      case 'law-comparison': {
        const i = firstFrom(list, c.end);
        if (i < list.length) markRun(list, i, 1, 'comparison');
        break;
      }
    }
    done.add(once);
  }
}
