// Tells English, Russian and Kazakh apart in a block of text.
//
// Latin against Cyrillic is a matter of counting letters. Kazakh against Russian is harder: both
// are Cyrillic, and many Kazakh words of Russian origin ("оператор", "политика") exist in both.
// Kazakh has nine letters of its own (ә ғ қ ң ө ұ ү һ і) and its own short words (және, мен,
// үшін); Russian has its prepositions and conjunctions (и, в, на, для) and endings Kazakh lacks.
// E-mails, URLs, abbreviations and Latin brand names inside Cyrillic text are not counted, and a
// short text with no telling sign gets no language (`null`) rather than a guess.
import type { Lang, LanguageCode } from '../types.js';
import { normalizeLetters } from './normalize.js';
import { latinLanguage } from './latin.js';
import { maskLinks } from './links.js';

export interface LanguageGuess {
  lang: Lang | null;
  /** A Latin-script language pplint does not read (de, fr, uz, tr), when the text is clearly in it; `lang` is then null. */
  other?: LanguageCode;
  /** Words that counted for each language. */
  evidence: { en: number; ru: number; kk: number };
  /** Words that could be read (letters, not URLs or abbreviations). */
  words: number;
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/;
const RUSSIAN_ONLY_LETTERS = /[ёщъэ]/;

// Short words that occur only (or almost only) in one of the two languages.
const KAZAKH_WORDS = new Set([
  'және',
  'мен',
  'бен',
  'пен',
  'үшін',
  'бойынша',
  'туралы',
  'немесе',
  'осы',
  'бұл',
  'сол',
  'оның',
  'олардың',
  'деп',
  'жоқ',
  'бар',
  'жеке',
  'дербес',
  'деректер',
  'деректерді',
  'деректердің',
  'жағдайда',
  'кезде',
  'арқылы',
  'сондай',
  'ақ',
  'тиіс',
  'болып',
  'табылады',
  'мүмкін',
  'барлық',
  'біз',
  'сіз',
  'сіздің',
  'біздің',
  'ретінде',
  'негізінде',
  'қатысты',
  'саясат',
  'саясаты',
  'саясатының',
  'саясатын',
  'келісім',
  'келісімді',
  'мерзімі',
  'ішінде',
  'кейін',
  'дейін',
  'бері',
  'басқа',
  'өзге',
  'де',
  'жыл',
  'жылға',
  'жылдан',
  'күн',
  'күні',
  'көрсетілген',
  'пайдаланушы',
  'компаниясы',
]);
const RUSSIAN_WORDS = new Set([
  'и',
  'в',
  'во',
  'на',
  'с',
  'со',
  'по',
  'для',
  'не',
  'что',
  'или',
  'при',
  'от',
  'к',
  'ко',
  'о',
  'об',
  'из',
  'за',
  'до',
  'как',
  'это',
  'так',
  'его',
  'их',
  'ее',
  'её',
  'который',
  'которые',
  'которых',
  'также',
  'если',
  'либо',
  'данных',
  'данные',
  'персональных',
  'персональные',
  'обработки',
  'согласия',
  'лица',
  'лет',
  'года',
  'год',
  'течение',
  'настоящей',
  'настоящая',
  'политики',
  'политика',
  'мы',
  'вы',
  'вас',
  'ваши',
  'ваших',
  'нас',
  'наш',
  'является',
  'являются',
  'может',
  'могут',
  'быть',
  'без',
  'под',
  'над',
  'через',
  'после',
  'срок',
  'хранения',
]);
// Endings of inflected Russian words that Kazakh words do not have.
const RUSSIAN_ENDINGS =
  /(?:ого|его|ому|ему|ыми|ими|ями|ами|ости|ость|ение|ения|ении|ание|ания|ании|ии|ств[оауе]?|ством|ская|ское|ские|ских|ской|ться|тся|ющий|ющих|ющая|щих|ующ\w*|ованн\w*|ированн\w*|ыва\w*)$/;
// Endings of Kazakh plural-and-case forms that Russian words never have. Short case endings
// without a Kazakh letter (-ке, -ге, -ны, -ды, -ты, -шы) and the plural -лар/-дер/-тер are ordinary
// Russian endings too («банке», «цены», «аккаунты», «провайдер», «компьютер»), so they are no
// evidence; a Kazakh word with a letter of its own is already told by that letter.
const KAZAKH_ENDINGS = /(?:ларды|ларда|лерде|лардан|лерден|ларын)$/;

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const LATIN = /^[\p{Script=Latin}'’-]+$/u;
const CYRILLIC = /[\p{Script=Cyrillic}]/u;

export interface WordInfo {
  word: string;
  index: number;
  script: 'latin' | 'cyrillic' | 'other';
  /** An abbreviation or a capitalised Latin name inside Cyrillic text: no evidence of language. */
  neutral: boolean;
  /** Which language this word alone points to, if any. */
  signal: Lang | null;
}

/** The words of a text with what each tells about its language. */
/** Latin when every letter is Latin, Cyrillic when any is (look-alikes are mended later). */
function scriptOf(word: string): WordInfo['script'] {
  let latin = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) latin = true;
    else if (code !== 39 && code !== 45 && code !== 0x2019 && !(code >= 0x300 && code <= 0x36f))
      return LATIN.test(word) ? 'latin' : CYRILLIC.test(word) ? 'cyrillic' : 'other';
  }
  return latin ? 'latin' : 'other';
}

export function scanWords(text: string): WordInfo[] {
  const cleaned = maskLinks(text);
  const words: WordInfo[] = [];
  for (const match of cleaned.matchAll(WORD)) {
    const raw = match[0];
    const word = normalizeLetters(raw.toLowerCase());
    const script = scriptOf(raw);
    // LLP, ТОО, БИН, IIN, GDPR: abbreviations are shared by every version of a policy.
    const abbreviation = raw.length <= 6 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    words.push({
      word,
      index: match.index,
      script,
      neutral: abbreviation,
      signal: abbreviation ? null : cyrillicSignal(word, script),
    });
  }
  return words;
}

function cyrillicSignal(word: string, script: WordInfo['script']): Lang | null {
  if (script === 'latin') return 'en';
  if (script !== 'cyrillic') return null;
  if (KAZAKH_LETTERS.test(word) || KAZAKH_WORDS.has(word)) return 'kk';
  if (RUSSIAN_ONLY_LETTERS.test(word) || RUSSIAN_WORDS.has(word)) return 'ru';
  if (word.length >= 5 && RUSSIAN_ENDINGS.test(word)) return 'ru';
  if (word.length >= 5 && KAZAKH_ENDINGS.test(word)) return 'kk';
  return null;
}

export function detectLanguage(text: string): LanguageGuess {
  const words = scanWords(text);
  let latin = 0;
  let cyrillic = 0;
  const evidence = { en: 0, ru: 0, kk: 0 };
  for (const w of words) {
    if (w.neutral) continue;
    if (w.script === 'latin') latin++;
    else if (w.script === 'cyrillic') cyrillic++;
    if (w.signal === 'ru' || w.signal === 'kk') evidence[w.signal]++;
  }
  // Latin words inside a Cyrillic text are names and brands; count them as English only when
  // they are most of the text.
  const counted = latin + cyrillic;
  if (counted === 0) return { lang: null, evidence, words: 0 };
  evidence.en = latin;
  let lang: Lang | null = null;
  if (latin > cyrillic * 2 && latin >= 2) lang = 'en';
  else if (latin > cyrillic && latin >= 3) lang = 'en';
  else if (cyrillic > 0 && cyrillic >= latin) lang = cyrillicLanguage(evidence.ru, evidence.kk, cyrillic);
  if (lang === 'en') {
    // German, French, Uzbek or Turkish is not English, whatever its alphabet.
    const other = latinLanguage(words.filter((w) => w.script === 'latin' && !w.neutral).map((w) => w.word));
    if (other && other !== 'en') return { lang: null, other, evidence, words: counted };
  }
  return { lang, evidence, words: counted };
}

function cyrillicLanguage(ru: number, kk: number, words: number): Lang | null {
  // Kazakh text is full of its own letters; a Russian text has at most a few Kazakh names in it.
  if (kk >= 2 && kk >= ru * 0.6) return 'kk';
  if (kk >= 1 && ru === 0) return 'kk';
  if (ru >= 2 && ru > kk * 2) return 'ru';
  if (ru >= 1 && kk === 0 && words >= 2) return 'ru';
  return null;
}
