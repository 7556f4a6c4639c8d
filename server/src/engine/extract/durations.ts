// Periods of time written in a policy: "5 years", "five (5) years", "30 calendar days",
// «5 лет», «пяти (5) лет», «3 года», «15 рабочих дней», «5-ти лет», «полгода», «5 жыл»,
// «бес жыл», «3 жұмыс күні». A period is a number (digits, words or both) followed by its unit;
// a year written as a date («2024 года», «19.02.2024 жылғы») is not a period.
// Every language's forms are looked for whatever the block's language (versions quote each other),
// and numbers in words are read only before a unit, so "one of the purposes" is no period.
import type { Lang } from '../types.js';
import { LANGUAGES } from '../types.js';
import { foldForMatch } from '../language/normalize.js';
import { numberWordsSource, parseNumberWords } from '../language/numbers.js';
import { lexicon, type Lexicon } from './vocabulary/lexicon.js';

export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'workingDay' | 'calendarDay' | 'hour';

export interface Duration {
  value: number;
  unit: DurationUnit;
  /** ISO 8601: P5Y, P6M, P2W, P30D, PT24H. Working and calendar days are days (P15D): read `unit`. */
  iso: string;
  /** Indices into the text: [start, end). */
  start: number;
  end: number;
  /** How the number is written: "5" (digits), "five" (words), "five (5)" (both). */
  style: { digits: boolean; words: boolean };
  /** Where the number stands (digits, words or both with the brackets). */
  number: { start: number; end: number };
  /** Where the unit stands, with a qualifier such as "calendar" or «рабочих». */
  unitSpan: { start: number; end: number };
}

type Qualifier = 'calendar' | 'working' | 'plain';
type BaseUnit = Exclude<DurationUnit, 'workingDay' | 'calendarDay'>;

// The unit and qualifier words are vocabulary (vocabulary/retention.yaml, families `period-*`);
// how a number joins its unit is grammar, here.
const UNITS: Array<[BaseUnit, string]> = [
  ['year', 'period-unit-year'],
  ['month', 'period-unit-month'],
  ['week', 'period-unit-week'],
  ['day', 'period-unit-day'],
  ['hour', 'period-unit-hour'],
];
const QUALIFIERS: Array<[Qualifier, string]> = [
  ['calendar', 'period-qualifier-calendar'],
  ['working', 'period-qualifier-working'],
  ['plain', 'period-qualifier-plain'],
];
/** Digits may carry a Russian case ending: «5-ти», «3-х». */
const DIGIT_SUFFIX: Record<Lang, string> = { en: '', ru: '(?:-?(?:ти|ми|х|ух|ех|и|ть|го|му))?', kk: '' };

const SPACE = '[\\s\\u00a0]';
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
// A number that is part of a date, a version or a range ("19.02.2024", "2-3") is not a count.
const DIGITS_START = '(?<![\\p{L}\\p{N}.,/:\\-])';

function words(lex: Lexicon, family: string, lang: Lang): string {
  return lex.pattern(family, { lang, open: 'both' });
}

function buildPattern(lex: Lexicon, lang: Lang): RegExp {
  const suffix = DIGIT_SUFFIX[lang];
  const digits = `${DIGITS_START}\\d{1,4}${suffix}`;
  const numberWords = `${WORD_START}(?:${numberWordsSource(lang)})`;
  const number =
    `(?<wd>${numberWords})${SPACE}*\\(${SPACE}*(?<wdd>\\d{1,4}${suffix})${SPACE}*\\)` +
    `|(?<dw>${digits})${SPACE}*\\(${SPACE}*(?<dww>${numberWordsSource(lang)})${SPACE}*\\)` +
    `|(?<w>${numberWords})|(?<d>${digits})`;
  const qualifier = QUALIFIERS.map(([name, family]) => `(?<q_${name}>${words(lex, family, lang)})`).join('|');
  const unit = UNITS.map(([name, family]) => `(?<u_${name}>${words(lex, family, lang)})`).join('|');
  const joiner = lang === 'en' ? `(?:${SPACE}*-${SPACE}*|${SPACE}+)` : `${SPACE}*-?${SPACE}*`;
  return new RegExp(
    `(?<number>${number})${joiner}(?<unitAll>(?:(?:${qualifier})${SPACE}+)?(?:${unit}))${WORD_END}`,
    'gu',
  );
}

/** Periods written without a number: «полгода» (six months), «полтора года» (eighteen), «в течение года» (one year), «жарты жыл». */
const SPECIAL: Array<[string, number, DurationUnit]> = [
  ['period-half-year', 6, 'month'],
  ['period-year-and-half', 18, 'month'],
  ['period-one-year', 1, 'year'],
  ['period-one-month', 1, 'month'],
  ['period-one-week', 1, 'week'],
  ['period-one-day', 1, 'day'],
];

interface Compiled {
  patterns: Record<Lang, RegExp>;
  /** The stems of each language's unit words: a text without any of them holds no period in that language. */
  hints: Record<Lang, RegExp>;
  special: RegExp;
}

const compiledFor = new Map<string, Compiled>();

function compiled(lex: Lexicon): Compiled {
  let c = compiledFor.get(lex.id);
  if (!c) {
    const hint = (lang: Lang): RegExp => {
      const stems = new Set<string>();
      for (const [, family] of [...UNITS, ...SPECIAL.map(([f]) => [null, f] as const)]) {
        for (const phrase of lex.phrases(family, lang))
          for (const alt of foldForMatch(phrase).split(/[\s|]+/u))
            if (alt) stems.add(escapeRegExp(alt.replace(/\*$/u, '').slice(0, 3)));
      }
      return stems.size > 0 ? new RegExp([...stems].join('|'), 'u') : /(?!)/u;
    };
    const special = SPECIAL.map(([family], i) => `(?<s${i}>${lex.pattern(family, { open: 'both' })})`).join('|');
    c = {
      patterns: { en: buildPattern(lex, 'en'), ru: buildPattern(lex, 'ru'), kk: buildPattern(lex, 'kk') },
      hints: { en: hint('en'), ru: hint('ru'), kk: hint('kk') },
      special: new RegExp(`${WORD_START}(?:${special})${WORD_END}`, 'gu'),
    };
    compiledFor.set(lex.id, c);
  }
  return c;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function isoDuration(value: number, unit: DurationUnit): string {
  switch (unit) {
    case 'year':
      return `P${value}Y`;
    case 'month':
      return `P${value}M`;
    case 'week':
      return `P${value}W`;
    case 'hour':
      return `PT${value}H`;
    default:
      return `P${value}D`;
  }
}

/** Every period in the text, in order; overlapping readings keep the longer one. */
export function findDurations(text: string, lang: Lang | null, lex: Lexicon = lexicon()): Duration[] {
  if (!/\d|[\p{L}]/u.test(text)) return [];
  const folded = foldForMatch(text);
  const { patterns, hints, special } = compiled(lex);
  const found: Duration[] = [];
  // The block's own language first, so that it wins ties.
  const order = lang ? [lang, ...LANGUAGES.filter((l) => l !== lang)] : [...LANGUAGES];
  for (const l of order) {
    // The full patterns are costly; most text has none of a language's unit words at all.
    if (!hints[l].test(folded)) continue;
    for (const m of folded.matchAll(patterns[l])) {
      const d = readMatch(m, l);
      if (d) found.push(d);
    }
  }
  if (hints.ru.test(folded) || hints.kk.test(folded)) {
    for (const m of folded.matchAll(special)) {
      const i = SPECIAL.findIndex((_, k) => m.groups![`s${k}`] !== undefined);
      const [, value, unit] = SPECIAL[i]!;
      const start = m.index;
      const end = start + m[0].length;
      // «в течение года»: the period is the noun alone; «полгода», «жарты жыл»: the words are the unit.
      const periodStart = value === 1 ? start + m[0].lastIndexOf(' ') + 1 : start;
      found.push({
        value,
        unit,
        iso: isoDuration(value, unit),
        start: periodStart,
        end,
        style: { digits: false, words: true },
        number: { start: periodStart, end: periodStart },
        unitSpan: { start: periodStart, end },
      });
    }
  }
  return keepLongest(found);
}

function readMatch(m: RegExpMatchArray, lang: Lang): Duration | null {
  const g = m.groups!;
  const digitText = g.wdd ?? g.dw ?? g.d;
  const wordText = g.wd ?? g.dww ?? g.w;
  const fromDigits = digitText !== undefined ? Number.parseInt(digitText, 10) : null;
  const fromWords = wordText !== undefined ? parseNumberWords(wordText, lang) : null;
  if (wordText !== undefined && fromWords === null) return null;
  const value = fromDigits ?? fromWords;
  // "0 days" (kept no longer than delivery takes) is a period; no other number below one is.
  if (value === null || value < 0 || (value === 0 && digitText !== '0')) return null;
  const base = baseUnit(g);
  if (!base) return null;
  // "2024 года", «2024 жылғы»: a calendar year, not a period.
  if (base === 'year' && value >= 1000) return null;
  const unit: DurationUnit =
    base === 'day' && g.q_working ? 'workingDay' : base === 'day' && g.q_calendar ? 'calendarDay' : base;
  const start = m.index!;
  const end = start + m[0].length;
  const numberEnd = start + g.number!.length;
  const unitStart = end - g.unitAll!.length;
  return {
    value,
    unit,
    iso: isoDuration(value, unit),
    start,
    end,
    style: { digits: digitText !== undefined, words: wordText !== undefined },
    number: { start, end: numberEnd },
    unitSpan: { start: unitStart, end },
  };
}

function baseUnit(g: Record<string, string | undefined>): BaseUnit | null {
  if (g.u_year !== undefined) return 'year';
  if (g.u_month !== undefined) return 'month';
  if (g.u_week !== undefined) return 'week';
  if (g.u_day !== undefined) return 'day';
  if (g.u_hour !== undefined) return 'hour';
  return null;
}

/**
 * Of overlapping readings, the longer wins (then the earlier). Readings overlap only with their
 * neighbours, so the choice is made within each run of overlapping readings: linear in their number.
 */
function keepLongest(found: Duration[]): Duration[] {
  const byStart = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Duration[] = [];
  let cluster: Duration[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    const chosen: Duration[] = [];
    for (const d of [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start))
      if (!chosen.some((k) => d.start < k.end && k.start < d.end)) chosen.push(d);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
  };
  for (const d of byStart) {
    if (cluster.length > 0 && d.start >= clusterEnd) {
      flush();
      cluster = [];
    }
    cluster.push(d);
    clusterEnd = Math.max(clusterEnd, d.end);
  }
  if (cluster.length > 0) flush();
  return kept;
}
