// The words of a sentence that say what a retention period covers: the object of "we retain X",
// the subject of "X are stored", the complement of «срок хранения X составляет». Kept as written.
import type { Lang } from '../../types.js';

interface Span {
  start: number;
  end: number;
}

// Words that end the data phrase after the verb: "retains Data | for a period …".
const STOP = /^(?:for|during|until|till|within|up|at|no|not|a|an|in|on|by|from|as|under|to|with|after|following|throughout|is|are|will|shall|must|may|securely|only|which|that|в|во|на|не|до|сроком|срок|течение|составля\p{L}*|равен|является|согласно|соответствии|после|с|со|пока|бойы|ішінде|кемінде|дейін|кейін|мерзімі|мерзім|жыл\p{L}*|бастап|қауіпсіз)$/u;
// Whoever keeps the data is not what is kept.
const OPENING = /^(?:in\s+any\s+case|in\s+addition|also|при\s+этом|также|в\s+любом\s+случае|сондай-ақ|кез\s+келген\s+жағдайда),?\s+/iu;
const SUBJECT = /^(?:(?:the|our)\s+)?(?:organi[sz]ation|company|operator|controller|bank|we|оператор|компания|банк|мы|біз)(?:\s+(?:also\s+|также\s+)?|$)/iu;
const AUXILIARY = /(?:\s+(?:shall|will|must|may|can|should|are|is|be|been|being|to|also|подлежат|подлежит|будут|будет|должны|должен|могут|может|также|тиіс|болады))+$/iu;
const LEADING = /^(?:(?:of|for|and|or|also|и|или|а|также|және|немесе|ал)\s+)+/iu;
const PERIOD_WORD = /^(?:period|periods|term|срок\p{L}*|мерзім\p{L}*)\s+(?:(?:of|for)\s+)?/iu;
const PRONOUN = /^(?:it|them|they|this|these|those|such|его|ее|её|их|они|это|оны|оларды|олар)$/iu;
// A possessive that points back at the event ("its data", «ее данные», «оның деректері») names no data of its own.
const BACK_POINTER = /^(?:its|their|его|ее|её|их|оның|олардың)\s+/iu;

/** What a period covers, from the sentence text [segmentStart, periodStart). */
export function coversBetween(text: string, folded: string, segmentStart: number, periodStart: number, cues: Span[], lang: Lang | null): string | null {
  const start = clauseBreak(folded, segmentStart, periodStart);
  const cue = [...cues].reverse().find((c) => c.start >= start && c.end <= periodStart);
  if (cue) {
    const afterVerb = wordsAfter(text, cue.end, periodStart, lang);
    if (afterVerb) return afterVerb;
    const comma = folded.slice(start, cue.start).lastIndexOf(',');
    return phrase(text.slice(comma >= 0 ? start + comma + 1 : start, cue.start), lang);
  }
  // No verb in this part ("…, and chat logs for six months"): the part itself names the data.
  const bare = text.slice(start, periodStart).replace(/\s+(?:for|during|within|up\s+to|at\s+least|в\s+течение|не\s+менее|не\s+более|до|на|сроком|кемінде)\s*$/iu, '');
  return phrase(bare, lang);
}

/** What a period-less statement covers, from the words before its criterion. */
export function coversBefore(text: string, folded: string, sentenceStart: number, at: number, cues: Span[], lang: Lang | null): string | null {
  return coversBetween(text, folded, sentenceStart, at, cues, lang);
}

function clauseBreak(folded: string, from: number, to: number): number {
  const m = /[;:]\s*[^;:]*$/.exec(folded.slice(from, to));
  return m ? from + m.index + 1 : from;
}

function wordsAfter(text: string, from: number, limit: number, lang: Lang | null): string | null {
  let rest = text.slice(from, limit).replace(/^\s+/, '').replace(PERIOD_WORD, '').replace(/^(?:of|for)\s+/iu, '');
  const words: string[] = [];
  for (const m of rest.matchAll(/[^\s,;:()]+/gu)) {
    const word = m[0];
    if (STOP.test(word.toLowerCase()) || /^[—–-]$/.test(word)) break;
    words.push(word);
    if (words.length >= 8) break;
  }
  rest = words.join(' ');
  return phrase(rest, lang);
}

function phrase(raw: string, lang: Lang | null): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[,;:—–-]\s*/u, '').replace(OPENING, '').replace(LEADING, '').replace(SUBJECT, '').replace(AUXILIARY, '').replace(BACK_POINTER, '').replace(/[\s,;:—–-]+$/u, '').trim();
  // «Cookie файлдары құрылғыда»: where the data lie is not what they are.
  if (lang === 'kk') s = s.replace(/(\S)\s+\p{L}+(?:да|де|та|те)$/u, '$1');
  if (s === '' || s.length > 120 || PRONOUN.test(s) || /^(?:period|term|срок\p{L}*|мерзім\p{L}*)$/iu.test(s)) return null;
  if (!/\p{L}{2,}/u.test(s)) return null;
  return s;
}
