// The words of a sentence that say what a retention period covers: the object of "we retain X",
// the subject of "X are stored", the complement of «срок хранения X составляет». Kept as written.
import type { Lang } from '../../types.js';
import { trimEndChars } from './text.js';
import { spansWithin } from './spans.js';
import { lexicon } from '../vocabulary/lexicon.js';

// The last few words of keeping before a period are the ones that govern it.
const CUE_CANDIDATES = 4;

interface Span {
  start: number;
  end: number;
}

// Words that end the data phrase after the verb: "retains Data | for a period …".
const STOP =
  /^(?:for|during|until|till|within|up|at|no|not|a|an|in|on|by|from|as|under|to|with|after|following|throughout|is|are|will|shall|must|may|securely|only|which|that|longer|shorter|than|в|во|на|не|до|по|через|спустя|сроком|срок|течение|составля\p{L}*|равен|является|согласно|соответствии|после|с|со|пока|бойы|ішінде|кемінде|дейін|кейін|мерзімі|мерзім|жыл\p{L}*|бастап|қауіпсіз|дольше|больше|меньше|чем|осуществля\p{L}*|производ\p{L}*|carried|performed)$/u;
const CONJUNCTION = /^(?:or|and|и|или|либо|және|немесе)$/u;
const OPENING =
  /^(?:in\s+any\s+case|in\s+addition|also|при\s+этом|также|в\s+любом\s+случае|сондай-ақ|кез\s+келген\s+жағдайда),?\s+/iu;
// Whoever keeps the data (`retention-keeper` of vocabulary/coverage.yaml) is not what is kept.
let subject: RegExp | undefined;
function subjectPattern(): RegExp {
  subject ??= new RegExp(
    `^(?:(?:the|our)\\s+)?${lexicon().pattern('retention-keeper', { open: 'both' })}(?:\\s+(?:also\\s+|также\\s+)?|$)`,
    'iu',
  );
  return subject;
}
const AUXILIARY =
  /(?:\s+(?:shall|will|must|may|can|should|are|is|be|been|being|to|also|подлежат|подлежит|будут|будет|должны|должен|могут|может|также|тиіс|болады))+$/iu;
const LEADING = /^(?:(?:of|for|and|or|also|и|или|а|также|және|немесе|ал)\s+)+/iu;
const PERIOD_WORD = /^(?:period|periods|term|срок\p{L}*|мерзім\p{L}*)\s+(?:(?:of|for)\s+)?/iu;
const PRONOUN = /^(?:it|them|they|this|these|those|such|the|a|an|его|ее|её|их|они|это|оны|оларды|олар)$/iu;
// A possessive that points back at the event ("its data", «ее данные», «оның деректері») names no data of its own.
const BACK_POINTER = /^(?:its|their|его|ее|её|их|оның|олардың)\s+/iu;

/** What a period covers, from the sentence text [segmentStart, periodStart). */
export function coversBetween(
  text: string,
  folded: string,
  segmentStart: number,
  periodStart: number,
  cues: Span[],
  lang: Lang | null,
): string | null {
  const start = clauseBreak(folded, segmentStart, periodStart);
  const cue = spansWithin(cues, start, periodStart)
    .reverse()
    .slice(0, CUE_CANDIDATES)
    .find((c) => !insideBrackets(folded, start, c.start));
  if (cue) {
    const afterVerb = wordsAfter(text, cue.end, periodStart, lang);
    if (afterVerb) return afterVerb;
    // Commas inside brackets do not end the data phrase.
    const comma = withoutBrackets(folded.slice(start, cue.start)).lastIndexOf(',');
    return phrase(text.slice(comma >= 0 ? start + comma + 1 : start, cue.start), lang);
  }
  // No verb in this part ("…, and chat logs for six months"): the part itself names the data.
  const from = Math.max(start, periodStart - PHRASE_MAX);
  const bare = text
    .slice(from, periodStart)
    .replace(
      /\s+(?:for|during|within|up\s+to|at\s+least|в\s+течение|не\s+менее|не\s+более|до|на|сроком|кемінде)\s*$/iu,
      '',
    );
  return from > start ? null : phrase(bare, lang);
}

/** What a period-less statement covers, from the words before its criterion. */
export function coversBefore(
  text: string,
  folded: string,
  sentenceStart: number,
  at: number,
  cues: Span[],
  lang: Lang | null,
): string | null {
  return coversBetween(text, folded, sentenceStart, at, cues, lang);
}

function clauseBreak(folded: string, from: number, to: number): number {
  const m = /[;:]\s*[^;:]*$/.exec(folded.slice(from, to));
  return m ? from + m.index + 1 : from;
}

/** The text with bracketed asides blanked out (same length), so that their words and commas do not count. */
function withoutBrackets(text: string): string {
  return text.includes('(') ? text.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length)) : text;
}

function insideBrackets(folded: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (folded[i] === '(') depth++;
    else if (folded[i] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

// A data phrase is short: longer text is a clause, not a name of data.
const PHRASE_MAX = 300;

function wordsAfter(text: string, from: number, limit: number, lang: Lang | null): string | null {
  let rest = withoutBrackets(text.slice(from, Math.min(limit, from + PHRASE_MAX)))
    .replace(/^\s+/, '')
    .replace(PERIOD_WORD, '')
    .replace(/^(?:of|for)\s+/iu, '');
  const words: string[] = [];
  for (const m of rest.matchAll(/[^\s,;:()]+/gu)) {
    const word = m[0];
    if (STOP.test(word.toLowerCase()) || /^[—–-]$/.test(word)) break;
    // "deleted or blocked …": a second verb, not the object of the first.
    if (words.length === 0 && CONJUNCTION.test(word.toLowerCase())) break;
    words.push(word);
    if (words.length >= 8) break;
  }
  rest = words.join(' ');
  return phrase(rest, lang);
}

function phrase(raw: string, lang: Lang | null): string | null {
  if (raw.length > PHRASE_MAX) return null;
  let s = raw.replace(/\s+/g, ' ').trim();
  s = trimEndChars(
    s
      .replace(/^[,;:—–-]\s*/u, '')
      .replace(OPENING, '')
      .replace(LEADING, '')
      .replace(subjectPattern(), '')
      .replace(AUXILIARY, '')
      .replace(BACK_POINTER, ''),
    ',;:—–-',
  ).trim();
  // «Cookie файлдары құрылғыда»: where the data lie is not what they are.
  if (lang === 'kk') s = s.replace(/(\S)\s+\p{L}+(?:да|де|та|те)$/u, '$1');
  if (s === '' || s.length > 120 || PRONOUN.test(s) || /^(?:period|term|срок\p{L}*|мерзім\p{L}*)$/iu.test(s))
    return null;
  if (!/\p{L}{2,}/u.test(s)) return null;
  return s;
}
