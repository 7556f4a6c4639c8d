// Language-neutral facts of a block: what any faithful translation keeps as it is. Numbers,
// periods, dates, e-mail and web addresses, phone numbers, law citations, and names written in
// Latin letters inside Cyrillic text ("ioka fintech", "Kaspi"). Each fact has a key that is equal
// whenever two spellings mean the same, so that versions are compared by meaning: the alignment
// uses them as anchors, and translation-mismatch reports the facts that differ.
// Computed once per block text and cached with the block's parse.
import type { Block } from '../model/document.js';
import type { Lang } from '../types.js';
import { LANGUAGES } from '../types.js';
import { foldForMatch } from '../language/normalize.js';
import { numberWordsSource, parseNumberWords } from '../language/numbers.js';
import { blockLanguage } from '../model/document.js';
import { findDurations, type Duration } from './durations.js';
import { blockDurations } from './retention/memo.js';
import { findDates, type DateFact } from './anchors/dates.js';
import { findIdentifiers, linkKey } from './anchors/identifiers.js';
import { memoKind, recall, remember } from '../parse/memo.js';

const ANCHORS = memoKind('anchors');

export type FactType = 'date' | 'period' | 'email' | 'phone' | 'url' | 'citation' | 'number' | 'name' | 'address';

export interface Fact {
  type: FactType;
  /** Equal keys mean the same fact, however it is written. */
  key: string;
  /** Indices into the block's text. */
  start: number;
  end: number;
  /** A number read from words ("ten", «десяти»): it may match a number in digits, never reported. */
  weak?: boolean;
  date?: DateFact;
  duration?: Duration;
  /** A link's target: the fact's range is the link's words, which are no address to rewrite. */
  link?: boolean;
  /** The link's target as written. */
  target?: string;
  /** The key of the address a link's words show, when they show another than its target. */
  words?: string;
}

const NUMBER = /(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:[.,/]\d+)*/gu;
const TIME = /(?<![\p{N}:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}:]|[.,]\d)/gu;
/** A number, then one or two words before the one read: "24 heures sur" before "24". */
const REPEATED = /(?<![\p{N}.,])(\d+)\s*\p{L}+\s+(?:\p{L}+\s+)?$/u;
const LATIN_NAME = /(?<![\p{L}\p{N}])[A-Za-z][A-Za-z0-9&'’-]*[A-Za-z0-9]/gu;
const CYRILLIC_LETTERS = /\p{Script=Cyrillic}/gu;
const LATIN_LETTERS = /[A-Za-z]/g;
const WORD_NUMBERS: Record<Lang, RegExp> = {
  en: new RegExp(`(?<![\\p{L}\\p{N}])(?:${numberWordsSource('en')})`, 'gu'),
  ru: new RegExp(`(?<![\\p{L}\\p{N}])(?:${numberWordsSource('ru')})`, 'gu'),
  kk: new RegExp(`(?<![\\p{L}\\p{N}])(?:${numberWordsSource('kk')})`, 'gu'),
};
const PROSE = new Set(['heading', 'paragraph', 'tableCell']);

/** The facts of one block, in order (cached). */
export function blockFacts(block: Block): Fact[] {
  let facts = recall<Fact[]>(block.core, ANCHORS);
  if (!facts) {
    facts = PROSE.has(block.type)
      ? extractFacts(block.text, block.number?.textEnd ?? 0, blockLanguage(block.core).lang, blockDurations(block))
      : [];
    if (block.core.links) facts = withLinkTargets(facts, block.core.links);
    facts = remember(block.core, ANCHORS, facts);
  }
  return facts;
}

/**
 * The facts of a text.
 * @param from where the text proper begins (after a clause number, which is no fact of its own)
 * @param durations the periods of the text, when already found (they are shared with retention)
 */
export function extractFacts(
  text: string,
  from = 0,
  lang: Lang | null = null,
  durations?: readonly Duration[],
): Fact[] {
  const facts: Fact[] = [];
  // Which characters a fact already holds: checking a candidate costs only its own length.
  const taken = new Uint8Array(text.length);
  const free = (s: number, e: number): boolean => {
    if (s < from) return false;
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const take = (fact: Fact): void => {
    facts.push(fact);
    taken.fill(1, fact.start, fact.end);
  };

  for (const id of findIdentifiers(text))
    if (free(id.start, id.end)) take({ type: id.type, key: id.key, start: id.start, end: id.end });
  if (!/[\p{N}\p{L}]/u.test(text)) return facts;
  const folded = foldForMatch(text);
  for (const date of findDates(folded))
    if (free(date.start, date.end)) take({ type: 'date', key: date.iso, start: date.start, end: date.end, date });
  for (const d of durations ?? findDurations(text, lang)) {
    if (!free(d.start, d.end)) continue;
    const unit = d.unit === 'calendarDay' ? 'day' : d.unit;
    take({ type: 'period', key: `${d.value} ${unit}`, start: d.start, end: d.end, duration: d });
  }
  if (/\d/.test(text)) {
    // A time of day is its hour, and its minutes unless on the hour: "09:00" is «9 h», "9:30" «9 h 30».
    if (text.includes(':')) {
      for (const m of text.matchAll(TIME)) {
        const end = m.index + m[0].length;
        if (!free(m.index, end)) continue;
        take({ type: 'number', key: String(Number(m[1])), start: m.index, end });
        if (m[2] !== '00') facts.push({ type: 'number', key: String(Number(m[2])), start: m.index, end, weak: true });
      }
    }
    for (const m of text.matchAll(NUMBER)) {
      const end = m.index + m[0].length;
      if (!free(m.index, end)) continue;
      // The same number again two words on ("24 heures sur 24", "7 jours sur 7") repeats it.
      const again = REPEATED.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] === m[0];
      take({ type: 'number', key: numberKey(m[0], lang), start: m.index, end, ...(again ? { weak: true } : {}) });
    }
  }
  for (const l of LANGUAGES) {
    for (const m of folded.matchAll(WORD_NUMBERS[l])) {
      const end = m.index + m[0].length;
      const value = parseNumberWords(m[0], l);
      if (value !== null && free(m.index, end) && !/[\p{L}]/u.test(folded[end] ?? ''))
        facts.push({ type: 'number', key: String(value), start: m.index, end, weak: true });
    }
  }
  // Names in Latin letters stand out only in Cyrillic text; in English every word is Latin.
  if (lang === 'ru' || lang === 'kk' || (lang === null && mostlyCyrillic(text))) {
    for (const m of text.matchAll(LATIN_NAME)) {
      const end = m.index + m[0].length;
      if (free(m.index, end)) take({ type: 'name', key: m[0].toLowerCase(), start: m.index, end });
    }
  }
  return facts.sort((a, b) => a.start - b.start);
}

/**
 * The targets of a block's links, as web-address facts over the links' words: a link that points
 * elsewhere in one version is a changed address, though no reader sees it. A link whose words are
 * its address is read already; one whose words name another address than its target states both.
 */
function withLinkTargets(facts: Fact[], links: ReadonlyArray<{ url: string; start: number; end: number }>): Fact[] {
  const out = [...facts];
  for (const l of links) {
    const key = linkKey(l.url);
    if (key === null) continue;
    // A link whose words are its address is read already, unless it points somewhere else.
    const words = facts.filter((f) => (f.type === 'url' || f.type === 'email') && f.start < l.end && l.start < f.end);
    if (words.some((f) => f.type === 'email' || f.key === key)) continue;
    const shown = words.find((f) => f.type === 'url')?.key;
    out.push({
      type: 'url',
      key,
      start: l.start,
      end: l.end,
      link: true,
      target: l.url,
      ...(shown ? { words: shown } : {}),
    });
  }
  return out.length === facts.length ? facts : out.sort((a, b) => a.start - b.start);
}

/**
 * "1 000" = "1,000" = "1000"; "0,5" = "0.5". Outside English a dot before groups of three digits
 * separates thousands ("10.000" in German is "10,000" in English).
 */
export function numberKey(raw: string, lang: Lang | null = null): string {
  let n = raw.replace(/[ \u00a0\u202f]/g, '');
  if (lang !== 'en' && /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(n)) n = n.replace(/\./g, '');
  n = n.replace(/,(\d{3})(?!\d)/g, '$1').replace(/,/g, '.');
  return n.replace(/^0+(?=\d)/, '');
}

function mostlyCyrillic(text: string): boolean {
  const cyrillic = text.match(CYRILLIC_LETTERS)?.length ?? 0;
  return cyrillic > 0 && cyrillic > (text.match(LATIN_LETTERS)?.length ?? 0);
}
