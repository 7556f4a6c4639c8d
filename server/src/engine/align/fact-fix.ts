// Writes the primary version's fact into another version, in that version's own way of writing
// it: a date in its format («19 ақпан 2024» stays in words, 19.02.2024 in digits), a period with
// its language's grammar («3 года» becomes «5 лет»), a citation keeping its number sign.
import type { Lang } from '../types.js';
import type { FactRef } from './compare.js';
import { formatDate } from '../extract/anchors/dates.js';
import { formatDuration, russianPluralForm, unitNoun } from '../language/plural.js';
import { numberToWords } from '../language/numbers.js';
import { genitiveFollows } from '../extract/genitive-before.js';
import { lexicon, type Lexicon } from '../extract/vocabulary/lexicon.js';

function raw(ref: FactRef): string {
  return ref.block.text.slice(ref.fact.start, ref.fact.end);
}

/** The text that replaces the version's fact `own` so that it states the primary's `primary`; null when no safe rewrite is known. */
export function rewriteFact(
  own: FactRef,
  primary: FactRef,
  lang: Lang | null,
  words: Lexicon = lexicon(),
): string | null {
  const p = primary.fact;
  const o = own.fact;
  // A link's words stay; where it points is no text to replace.
  if (o.link || p.link) return null;
  switch (o.type) {
    case 'date':
      return p.date && o.date ? formatDate(p.date, o.date.style) : null;
    case 'period': {
      const pd = p.duration;
      const od = o.duration;
      if (!pd || !od || !lang) return null;
      const before = own.block.text.slice(Math.max(0, o.start - 24), o.start);
      const grammaticalCase = lang === 'ru' && genitiveFollows(before, words) ? 'genitive' : 'nominative';
      // «3 (үш) жыл»: the digits first and the words in brackets, as this version writes it.
      if (od.style.digits && od.style.words && /^\d/.test(raw(own))) {
        const words = numberToWords(pd.value, lang, grammaticalCase);
        return words ? `${pd.value} (${words}) ${unitNoun(pd.value, pd.unit, lang, grammaticalCase)}` : null;
      }
      if (lang !== 'ru') return formatDuration(pd.value, pd.unit, lang, od.style);
      // Only the digits change when the noun keeps its form («3 года» → «4 года»).
      if (
        od.style.digits &&
        !od.style.words &&
        od.unit === pd.unit &&
        russianPluralForm(od.value) === russianPluralForm(pd.value)
      ) {
        const text = raw(own);
        return text.replace(String(od.value), String(pd.value));
      }
      const written = formatDuration(pd.value, pd.unit, 'ru', { ...od.style, case: grammaticalCase });
      return written.endsWith(unitNoun(pd.value, pd.unit, 'ru', grammaticalCase)) ? written : null;
    }
    case 'citation': {
      // Keep this version's number sign ("No.", «№») and put in the primary's identifier.
      const mine = raw(own);
      const theirs = raw(primary);
      const at = mine.search(/\d/);
      const from = theirs.search(/\d/);
      return at >= 0 && from >= 0 ? mine.slice(0, at) + theirs.slice(from) : null;
    }
    case 'email':
    case 'phone':
    case 'url':
    case 'number':
    case 'name':
      return raw(primary);
    default:
      return null;
  }
}
