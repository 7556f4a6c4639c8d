// A "bare" statement: a short block in a retention context (a table column of lifetimes, a
// section headed "Retention", the items after «хранятся до:») that is little more than a period
// or an end, perhaps with a label that names the data: «Платёжные данные — 5 лет», "Browser
// session", "Demo requests: as long as needed to respond", «4.2.2. Ликвидации Оператора».
// Such a block counts only where the document's context says it is about retention (context.ts).
import { foldForMatch } from '../../language/normalize.js';
import type { Duration } from '../durations.js';
import type { Hits, RetentionWords } from './vocabulary.js';
import { boundAround, boundBefore, eventAfter, eventBeforeKazakh, type Bound } from './period.js';
import { findCriterion, findIndefinite, findVague, type CriterionFound } from './criteria.js';
import { orBetween, type FoundStatement } from './read.js';
import { nearDeletion } from './deletion.js';
import { trimEndIndex, trimStartIndex, wordCount } from './text.js';
import { splitSentences } from './sentences.js';

const MAX_LENGTH = 220;
const LABEL_MAX = 100;
const WORDS_AROUND = 4;
const NOT_PERIOD_DISTANCE = 30;

/** What a lead-in («Персональные данные хранятся до:», "kept for no more than:") lends its items. */
export interface Lead {
  /** The words that open each item's end («до», "until"), or null. */
  prefix: string | null;
  /** The bound each item's period takes unless it states its own. */
  bound: Bound | null;
}

/** Where a label ends and the value begins: «Платёжные данные — 5 лет», "Demo requests: as long as …". */
function splitLabel(
  folded: string,
  from: number,
  firstPeriod: number,
): { labelEnd: number; valueStart: number } | null {
  const limit = Math.min(folded.length, from + LABEL_MAX, firstPeriod);
  for (let i = from; i < limit; i++) {
    const ch = folded[i]!;
    const dash = ch === '-' && folded[i - 1] === ' ' && folded[i + 1] === ' ';
    if (ch !== ':' && !dash) continue;
    const labelEnd = trimEndIndex(folded, from, i);
    if (labelEnd === from || !/\p{L}/u.test(folded.slice(from, labelEnd))) return null;
    return { labelEnd, valueStart: trimStartIndex(folded, i + 1, folded.length) };
  }
  return null;
}

/** Words of [start, end) outside the ranges given (a criterion's wording, say). */
function wordsOutside(folded: string, start: number, end: number, ranges: Array<[number, number]>): number {
  let text = '';
  let at = start;
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (b <= at || a >= end) continue;
    text += `${folded.slice(at, Math.max(at, a))} `;
    at = Math.max(at, b);
  }
  text += folded.slice(at, Math.max(at, end));
  return wordCount(text.replace(/\([^()]*\)/gu, ' '));
}

export function readBare(
  text: string,
  durations: Duration[],
  words: RetentionWords,
  lead: Lead | null = null,
  numberEnd = 0,
): FoundStatement | null {
  if (text.length > MAX_LENGTH) return null;
  const whole = readBareText(text, durations, words, lead, numberEnd);
  if (whole) return whole;
  // A short answer may open a block that goes on about something else: «До отзыва согласия.
  // Удаляем по запросу в течение 10 дней» (a deadline on request, which is no retention). The
  // opening sentence is then read on its own.
  const first = splitSentences(text)[0];
  if (!first || first.end >= trimEndIndex(text, 0, text.length) || first.end <= numberEnd) return null;
  const opening = text.slice(0, first.end);
  return readBareText(
    opening,
    durations.filter((d) => d.end <= first.end),
    words,
    lead,
    numberEnd,
  );
}

function readBareText(
  text: string,
  durations: Duration[],
  words: RetentionWords,
  lead: Lead | null,
  numberEnd: number,
): FoundStatement | null {
  const folded = foldForMatch(text);
  const hits = words.scan(text);
  const label = splitLabel(folded, numberEnd, durations[0]?.start ?? folded.length);
  const valueStart = label?.valueStart ?? numberEnd;
  const d = durations.find((x) => x.start >= valueStart);
  const base = {
    start: 0,
    end: text.length,
    sentence: 0,
    bare: true,
    deletion: false,
    conditional: false,
    cookie: false,
    from: null,
    until: null,
    criterion: null,
    vague: null,
    duration: null,
    bound: null,
  };
  const labelText = label ? text.slice(numberEnd, label.labelEnd).replace(/\s+/gu, ' ').trim() : null;
  if (d) return barePeriod(text, folded, hits, d, valueStart, labelText, lead);
  const end = readEnd(text, folded, hits, valueStart, words, lead, numberEnd);
  return end ? { ...base, ...end, covers: labelText } : null;
}

/**
 * A period beside a word of deleting is a deadline, which the sentence reader reads (or refuses,
 * when it answers a request: «Деректер сұрау бойынша 3 жұмыс күні ішінде жойылады»); one right
 * after words of answering or notifying is no retention period. Words inside the period's own
 * start event or end («жауап берілген күннен бастап», "until the user deletes the account") do not count.
 */
function otherDeadline(folded: string, hits: Hits, d: Duration, own: Array<[number, number]>): boolean {
  const outside = (h: { start: number; end: number }): boolean => !own.some(([a, b]) => h.start >= a && h.end <= b);
  if (nearDeletion(folded, hits.of('retention-deletion').filter(outside), d)) return true;
  return hits
    .of('retention-not-period')
    .some(
      (h) =>
        outside(h) &&
        h.end <= d.start &&
        d.start - h.end <= NOT_PERIOD_DISTANCE &&
        !/[.;,]/u.test(folded.slice(h.end, d.start)),
    );
}

function barePeriod(
  text: string,
  folded: string,
  hits: Hits,
  d: Duration,
  valueStart: number,
  label: string | null,
  lead: Lead | null,
): FoundStatement | null {
  const from =
    eventAfter(text, folded, hits, d.end, text.length) ?? eventBeforeKazakh(text, folded, hits, valueStart, d.start);
  const beforeEnd = from && from.end <= d.start ? from.start : d.start;
  const bound = boundBefore(folded, hits, beforeEnd, valueStart);
  const criterionBefore = findCriterion(text, folded, hits, valueStart, beforeEnd, () => true);
  const criterionAfter = findCriterion(text, folded, hits, d.end, text.length, () => true);
  const ranges = [criterionBefore, criterionAfter]
    .filter((c): c is CriterionFound => c !== null)
    .map((c): [number, number] => [c.start, c.untilEnd]);
  if (otherDeadline(folded, hits, d, [...ranges, ...(from ? [[from.start, from.end] as [number, number]] : [])]))
    return null;
  if (wordsOutside(folded, valueStart, bound ? bound.start : beforeEnd, ranges) > WORDS_AROUND) return null;
  let afterStart = from && from.start >= d.end ? from.end : d.end;
  const boundAfter =
    hits.startingAt('retention-bound-min-after', trimStartIndex(folded, afterStart, text.length)) ??
    hits.startingAt('retention-bound-max-after', trimStartIndex(folded, afterStart, text.length));
  if (boundAfter) afterStart = boundAfter.end;
  const orWords = hits.within('retention-or', afterStart, text.length).map((h): [number, number] => [h.start, h.end]);
  if (wordsOutside(folded, afterStart, text.length, [...ranges, ...orWords]) > WORDS_AROUND) return null;
  let reading = boundAround(folded, hits, d, valueStart, text.length).bound;
  // "180 days or until the user deletes the account": whichever comes first.
  if (reading === 'exact' && criterionAfter && orBetween(hits, d, criterionAfter)) reading = 'max';
  if (reading === 'exact' && lead?.bound) reading = lead.bound;
  // Without a label, the words before the period (and its bound) name the data: «Платёжные данные 5 лет».
  const covers =
    label ??
    (text.slice(valueStart, trimEndIndex(folded, valueStart, bound ? bound.start : beforeEnd, ':-')).trim() || null);
  return {
    start: 0,
    end: text.length,
    focus: { start: d.start, end: d.end },
    duration: d,
    bound: reading,
    from: from?.text ?? null,
    until: criterionAfter?.until ?? null,
    criterion: criterionAfter?.kind ?? null,
    vague: null,
    covers,
    sentence: 0,
    bare: true,
    deletion: false,
    conditional: false,
    cookie: false,
  };
}

type EndReading = Pick<FoundStatement, 'focus' | 'until' | 'criterion' | 'vague'>;

/** A period-less value: an end, a session, no end at all, or a vague measure. */
function readEnd(
  text: string,
  folded: string,
  hits: Hits,
  valueStart: number,
  words: RetentionWords,
  lead: Lead | null,
  numberEnd: number,
): EndReading | null {
  if (lead?.prefix) {
    // «4.2.1. достижения … целей» after «хранятся до:»: read the item as the lead-in continues it.
    const body = text.slice(numberEnd);
    const joined = `${lead.prefix} ${body}`;
    const shift = numberEnd - lead.prefix.length - 1;
    const found = readEnd(joined, foldForMatch(joined), words.scan(joined), 0, words, null, 0);
    if (!found) return null;
    const map = (x: number): number => Math.min(text.length, Math.max(numberEnd, x + shift));
    const end = map(found.focus.end);
    return { ...found, focus: { start: trimStartIndex(text, map(found.focus.start), end), end } };
  }
  const all = () => true;
  const indefinite = findIndefinite(hits, valueStart, text.length, all);
  if (indefinite?.openEnd) return { focus: indefinite.hit, until: null, criterion: null, vague: 'indefinite' };
  const criterion = findCriterion(text, folded, hits, valueStart, text.length, all);
  if (criterion) return { focus: criterion, until: criterion.until, criterion: criterion.kind, vague: null };
  const value = text.slice(valueStart);
  if (words.whole('retention-session-cell', value)) {
    const focus = {
      start: trimStartIndex(text, valueStart, text.length),
      end: trimEndIndex(text, valueStart, text.length, '.'),
    };
    return { focus, until: text.slice(focus.start, focus.end), criterion: 'session', vague: null };
  }
  if (indefinite) {
    // "Analytics data: aggregated and anonymised data may be kept indefinitely": not personal data.
    if (hits.within('retention-anonymous-data', valueStart, indefinite.hit.start).length > 0) return null;
    return { focus: indefinite.hit, until: null, criterion: null, vague: 'indefinite' };
  }
  const vague = findVague(hits, valueStart, text.length, all);
  return vague ? { focus: vague, until: null, criterion: null, vague: vague.kind } : null;
}
