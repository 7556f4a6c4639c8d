// Writes a period grammatically in each language, for the text that fixes put into a document:
// Russian nouns agree with the number («1 год», «2 года», «5 лет», «21 год», «11 лет») and take
// the genitive after «в течение», «не менее» («пяти (5) лет», «одного года»); English nouns take
// the plural ("1 year", "5 years"); Kazakh nouns do not change after a number («5 жыл», «бес (5)
// жыл»). The style says whether the number is written in digits, words or both ("five (5)").
import type { Lang } from '../types.js';
import type { DurationUnit } from '../extract/durations.js';
import { numberToWords } from './numbers.js';

export type GrammaticalCase = 'nominative' | 'genitive';

export interface NumberStyle {
  digits: boolean;
  words: boolean;
  /** Russian only: the case the period stands in; nominative (also the accusative) by default. */
  case?: GrammaticalCase;
}

/** Which Russian noun form a count takes: «1 год» (one), «2 года» (few), «5 лет» (many). */
export function russianPluralForm(value: number): 'one' | 'few' | 'many' {
  const lastTwo = value % 100;
  const last = value % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return 'many';
  if (last === 1) return 'one';
  if (last >= 2 && last <= 4) return 'few';
  return 'many';
}

// Russian nouns by case and count form. In the genitive «few» and «many» coincide («двух лет»).
const RU_NOUNS: Record<DurationUnit, Record<GrammaticalCase, [one: string, few: string, many: string]>> = {
  year: { nominative: ['год', 'года', 'лет'], genitive: ['года', 'лет', 'лет'] },
  month: { nominative: ['месяц', 'месяца', 'месяцев'], genitive: ['месяца', 'месяцев', 'месяцев'] },
  week: { nominative: ['неделя', 'недели', 'недель'], genitive: ['недели', 'недель', 'недель'] },
  day: { nominative: ['день', 'дня', 'дней'], genitive: ['дня', 'дней', 'дней'] },
  workingDay: {
    nominative: ['рабочий день', 'рабочих дня', 'рабочих дней'],
    genitive: ['рабочего дня', 'рабочих дней', 'рабочих дней'],
  },
  calendarDay: {
    nominative: ['календарный день', 'календарных дня', 'календарных дней'],
    genitive: ['календарного дня', 'календарных дней', 'календарных дней'],
  },
  hour: { nominative: ['час', 'часа', 'часов'], genitive: ['часа', 'часов', 'часов'] },
};

const EN_NOUNS: Record<DurationUnit, string> = {
  year: 'year',
  month: 'month',
  week: 'week',
  day: 'day',
  workingDay: 'working day',
  calendarDay: 'calendar day',
  hour: 'hour',
};

const KK_NOUNS: Record<DurationUnit, string> = {
  year: 'жыл',
  month: 'ай',
  week: 'апта',
  day: 'күн',
  workingDay: 'жұмыс күні',
  calendarDay: 'күнтізбелік күн',
  hour: 'сағат',
};

/** The unit's noun as it stands after the number. */
export function unitNoun(
  value: number,
  unit: DurationUnit,
  lang: Lang,
  grammaticalCase: GrammaticalCase = 'nominative',
): string {
  if (lang === 'en') return value === 1 ? EN_NOUNS[unit] : `${EN_NOUNS[unit]}s`;
  if (lang === 'kk') return KK_NOUNS[unit];
  const forms = RU_NOUNS[unit][grammaticalCase];
  const form = russianPluralForm(value);
  return forms[form === 'one' ? 0 : form === 'few' ? 1 : 2];
}

/** The number alone, in the style asked: "5", "five", "five (5)"; digits when words are impossible. */
export function formatNumber(value: number, lang: Lang, style: NumberStyle, unit: DurationUnit = 'year'): string {
  const grammaticalCase = style.case ?? 'nominative';
  let words = style.words ? numberToWords(value, lang, grammaticalCase) : null;
  // «Неделя» is feminine: «одна неделя», «две недели», «одну» would be the accusative.
  if (words && lang === 'ru' && unit === 'week' && grammaticalCase === 'nominative')
    words = words.replace(/(^|\s)один$/, '$1одна').replace(/(^|\s)два$/, '$1две');
  if (words && lang === 'ru' && unit === 'week' && grammaticalCase === 'genitive')
    words = words.replace(/(^|\s)одного$/, '$1одной');
  if (!words) return String(value);
  return style.digits ? `${words} (${value})` : words;
}

/** A whole period: «пять (5) лет», "30 calendar days", «3 жұмыс күні». */
export function formatDuration(value: number, unit: DurationUnit, lang: Lang, style: NumberStyle): string {
  return `${formatNumber(value, lang, style, unit)} ${unitNoun(value, unit, lang, style.case ?? 'nominative')}`;
}
