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

interface Grammar {
  units: Array<[Exclude<DurationUnit, 'workingDay' | 'calendarDay'>, string]>;
  qualifiers: Array<[Qualifier, string]>;
  /** Digits may carry a case ending in Russian: «5-ти», «3-х». */
  digitSuffix: string;
}

const GRAMMAR: Record<Lang, Grammar> = {
  en: {
    units: [['year', 'years?|yrs?'], ['month', 'months?'], ['week', 'weeks?'], ['day', 'days?'], ['hour', 'hours?']],
    qualifiers: [['calendar', 'calendar'], ['working', 'working|business|banking'], ['plain', 'full|consecutive|complete']],
    digitSuffix: '',
  },
  ru: {
    units: [
      ['year', 'год(?:а|у|ом|ы|ов)?|лет|летн\\p{L}*'],
      ['month', 'месяц(?:а|ев|у|ем|ы|ам|ами)?|месячн\\p{L}*|мес\\.'],
      ['week', 'недел(?:я|и|ь|ю|ям|ями)'],
      ['day', 'день|дня|дней|дню|дням|днями|сут(?:ки|ок|кам|ками)|дневн\\p{L}*'],
      ['hour', 'час(?:а|ов|ам|ами)?'],
    ],
    qualifiers: [['calendar', 'календарн\\p{L}*'], ['working', 'рабоч\\p{L}*|банковск\\p{L}*'], ['plain', 'полн\\p{L}*|последовательн\\p{L}*']],
    digitSuffix: '(?:-?(?:ти|ми|х|ух|ех|и|ть|го|му))?',
  },
  kk: {
    units: [
      ['year', 'жыл\\p{L}{0,8}'],
      ['month', 'ай(?:ға|дан|дың|ды|ы|ын|ында|лық|лар\\p{L}{0,5}|ға дейін)?'],
      ['week', 'апта\\p{L}{0,6}'],
      ['day', 'күн\\p{L}{0,6}'],
      ['hour', 'сағат\\p{L}{0,6}'],
    ],
    qualifiers: [['calendar', 'күнтізбелік'], ['working', 'жұмыс|банктік'], ['plain', 'толық']],
    digitSuffix: '',
  },
};

const SPACE = '[\\s\\u00a0]';
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
// A number that is part of a date, a version or a range ("19.02.2024", "2-3") is not a count.
const DIGITS_START = '(?<![\\p{L}\\p{N}.,/:\\-])';

function buildPattern(lang: Lang): RegExp {
  const g = GRAMMAR[lang];
  const digits = `${DIGITS_START}\\d{1,4}${g.digitSuffix}`;
  const words = `${WORD_START}(?:${numberWordsSource(lang)})`;
  const number =
    `(?<wd>${words})${SPACE}*\\(${SPACE}*(?<wdd>\\d{1,4}${g.digitSuffix})${SPACE}*\\)` +
    `|(?<dw>${digits})${SPACE}*\\(${SPACE}*(?<dww>${numberWordsSource(lang)})${SPACE}*\\)` +
    `|(?<w>${words})|(?<d>${digits})`;
  const qualifier = g.qualifiers.map(([name, source]) => `(?<q_${name}>${source})`).join('|');
  const unit = g.units.map(([name, source]) => `(?<u_${name}>${source})`).join('|');
  const joiner = lang === 'en' ? `(?:${SPACE}*-${SPACE}*|${SPACE}+)` : `${SPACE}*-?${SPACE}*`;
  return new RegExp(`(?<number>${number})${joiner}(?<unitAll>(?:(?:${qualifier})${SPACE}+)?(?:${unit}))${WORD_END}`, 'gu');
}

// «полгода» is six months, «полтора года» eighteen; «в течение года» is one year.
const RU_SPECIAL = /(?<![\p{L}\p{N}])(?:(?<half>пол(?:года|угода|угодия))|(?<oneAndHalf>полтора\s+года|полутора\s+(?:лет|года))|в\s+течение\s+(?<one>года|месяца|недели|суток))(?![\p{L}\p{N}])/gu;
const KK_HALF = /(?<![\p{L}\p{N}])жарты\s+жыл\p{L}{0,8}(?![\p{L}\p{N}])/gu;

const PATTERNS: Record<Lang, RegExp> = { en: buildPattern('en'), ru: buildPattern('ru'), kk: buildPattern('kk') };

export function isoDuration(value: number, unit: DurationUnit): string {
  switch (unit) {
    case 'year': return `P${value}Y`;
    case 'month': return `P${value}M`;
    case 'week': return `P${value}W`;
    case 'hour': return `PT${value}H`;
    default: return `P${value}D`;
  }
}

// The stems of each language's unit words (and of «полгода», «жарты жыл»): a text without any
// of them holds no period in that language.
const UNIT_HINT: Record<Lang, RegExp> = {
  en: /year|yr|month|week|day|hour/,
  ru: /год|лет|мес|недел|ден|дн|сут|час/,
  kk: /жыл|ай|апта|күн|сағат/,
};

/** Every period in the text, in order; overlapping readings keep the longer one. */
export function findDurations(text: string, lang: Lang | null): Duration[] {
  if (!/\d|[\p{L}]/u.test(text)) return [];
  const folded = foldForMatch(text);
  const found: Duration[] = [];
  // The block's own language first, so that it wins ties.
  const order = lang ? [lang, ...LANGUAGES.filter((l) => l !== lang)] : [...LANGUAGES];
  for (const l of order) {
    // The full patterns are costly; most text has none of a language's unit words at all.
    if (!UNIT_HINT[l].test(folded)) continue;
    for (const m of folded.matchAll(PATTERNS[l])) {
      const d = readMatch(m, l);
      if (d) found.push(d);
    }
  }
  if (UNIT_HINT.ru.test(folded)) for (const m of folded.matchAll(RU_SPECIAL)) {
    const gr = m.groups!;
    const start = m.index + (gr.one ? m[0].length - gr.one.length : 0);
    const end = m.index + m[0].length;
    const [value, unit]: [number, DurationUnit] = gr.half ? [6, 'month'] : gr.oneAndHalf ? [18, 'month'] : [1, oneUnit(gr.one!)];
    found.push({ value, unit, iso: isoDuration(value, unit), start, end, style: { digits: false, words: true }, number: { start, end: start }, unitSpan: { start, end } });
  }
  if (UNIT_HINT.kk.test(folded)) for (const m of folded.matchAll(KK_HALF)) {
    const end = m.index + m[0].length;
    found.push({ value: 6, unit: 'month', iso: 'P6M', start: m.index, end, style: { digits: false, words: true }, number: { start: m.index, end: m.index + 5 }, unitSpan: { start: m.index + 6, end } });
  }
  return keepLongest(found);
}

function oneUnit(noun: string): DurationUnit {
  if (noun === 'года') return 'year';
  if (noun === 'месяца') return 'month';
  if (noun === 'недели') return 'week';
  return 'day';
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
  const unit: DurationUnit = base === 'day' && g.q_working ? 'workingDay' : base === 'day' && g.q_calendar ? 'calendarDay' : base;
  const start = m.index!;
  const end = start + m[0].length;
  const numberEnd = start + g.number!.length;
  const unitStart = end - g.unitAll!.length;
  return {
    value, unit, iso: isoDuration(value, unit), start, end,
    style: { digits: digitText !== undefined, words: wordText !== undefined },
    number: { start, end: numberEnd },
    unitSpan: { start: unitStart, end },
  };
}

function baseUnit(g: Record<string, string | undefined>): Exclude<DurationUnit, 'workingDay' | 'calendarDay'> | null {
  if (g.u_year !== undefined) return 'year';
  if (g.u_month !== undefined) return 'month';
  if (g.u_week !== undefined) return 'week';
  if (g.u_day !== undefined) return 'day';
  if (g.u_hour !== undefined) return 'hour';
  return null;
}

function keepLongest(found: Duration[]): Duration[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Duration[] = [];
  for (const d of sorted) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}
