// Tells English from the other Latin-script languages that policies in the region are written in:
// German, French, Uzbek (Latin) and Turkish. pplint reads none of them, so what matters is never
// to take one for English (its English vocabulary would then report nonsense). Each language is
// known by its short function words and its own letters; a text counts as another language only
// when those outnumber English function words, so a German company name or a French quotation in
// an English sentence changes nothing.

// The most frequent short words; they rarely occur in another of these languages' running text.
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    'the', 'and', 'of', 'to', 'is', 'are', 'for', 'we', 'you', 'your', 'with', 'on', 'by', 'or',
    'be', 'this', 'that', 'not', 'our', 'as', 'at', 'from', 'any', 'may', 'will', 'which', 'have',
    'has', 'it', 'data', 'personal', 'if',
  ]),
  de: new Set([
    'der', 'die', 'das', 'und', 'ist', 'sind', 'nicht', 'mit', 'von', 'zu', 'zur', 'zum', 'den',
    'dem', 'des', 'für', 'auf', 'werden', 'wir', 'sie', 'ihre', 'ihrer', 'eine', 'einer', 'eines',
    'bei', 'oder', 'auch', 'nach', 'durch', 'über', 'sowie', 'wenn', 'daten', 'uns', 'unsere',
    'im', 'ein',
  ]),
  fr: new Set([
    'le', 'la', 'les', 'des', 'et', 'est', 'une', 'un', 'du', 'pour', 'dans', 'que', 'qui', 'nous',
    'vous', 'votre', 'vos', 'avec', 'sur', 'par', 'pas', 'sont', 'ou', 'au', 'aux', 'ces', 'ce',
    'cette', 'leur', 'données', 'être', 'lorsque',
  ]),
  uz: new Set([
    'va', 'bilan', 'uchun', 'yoki', 'ham', 'hamda', 'ushbu', 'mazkur', 'emas', 'qilish', 'etib',
    "bo'yicha", 'boʻyicha', 'bo’yicha', "bo'lgan", 'boʻlgan', 'bo’lgan', "ma'lumotlar",
    'maʼlumotlar', 'ma’lumotlar', 'shaxsiy', 'sizning', 'biz',
  ]),
  tr: new Set([
    've', 'bir', 'için', 'ile', 'olarak', 'veya', 'değil', 'daha', 'gibi', 'olan', 'kişisel',
    'verilerin', 'veriler', 'bizim', 'sizin', 'tarafından', 'ilgili', 'her',
  ]),
};
// Letters English does not use; a word with one of them counts once for its languages.
const OWN_LETTERS: Array<[string, RegExp]> = [
  ['de', /[äöüß]/],
  ['fr', /[éèêàçùœëîïôû]/],
  ['tr', /[şğı]/],
  ['uz', /[og][ʻ'’]/],
];

/** Which language a set of Latin words is in: `en`, another language's code, or null when too few words tell. */
export function latinLanguage(words: readonly string[]): string | null {
  const counts: Record<string, number> = { en: 0, de: 0, fr: 0, uz: 0, tr: 0 };
  for (const word of words) {
    for (const [lang, set] of Object.entries(FUNCTION_WORDS)) if (set.has(word)) counts[lang]!++;
    for (const [lang, letters] of OWN_LETTERS) if (letters.test(word)) counts[lang]!++;
  }
  let best = 'en';
  for (const lang of ['de', 'fr', 'uz', 'tr']) if (counts[lang]! > counts[best]!) best = lang;
  if (best === 'en') return counts.en! > 0 ? 'en' : null;
  // Another language needs two signs and more than English shows.
  return counts[best]! >= 2 ? best : null;
}
