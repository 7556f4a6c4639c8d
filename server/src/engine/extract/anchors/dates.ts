// Calendar dates in any of the ways a trilingual policy writes them, read to one value so that
// versions can be compared: 19.02.2024 = 19/02/2024 = 2024-02-19 = "19 February 2024" =
// "February 19, 2024" = «19 февраля 2024 г.» = «19» ақпан 2024 ж. = «2024 жылғы 19 ақпандағы».
// Numeric dates are read day first, as Kazakhstan writes them; a US-style date whose first number
// cannot be a month ("02/19/2024") is read month first.
import type { Lang } from '../../types.js';
import { lexicon } from '../vocabulary/lexicon.js';

export interface DateFact {
  year: number;
  month: number;
  day: number;
  /** ISO 8601: "2024-02-19". */
  iso: string;
  /** Indices into the searched text. */
  start: number;
  end: number;
  /** How it is written: digits with a separator, or with the month in words (and in which language). */
  style: { kind: 'numeric'; separator: string } | { kind: 'words'; lang: Lang };
}

// The words (month names, «г.», «жылғы», "of", "19th") are in vocabulary/dates.yaml; the grammar is here.
const VOCABULARY = lexicon();
const LANGS: readonly Lang[] = ['en', 'ru', 'kk'];
const monthFamily = (month: number): string => `month-${String(month).padStart(2, '0')}`;
const words = (family: string, lang: Lang): string => VOCABULARY.pattern(family, { lang, open: 'both' });

// Written month names for the dates the engine writes in fixes: the first phrase of each month.
const MONTH_NAMES: Record<Lang, string[]> = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    Array.from({ length: 12 }, (_, i) => VOCABULARY.phrases(monthFamily(i + 1), lang)[0] ?? String(i + 1)),
  ]),
) as Record<Lang, string[]>;

const S = '[\\s\\u00a0]';
const QUOTE = '["«»“”„]?';
const NOT_BEFORE = '(?<![\\p{L}\\p{N}.,/-])';
const NOT_AFTER = '(?![\\p{L}\\p{N}])';
const DAY = '(?<day>[0-3]?\\d)';
const YEAR = '(?<year>(?:19|20)\\d\\d)';
// Words that may stand after the year: «г.», «года», «жылғы», «ж.».
const yearWord = (lang: Lang): string =>
  VOCABULARY.phrases('date-year-words', lang).length > 0
    ? `(?:${S}*${words('date-year-words', lang)}(?![\\p{L}])\\.?)?`
    : '';

const NUMERIC = new RegExp(
  `${NOT_BEFORE}(?<a>\\d{1,2})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>(?<y>(?:19|20)\\d\\d|\\d\\d)(?![\\p{N}]|[./-]\\d)`,
  'gu',
);
const ISO_DATE = new RegExp(`${NOT_BEFORE}(?<y>(?:19|20)\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\p{N}])`, 'gu');

function monthAlternation(lang: Lang): string {
  return Array.from({ length: 12 }, (_, i) => `(?<m${i + 1}>${words(monthFamily(i + 1), lang)})`).join('|');
}

/** Any month name in any language, as a regular-expression source over folded text (for other extractors). */
export function monthNamePattern(): string {
  return `(?:${LANGS.flatMap((lang) => Array.from({ length: 12 }, (_, i) => words(monthFamily(i + 1), lang))).join('|')})`;
}

function wordPatterns(lang: Lang): RegExp[] {
  const month = `(?:${monthAlternation(lang)})(?![\\p{L}])\\.?`;
  const ordinal =
    VOCABULARY.phrases('date-ordinal-endings', lang).length > 0 ? `(?:${words('date-ordinal-endings', lang)})?` : '';
  const of = VOCABULARY.phrases('date-day-words', lang).length > 0 ? `(?:${words('date-day-words', lang)}${S}+)?` : '';
  const patterns = [
    // 19 February 2024; «19» февраля 2024 г.; 19 ақпан 2024 ж.; 19th of May 2013
    `${NOT_BEFORE}${QUOTE}${DAY}${ordinal}${QUOTE}${S}*${of}${month}${S}*,?${S}*${YEAR}${yearWord(lang)}${NOT_AFTER}`,
  ];
  // February 19, 2024
  if (lang === 'en') patterns.push(`${NOT_BEFORE}${month}${S}+${DAY}${ordinal},?${S}+${YEAR}${NOT_AFTER}`);
  // 2024 жылғы 19 ақпан(дағы)
  if (lang === 'kk')
    patterns.push(
      `${NOT_BEFORE}${YEAR}${S}*(?:${words('date-year-words', lang)}(?![\\p{L}])\\.?)?${S}*${QUOTE}${DAY}${QUOTE}${S}*${month}${NOT_AFTER}`,
    );
  return patterns.map((p) => new RegExp(p, 'gu'));
}

const WORD_PATTERNS: Array<[Lang, RegExp]> = LANGS.flatMap((lang) =>
  wordPatterns(lang).map((re): [Lang, RegExp] => [lang, re]),
);

function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function make(
  year: number,
  month: number,
  day: number,
  start: number,
  end: number,
  style: DateFact['style'],
): DateFact | null {
  if (!valid(year, month, day)) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { year, month, day, iso, start, end, style };
}

/** Every date in a text that has been folded (lower case), in order; overlapping readings keep the longer. */
export function findDates(folded: string): DateFact[] {
  if (!/\d/.test(folded)) return [];
  const found: DateFact[] = [];
  for (const m of folded.matchAll(NUMERIC)) {
    const g = m.groups!;
    let [day, month] = [Number(g.a), Number(g.b)];
    // "02/19/2024": the first number is the month when the second cannot be.
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const year = g.y!.length === 2 ? 2000 + Number(g.y) : Number(g.y);
    const date = make(year, month, day, m.index, m.index + m[0].length, { kind: 'numeric', separator: g.sep! });
    if (date) found.push(date);
  }
  for (const m of folded.matchAll(ISO_DATE)) {
    const g = m.groups!;
    const date = make(Number(g.y), Number(g.m), Number(g.d), m.index, m.index + m[0].length, {
      kind: 'numeric',
      separator: '-',
    });
    if (date) found.push(date);
  }
  for (const [lang, pattern] of WORD_PATTERNS) {
    for (const m of folded.matchAll(pattern)) {
      const g = m.groups!;
      const month = monthOf(g);
      if (month === 0) continue;
      // An opening quote belongs to the date only when the day is quoted alone («19» февраля).
      const start = /^["«“„]\d+(?:st|nd|rd|th)?["»”]/.test(m[0]) || !/^["«“„]/.test(m[0]) ? m.index : m.index + 1;
      const date = make(Number(g.year), month, Number(g.day), start, m.index + m[0].trimEnd().length, {
        kind: 'words',
        lang,
      });
      if (date) found.push(date);
    }
  }
  const sorted = found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateFact[] = [];
  for (const d of sorted) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}

function monthOf(groups: Record<string, string | undefined>): number {
  for (let i = 1; i <= 12; i++) if (groups[`m${i}`] !== undefined) return i;
  return 0;
}

/** Writes a date in the style of another date: for a fix that must read like the text around it. */
export function formatDate(date: { year: number; month: number; day: number }, style: DateFact['style']): string {
  const dd = String(date.day).padStart(2, '0');
  const mm = String(date.month).padStart(2, '0');
  if (style.kind === 'numeric')
    return style.separator === '-'
      ? `${date.year}-${mm}-${dd}`
      : `${dd}${style.separator}${mm}${style.separator}${date.year}`;
  return `${date.day} ${MONTH_NAMES[style.lang][date.month - 1]} ${date.year}`;
}
