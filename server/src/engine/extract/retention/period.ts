// What stands around a period: its bound ("at least", «не более», «жылдан аспайтын»), the event it
// runs from ("from the date of payment", «с момента закрытия счета», «шот жабылғаннан кейін»),
// and an event that opens the sentence ("After an account is closed, …"). The words come from
// the retention vocabulary; the grammar (what must stand next to what) is here.
import type { Duration } from '../durations.js';
import type { Hits } from './vocabulary.js';
import { clauseBreak, trimEndChars, trimEndIndex, trimStartIndex, wordCount } from './text.js';

export type Bound = 'exact' | 'min' | 'max';

export interface Found {
  start: number;
  end: number;
  text: string;
}

const EVENT_MAX = 120;
// An event-ending phrase may run past the event's last character.
const EVENT_WORD_REACH = 60;
// An event that opens a sentence without a comma is short: «После удаления аккаунта данные …».
const LEADING_WORDS = 4;
const SENTENCE_PUNCTUATION = '.;!?\n';

/** The bound written right before the period (after `from`), or right after it (before `limit`). */
export function boundAround(
  folded: string,
  hits: Hits,
  d: Duration,
  from: number,
  limit: number,
): { bound: Bound; start: number; end: number } {
  const before = boundBefore(folded, hits, d.start, from);
  if (before) return before;
  const after = trimStartIndex(folded, d.end, limit);
  if (hits.startingAt('retention-bound-min-after', after)) return { bound: 'min', start: d.start, end: d.end };
  if (hits.startingAt('retention-bound-max-after', after)) return { bound: 'max', start: d.start, end: d.end };
  return { bound: 'exact', start: d.start, end: d.end };
}

/** A bound that ends right before `at` ("no less than", with "a period of" between them if written). */
export function boundBefore(
  folded: string,
  hits: Hits,
  at: number,
  from: number,
): { bound: Bound; start: number; end: number } | null {
  let end = trimEndIndex(folded, from, at);
  const periodWord = hits.endingAt('retention-period-word', end);
  if (periodWord && periodWord.start >= from) {
    const beforeWord = trimEndIndex(folded, from, periodWord.start);
    if (hits.endingAt('retention-bound-min', beforeWord) || hits.endingAt('retention-bound-max', beforeWord))
      end = beforeWord;
  }
  const min = hits.endingAt('retention-bound-min', end);
  if (min && min.start >= from) return { bound: 'min', start: min.start, end: at };
  const max = hits.endingAt('retention-bound-max', end);
  if (max && max.start >= from) return { bound: 'max', start: max.start, end: at };
  return null;
}

/** Where an event's wording stops: a clause break, sentence punctuation, or a word that follows events. */
export function eventEnd(folded: string, hits: Hits, start: number, limit: number): number {
  let end = limit;
  const stop = clauseBreak(folded, start, limit);
  if (stop >= 0) end = stop;
  for (let i = start; i < end; i++) if (';!?\n'.includes(folded[i]!)) end = i;
  const stopWord = hits.within('retention-event-end', start + 1, end + EVENT_WORD_REACH).find((h) => h.start < end);
  if (stopWord) end = stopWord.start;
  return end;
}

/** The event written after the period: "5 years from the date of payment", «5 лет с момента платежа». */
export function eventAfter(text: string, folded: string, hits: Hits, from: number, limit: number): Found | null {
  let at = trimStartIndex(folded, from, limit);
  const bound = hits.startingAt('retention-bound-min-after', at) ?? hits.startingAt('retention-bound-max-after', at);
  if (bound) at = bound.end;
  at = trimStartIndex(folded, at, limit, ',');
  let eventStart: number;
  const marker = hits.startingAt('retention-from-marker', at);
  const noun = marker ? null : hits.startingAt('retention-from-marker-noun', at);
  if (marker) eventStart = trimStartIndex(folded, marker.end, limit);
  // «с момента закрытия счета»: the noun stays in the event.
  else if (noun) eventStart = noun.start + folded.slice(noun.start, noun.end).lastIndexOf(' ') + 1;
  else return null;
  if (
    eventStart + 3 > limit ||
    [...folded.slice(eventStart, eventStart + 3)].some((ch) => SENTENCE_PUNCTUATION.includes(ch))
  )
    return null;
  let start = eventStart;
  const end = Math.min(eventEnd(folded, hits, eventStart, limit), eventStart + EVENT_MAX);
  if (folded.startsWith('the ', start)) start += 4;
  return cleanFound(text, start, end);
}

// Kazakh verbal nouns in the ablative («жабылғаннан», «берілгеннен»): a start event written before the period.
const KK_ABLATIVE = /(?:ған|ген|қан|кен)(?:нан|нен)$/u;
// Plural and possessive endings of a Kazakh noun that names data («көшірмелері», «деректері»).
const KK_DATA_ENDING = /\p{L}(?:лері|лары|дері|дары|тері|тары)$/u;
const KK_AFTER_WORDS: ReadonlySet<string> = new Set(['бастап', 'кейін']);
// «Келісім кері қайтарылған жағдайда …»: a condition closes with «жағдайда» after a participle.
const KK_CONDITION_WORDS: ReadonlySet<string> = new Set(['жағдайда']);
const KK_VERBAL = /(?:ған|ген|қан|кен)$/u;
const KK_WINDOW = 200;

function isKazakhDataWord(hits: Hits, word: string, start: number): boolean {
  return hits.startingAt('retention-kk-data-head', start) !== null || KK_DATA_ENDING.test(word);
}

/** Kazakh puts the event first: «төлем жүргізілген кезден 5 жыл», «шот жабылғаннан кейін 5 жыл». */
export function eventBeforeKazakh(text: string, folded: string, hits: Hits, from: number, at: number): Found | null {
  const windowStart = Math.max(from, at - KK_WINDOW);
  const tokens = [...folded.slice(windowStart, at).matchAll(/\([^()]*\)|[^\s()]+/gu)].map((m) => ({
    text: m[0],
    start: windowStart + m.index,
  }));
  let k = tokens.length - 1;
  while (k >= 0 && /^[,]+$/u.test(tokens[k]!.text)) k--;
  if (k < 0) return null;
  let anchorEnd = tokens[k]!.start + trimEndChars(tokens[k]!.text, ',').length;
  let anchor = tokens[k]!;
  if (KK_AFTER_WORDS.has(trimEndChars(anchor.text, ',')) && k > 0) {
    k--;
    anchor = tokens[k]!;
  }
  const anchorWord = trimEndChars(anchor.text, ',');
  if (!(hits.startingAt('retention-kk-from-anchor', anchor.start) || KK_ABLATIVE.test(anchorWord))) return null;
  if (anchorWord !== anchor.text) anchorEnd = anchor.start + anchorWord.length;
  // Read back from the anchor over the event's words, up to the words that name the data
  // («деректер», «көшірмелері»); brackets go with the word before them.
  let start = anchor.start;
  for (let j = k - 1, taken = 0; j >= 0 && taken < 5; j--) {
    const token = tokens[j]!;
    if (!token.text.startsWith('(')) {
      if (isKazakhDataWord(hits, token.text.replace(/[^\p{L}]/gu, ''), token.start) || /[,;:]$/.test(token.text)) break;
      taken++;
    }
    start = token.start;
  }
  return cleanFound(text, start, anchorEnd);
}

/** "After an account is closed, …": the event, and where the rest of the sentence starts. */
export function leadingEvent(
  text: string,
  folded: string,
  hits: Hits,
  start: number,
  end: number,
  family = 'retention-leading-event',
): { event: Found; after: number } | null {
  const at = trimStartIndex(folded, start, end);
  const marker = hits.startingAt(family, at);
  if (marker) {
    const wordsStart = trimStartIndex(folded, marker.end, end);
    const limit = Math.min(end, wordsStart + 101);
    // The event ends at a comma, or where a pronoun points back at it («После удаления учетной
    // записи ее данные …»), or where the words naming the data begin («После удаления аккаунта
    // данные удаляются»), whichever comes first.
    const stop = clauseBreak(folded, wordsStart, limit);
    const pointer = /\s(?:ее|его|их|все|эти)\s/u.exec(folded.slice(wordsStart, limit));
    const data = hits
      .of('retention-data-word')
      .find(
        (h) =>
          h.start >= wordsStart + 3 && h.start < limit && wordCount(folded.slice(wordsStart, h.start)) <= LEADING_WORDS,
      );
    const ends: Array<{ at: number; after: number }> = [];
    if (stop >= 0 && folded[stop] === ',' && stop - wordsStart >= 3)
      ends.push({ at: stop, after: trimStartIndex(folded, stop + 1, end) });
    if (pointer && pointer.index >= 3)
      ends.push({ at: wordsStart + pointer.index, after: wordsStart + pointer.index + 1 });
    if (data && (stop < 0 || data.start < stop))
      ends.push({ at: trimEndIndex(folded, wordsStart, data.start), after: data.start });
    const first = ends.sort((a, b) => a.at - b.at)[0];
    const eventEndAt = first?.at ?? -1;
    const after = first?.after ?? -1;
    if (eventEndAt < 0) return null;
    const skipArticle = /^(?:an?|the)\s/u.exec(folded.slice(wordsStart, eventEndAt));
    const event = cleanFound(text, wordsStart + (skipArticle ? skipArticle[0].length : 0), eventEndAt);
    return event ? { event, after } : null;
  }
  return leadingKazakhEvent(
    text,
    folded,
    hits,
    at,
    end,
    family === 'retention-leading-condition' ? KK_CONDITION_WORDS : KK_AFTER_WORDS,
  );
}

/** «Есептік жазба жабылғаннан кейін оның деректері …»: a Kazakh event that opens the sentence. */
function leadingKazakhEvent(
  text: string,
  folded: string,
  hits: Hits,
  start: number,
  end: number,
  closing: ReadonlySet<string>,
): { event: Found; after: number } | null {
  const limit = Math.min(end, start + 100);
  const words = [...folded.slice(start, limit).matchAll(/[^\s,;:]+|[,;:]/gu)];
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]![0];
    if (word === ',' || word === ';' || word === ':') return null;
    if (!(closing === KK_AFTER_WORDS ? KK_ABLATIVE : KK_VERBAL).test(word) || !closing.has(words[i + 1]![0])) continue;
    for (let j = 0; j < i; j++)
      if (isKazakhDataWord(hits, words[j]![0].replace(/[^\p{L}]/gu, ''), start + words[j]!.index)) return null;
    const eventEndAt = start + words[i + 1]!.index + words[i + 1]![0].length;
    const event = cleanFound(text, start, eventEndAt);
    return event ? { event, after: trimStartIndex(folded, eventEndAt, end) } : null;
  }
  return null;
}

export function cleanFound(text: string, start: number, end: number): Found | null {
  start = trimStartIndex(text, start, end, ',(–—-');
  end = trimEndIndex(text, start, end, ',–—-');
  // A closing bracket stays only when its opening one does.
  if (text[end - 1] === ')' && !text.slice(start, end).includes('(')) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}
