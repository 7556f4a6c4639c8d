// Rewrites the period of a statement to another value, grammatically in the statement's language
// and in the document's style: «3 года» → «5 лет», «трех (3) лет» → «пяти (5) лет», "3 years" →
// "5 years", «3 жылға» → «5 жылға» (the Kazakh case ending stays on the noun).
import type { TextEdit } from '../../types.js';
import type { DurationUnit } from '../durations.js';
import {
  formatDuration,
  formatNumber,
  russianPluralForm,
  unitNoun,
  type GrammaticalCase,
} from '../../language/plural.js';
import { foldForMatch } from '../../language/normalize.js';
import { genitiveFollows } from '../genitive-before.js';
import type { RetentionStatement } from './index.js';
import { lexicon, type Lexicon } from '../vocabulary/lexicon.js';

const GENITIVE_WORDS =
  /^(?:одного|двух|трех|четырех|пяти|шести|семи|восьми|девяти|десяти|\p{L}+надцати|двадцати|тридцати|сорока|\p{L}+десяти|девяноста|ста|\p{L}+сот)(?![\p{L}])/u;

function russianCase(statement: RetentionStatement, words: Lexicon): GrammaticalCase {
  const d = statement.duration!;
  const text = foldForMatch(statement.block.text);
  const numberText = text.slice(d.number.start, d.number.end);
  if (GENITIVE_WORDS.test(numberText.replace(/^\d+\s*\(\s*/, ''))) return 'genitive';
  const unit = text.slice(d.unitSpan.start, d.unitSpan.end);
  if (
    d.value % 10 === 1 &&
    d.value % 100 !== 11 &&
    /^(?:года|месяца|дня|недели|часа)$/.test(unit.split(/\s+/).pop() ?? '')
  )
    return 'genitive';
  return genitiveFollows(text.slice(Math.max(0, d.start - 30), d.start), words) ? 'genitive' : 'nominative';
}

/** The edit that makes the statement's period `value` `unit`, or null when nothing would change. */
export function rewritePeriod(
  statement: RetentionStatement,
  value: number,
  unit: DurationUnit,
  words: Lexicon = lexicon(),
): { edit: TextEdit; from: string; to: string } | null {
  const d = statement.duration;
  const lang = statement.lang;
  if (!d || !lang) return null;
  const text = statement.block.text;
  const grammaticalCase = lang === 'ru' ? russianCase(statement, words) : 'nominative';
  const style = { digits: d.style.digits, words: d.style.words, case: grammaticalCase };
  const original = text.slice(d.start, d.end);
  const digitsFirst = /^\d/.test(text.slice(d.number.start, d.number.end));
  const number = (): string => {
    const written = formatNumber(value, lang, style, unit);
    const words = written.replace(/\s*\(\d+\)$/, '');
    return style.digits && style.words && digitsFirst ? `${value} (${words})` : written;
  };
  let replacement: string;
  if (unit === d.unit) {
    const unitText = text.slice(d.unitSpan.start, d.unitSpan.end);
    const between = text.slice(d.number.end, d.unitSpan.start);
    let noun = unitText;
    if (lang === 'ru' && russianPluralForm(value) !== russianPluralForm(d.value))
      noun = unitNoun(value, unit, 'ru', grammaticalCase);
    if (lang === 'en' && (value === 1) !== (d.value === 1))
      noun = value === 1 ? unitText.replace(/s$/i, '') : `${unitText}s`;
    replacement = `${number()}${between}${noun}`;
  } else {
    replacement = formatDuration(value, unit, lang, style);
    if (style.digits && style.words && digitsFirst) replacement = replacement.replace(/^(.+?) \((\d+)\)/, '$2 ($1)');
  }
  // "Five (5) years" at the start of a cell stays capitalised.
  if (/^\p{Lu}/u.test(original)) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
  if (replacement === original) return null;
  const span = statement.block.sourceSpan(d.start, d.end);
  return { edit: { ...span, text: replacement, expect: original }, from: original, to: replacement };
}
