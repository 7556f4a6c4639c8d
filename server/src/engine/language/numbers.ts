// Number words in English, Russian and Kazakh: cardinals 1–100 and the round hundreds, Russian in
// every case a count takes in a policy («пять», «пяти», «пятью»; «одного», «одному»), Kazakh in
// its bare form (the case ending goes on the noun: «бес жылға»). Words are read in folded text
// (see normalize.ts: lower case, «ё» as «е»), so the lexicons hold folded forms only.
import type { Lang } from '../types.js';

type Lexicon = Record<string, number>;

const EN: Lexicon = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

// Russian: every form a cardinal takes (nominative, genitive, dative, instrumental, prepositional).
const RU_FORMS: Array<[number, string[]]> = [
  [1, ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну']],
  [2, ['два', 'две', 'двух', 'двум', 'двумя']],
  [3, ['три', 'трех', 'трем', 'тремя']],
  [4, ['четыре', 'четырех', 'четырем', 'четырьмя']],
  [5, ['пять', 'пяти', 'пятью']],
  [6, ['шесть', 'шести', 'шестью']],
  [7, ['семь', 'семи', 'семью']],
  [8, ['восемь', 'восьми', 'восемью', 'восьмью']],
  [9, ['девять', 'девяти', 'девятью']],
  [10, ['десять', 'десяти', 'десятью']],
  [11, ['одиннадцать', 'одиннадцати', 'одиннадцатью']],
  [12, ['двенадцать', 'двенадцати', 'двенадцатью']],
  [13, ['тринадцать', 'тринадцати', 'тринадцатью']],
  [14, ['четырнадцать', 'четырнадцати', 'четырнадцатью']],
  [15, ['пятнадцать', 'пятнадцати', 'пятнадцатью']],
  [16, ['шестнадцать', 'шестнадцати', 'шестнадцатью']],
  [17, ['семнадцать', 'семнадцати', 'семнадцатью']],
  [18, ['восемнадцать', 'восемнадцати', 'восемнадцатью']],
  [19, ['девятнадцать', 'девятнадцати', 'девятнадцатью']],
  [20, ['двадцать', 'двадцати', 'двадцатью']],
  [30, ['тридцать', 'тридцати', 'тридцатью']],
  [40, ['сорок', 'сорока']],
  [50, ['пятьдесят', 'пятидесяти', 'пятьюдесятью']],
  [60, ['шестьдесят', 'шестидесяти', 'шестьюдесятью']],
  [70, ['семьдесят', 'семидесяти', 'семьюдесятью']],
  [80, ['восемьдесят', 'восьмидесяти', 'восемьюдесятью']],
  [90, ['девяносто', 'девяноста']],
  [100, ['сто', 'ста']],
  [200, ['двести', 'двухсот', 'двумстам']],
  [300, ['триста', 'трехсот', 'тремстам']],
  [400, ['четыреста', 'четырехсот', 'четыремстам']],
  [500, ['пятьсот', 'пятисот', 'пятистам']],
  [600, ['шестьсот', 'шестисот']],
  [700, ['семьсот', 'семисот']],
  [800, ['восемьсот', 'восьмисот']],
  [900, ['девятьсот', 'девятисот']],
];

const KK: Lexicon = {
  бір: 1,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
  алты: 6,
  жеті: 7,
  сегіз: 8,
  тоғыз: 9,
  он: 10,
  жиырма: 20,
  отыз: 30,
  қырық: 40,
  елу: 50,
  алпыс: 60,
  жетпіс: 70,
  сексен: 80,
  тоқсан: 90,
  жүз: 100,
};

const LEXICONS: Record<Lang, Lexicon> = {
  en: EN,
  ru: Object.fromEntries(RU_FORMS.flatMap(([value, forms]) => forms.map((f) => [f, value]))),
  kk: KK,
};

/** Words that multiply what stands before them ("two hundred", «екі жүз»). */
const MULTIPLIERS = new Set(['hundred', 'жүз']);

export function numberLexicon(lang: Lang): Readonly<Lexicon> {
  return LEXICONS[lang];
}

/** The value of one number word in folded text, or undefined. */
export function numberWordValue(word: string, lang: Lang): number | undefined {
  return LEXICONS[lang][word];
}

/** A regular-expression source matching one number word of the language (longest forms first). */
export function numberWordSource(lang: Lang): string {
  return Object.keys(LEXICONS[lang])
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/**
 * A source matching a number written in words: one word or several ("twenty-five", «двадцати
 * пяти», «жиырма бес», "one hundred"), each word whole.
 */
export function numberWordsSource(lang: Lang): string {
  const word = `(?:${numberWordSource(lang)})(?![\\p{L}\\p{N}])`;
  const joiner = lang === 'en' ? '(?:[ \\t\\u00a0]+(?:and[ \\t\\u00a0]+)?|-)' : '[ \\t\\u00a0]+';
  return `${word}(?:${joiner}${word})*`;
}

/**
 * Reads a number written in words (folded text), or null when the words do not make one number:
 * «двадцать пять» is 25, "two hundred" 200, but «пять двадцать» is not a number.
 */
export function parseNumberWords(text: string, lang: Lang): number | null {
  const words = text.split(/[\s\u00a0-]+/).filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let previous = Infinity;
  for (const word of words) {
    const value = LEXICONS[lang][word];
    if (value === undefined) return null;
    if (MULTIPLIERS.has(word)) {
      total = (total === 0 ? 1 : total) * value;
      previous = value;
      continue;
    }
    // Parts of one number go from larger to smaller; in English and Russian a unit never follows
    // a ten below twenty ("ten five"), while Kazakh builds its teens so («он бес», 15).
    if (value >= previous || (lang !== 'kk' && previous < 20 && total > 0)) return null;
    total += value;
    previous = value;
  }
  return total;
}

/**
 * A number as words in the language, for text the engine writes: English "twenty-five",
 * Russian in the nominative or genitive («двадцать пять», «двадцати пяти»), Kazakh «жиырма бес».
 * Null above 999 (nobody spells those out in a retention period).
 */
export function numberToWords(
  value: number,
  lang: Lang,
  grammaticalCase: 'nominative' | 'genitive' = 'nominative',
): string | null {
  if (!Number.isInteger(value) || value < 1 || value > 999) return null;
  if (lang === 'en') return englishWords(value);
  if (lang === 'kk') return kazakhWords(value);
  return russianWords(value, grammaticalCase);
}

const EN_UNITS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function englishWords(value: number): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${EN_UNITS[hundreds]} hundred`);
  if (rest > 0)
    parts.push(
      rest < 20 ? EN_UNITS[rest]! : EN_TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${EN_UNITS[rest % 10]}` : ''),
    );
  return parts.join(' and ');
}

const KK_UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

function kazakhWords(value: number): string {
  const hundreds = Math.floor(value / 100);
  const parts: string[] = [];
  if (hundreds > 0) parts.push(hundreds === 1 ? 'жүз' : `${KK_UNITS[hundreds]} жүз`);
  if (value % 100 >= 10) parts.push(KK_TENS[Math.floor((value % 100) / 10)]!);
  if (value % 10 > 0) parts.push(KK_UNITS[value % 10]!);
  return parts.join(' ');
}

// The nominative form (what a count is written in) and the genitive («в течение пяти лет»).
// «один»/«два» agree with the noun's gender; durations count masculine nouns (год, месяц, день),
// so the masculine forms are used. «Неделя» is feminine: see plural.ts.
function russianWords(value: number, grammaticalCase: 'nominative' | 'genitive'): string {
  const index = grammaticalCase === 'nominative' ? 0 : 1;
  const form = (n: number): string => {
    const entry = RU_FORMS.find(([v]) => v === n)!;
    if (n === 1) return grammaticalCase === 'nominative' ? 'один' : 'одного';
    if (n === 2) return grammaticalCase === 'nominative' ? 'два' : 'двух';
    if (n === 3) return grammaticalCase === 'nominative' ? 'три' : 'трех';
    if (n === 4) return grammaticalCase === 'nominative' ? 'четыре' : 'четырех';
    return entry[1][Math.min(index, entry[1].length - 1)]!;
  };
  const parts: string[] = [];
  const hundreds = Math.floor(value / 100) * 100;
  const rest = value % 100;
  if (hundreds > 0) parts.push(form(hundreds));
  if (rest > 0 && rest < 20) parts.push(form(rest));
  else if (rest >= 20) {
    parts.push(form(Math.floor(rest / 10) * 10));
    if (rest % 10 > 0) parts.push(form(rest % 10));
  }
  return parts.join(' ');
}
