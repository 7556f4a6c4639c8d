// Citations of catalogued laws in a block, and what they say beside the law: its date and its
// title in quotes. A law is found by its number ("No. 94-V", «№ 94-В», "152-FL"), by its exact
// official title in quotes, or by a wrong title drafts are known to give it (`misnamed`); the date
// and the title are read only when they stand right beside it
// (a few words between, no other law between), so that a list of laws is read law by law.
import type { Block } from '../../model/document.js';
import type { Lang } from '../../types.js';
import { findDates, type DateFact } from '../anchors/dates.js';
import { foldForMatch } from '../../language/normalize.js';
import { sentenceBounds } from '../jurisdictions/sentences.js';
import type { LawEntry } from './types.js';
import CATALOGUE from '../../generated/law-catalogue.js';
import { memoKind, recall, remember } from '../../parse/memo.js';

const LAW_CITATIONS = memoKind('law-citations');

export const LAWS: readonly LawEntry[] = CATALOGUE.laws;

export interface CitedLaw {
  law: LawEntry;
  /** How the law was found: by number or by its title. */
  by: 'number' | 'title';
  /** Found by a title drafts give it that is not its official one (`misnamed` in the catalogue). */
  misnamed?: boolean;
  /** Indices into the block's text. */
  start: number;
  end: number;
  date?: DateFact;
  title?: { text: string; start: number; end: number; lang: Lang };
  /** A number that stands beside a law found by its title and is not the law's. */
  otherNumber?: { text: string; start: number; end: number };
}

// "94-V", "94-В", "152-ФЗ", "152-FZ", "152-FL", "6-I"; a bare number only after "№"/"No.".
const SUFFIXED = /(?<![\p{L}\p{N}-])(\d{1,4})\s?-\s?(ФЗ|FZ|FL|[IVXІВХ]{1,5})(?![\p{L}\p{N}])/giu;
const BARE = /(?:№|No\.?|N)\s?(\d{1,5})(?![\p{N}-])/gu;
// A quoted stretch of at most 200 characters.
const QUOTED = /[«"“„]([^«»"“”„\n]{2,200})[»"”“]/g;
// What may stand between a law and the date after it: «от», "dated", "of", a comma.
const DATE_LINK = /^[\s,]*(?:dated|of|from|от|ot)?[\s,]*$/i;
const MAX_PER_SENTENCE = 32;
// How far a date or a title may stand from the law it belongs to.
const GAP = 45;

/** "94-В" → "94-V", "152-ФЗ"/"152-FL" → "152-FZ": one spelling to compare. */
export function normalizeNumber(number: string, suffix?: string): string {
  if (suffix === undefined) return number;
  const s = suffix
    .toUpperCase()
    .replace(/В/g, 'V')
    .replace(/І/g, 'I')
    .replace(/Х/g, 'X')
    .replace(/^ФЗ$|^FL$/, 'FZ');
  return `${number}-${s}`;
}

/** Titles compare without case, quotes, «ё» and the Latin «ə» some Kazakh fonts put for «ә». */
export function foldTitle(text: string): string {
  return foldForMatch(text)
    .replace(/ə/g, 'ә')
    .replace(/[.,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const byNumber = new Map<string, LawEntry>();
const byTitle = new Map<string, LawEntry>();
const byMisnamedTitle = new Map<string, LawEntry>();
for (const law of LAWS) {
  for (const n of law.numbers) byNumber.set(n.toUpperCase(), law);
  for (const t of Object.values(law.title)) if (t) byTitle.set(foldTitle(t), law);
  for (const list of Object.values(law.misnamed ?? {}))
    for (const t of list ?? []) byMisnamedTitle.set(foldTitle(t), law);
}

export function lawByTitle(text: string): LawEntry | undefined {
  return byTitle.get(foldTitle(text));
}

/** The law a known wrong title stands for («Жеке деректер және оларды қорғау туралы»), if any. */
export function lawByMisnamedTitle(text: string): LawEntry | undefined {
  return byMisnamedTitle.get(foldTitle(text));
}

/** The law a quoted title names, officially or by a known wrong title. */
const lawNamedBy = (text: string): LawEntry | undefined => lawByTitle(text) ?? lawByMisnamedTitle(text);

/** Kazakh by its own letters, else Russian by Cyrillic, else English. */
function titleLanguage(text: string): Lang {
  if (/[әғқңөұүһі]/i.test(text)) return 'kk';
  return /[а-яё]/i.test(text) ? 'ru' : 'en';
}

export function citedLaws(block: Block): CitedLaw[] {
  const cached = recall<CitedLaw[]>(block.core, LAW_CITATIONS);
  if (cached) return cached;
  const out: CitedLaw[] = [];
  const text = block.text;
  if (block.type === 'paragraph' || block.type === 'tableCell' || block.type === 'heading') {
    for (const [from, to] of sentenceBounds(text)) out.push(...inSentence(text, from, to));
  }
  return remember(block.core, LAW_CITATIONS, out);
}

function inSentence(text: string, from: number, to: number): CitedLaw[] {
  const sentence = text.slice(from, to);
  const numbers: Array<{ start: number; end: number; key: string; text: string }> = [];
  for (const m of sentence.matchAll(SUFFIXED))
    numbers.push({ start: m.index, end: m.index + m[0].length, key: normalizeNumber(m[1]!, m[2]!), text: m[0] });
  for (const m of sentence.matchAll(BARE)) {
    const at = m.index + m[0].length - m[1]!.length;
    numbers.push({ start: at, end: at + m[1]!.length, key: m[1]!, text: m[1]! });
  }
  const quotes = [...sentence.matchAll(QUOTED)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    inner: m[1]!,
    innerStart: m.index + 1,
  }));
  if (numbers.length === 0 && quotes.length === 0) return [];
  // A sentence cites a handful of laws; past that it is a table of numbers, and reading each against
  // each would cost the square of its length.
  if (numbers.length > MAX_PER_SENTENCE || quotes.length > MAX_PER_SENTENCE) return [];
  const found = /\d{4}/.test(sentence) ? findDates(foldForMatch(sentence)) : [];
  const dates = found.length > MAX_PER_SENTENCE ? [] : found;
  // Every place a law is named: the number hits and quoted official titles, in order.
  const anchors = [
    ...numbers.map((n) => n.start),
    ...quotes.filter((q) => lawNamedBy(q.inner)).map((q) => q.start),
  ].sort((a, b) => a - b);
  /** Whether [a, b) is short and names no other law. */
  const beside = (a: number, b: number): boolean => b - a <= GAP && b >= a && !anchors.some((x) => x > a && x < b);
  // A date stands before the law ("dated 21 May 2013 No. 94-V"), or right after it with only "dated" between.
  const nearestDate = (start: number, end: number): DateFact | undefined =>
    [...dates].reverse().find((d) => beside(d.end, start) && !datesAnother(d)) ??
    dates.find((d) => beside(end, d.start) && DATE_LINK.test(sentence.slice(end, d.start)));
  // A date right after another law ("No. 94-V of 21 May 2013 and Law No. 191-IV") is that law's.
  const ends = [...numbers.map((n) => n.end), ...quotes.filter((q) => lawNamedBy(q.inner)).map((q) => q.end)];
  const datesAnother = (d: DateFact): boolean =>
    ends.some((e) => e <= d.start && d.start - e <= GAP && DATE_LINK.test(sentence.slice(e, d.start)));
  const out: CitedLaw[] = [];
  const used = new Set<number>();
  for (const n of numbers) {
    const law = byNumber.get(n.key.toUpperCase());
    if (!law) continue;
    const quote =
      quotes.find((q) => beside(n.end, q.start)) ?? [...quotes].reverse().find((q) => beside(q.end, n.start));
    if (quote) used.add(quote.start);
    const date = nearestDate(n.start, n.end);
    out.push({
      law,
      by: 'number',
      start: from + n.start,
      end: from + n.end,
      ...(date ? { date: { ...date, start: from + date.start, end: from + date.end } } : {}),
      ...(quote
        ? {
            title: {
              text: quote.inner,
              start: from + quote.innerStart,
              end: from + quote.innerStart + quote.inner.length,
              lang: titleLanguage(quote.inner),
            },
          }
        : {}),
    });
  }
  for (const q of quotes) {
    if (used.has(q.start)) continue;
    const official = lawByTitle(q.inner);
    const law = official ?? lawByMisnamedTitle(q.inner);
    if (!law) continue;
    const date = nearestDate(q.start, q.end);
    const number =
      numbers.find((n) => beside(q.end, n.start)) ?? [...numbers].reverse().find((n) => beside(n.end, q.start));
    out.push({
      law,
      by: 'title',
      ...(official ? {} : { misnamed: true }),
      start: from + q.innerStart,
      end: from + q.innerStart + q.inner.length,
      title: {
        text: q.inner,
        start: from + q.innerStart,
        end: from + q.innerStart + q.inner.length,
        lang: titleLanguage(q.inner),
      },
      ...(date ? { date: { ...date, start: from + date.start, end: from + date.end } } : {}),
      ...(number && !law.numbers.some((x) => x.toUpperCase() === number.key.toUpperCase())
        ? { otherNumber: { text: number.text, start: from + number.start, end: from + number.end } }
        : {}),
    });
  }
  return out;
}
