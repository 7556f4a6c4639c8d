// Deletion as a statement of retention: "logs are deleted after 90 days", «уничтожаются по
// истечении 3 лет», «сақтау мерзімі өткеннен кейін деректер 30 жұмыс күні ішінде жойылады»,
// "after account deletion, data are erased", "deleted as soon as the purpose ceases". A deadline
// to delete on a request, or after unlawful processing, answers the subject and says nothing of
// retention; a bare "we will delete it within 30 days" may be either, so it is not read.
import type { Duration } from '../durations.js';
import { DELETION_CRITERIA, type Hit, type Hits } from './vocabulary.js';
import {
  boundAround,
  cleanFound,
  eventAfter,
  eventBeforeKazakh,
  eventEnd,
  leadingEvent,
  type Bound,
  type Found,
} from './period.js';
import { findCriterion, type CriterionFound } from './criteria.js';
import { clauseStart, distanceOutsideBrackets, holdsAny, trimEndIndex, trimStartIndex } from './text.js';
import { spansWithin } from './spans.js';

const VERB_DISTANCE = 60;
// Verbs further off than this are not near, however long the aside between.
const VERB_REACH = 600;
const EVENT_MAX = 120;
const CRITERION_DISTANCE = 120;

interface Span {
  start: number;
  end: number;
}

// How far a request may stand from the deletion it conditions, within one part of a sentence.
const PART_REACH = 600;

/** The part of the sentence around a place, between semicolons: where a request would be named. */
function partAround(folded: string, s: Span, start: number, end: number): Span {
  let from = start;
  const fromLimit = Math.max(s.start, start - PART_REACH);
  while (from > fromLimit && folded[from - 1] !== ';') from--;
  let to = end;
  const toLimit = Math.min(s.end, end + PART_REACH);
  while (to < toLimit && folded[to] !== ';') to++;
  return { start: from, end: to };
}

/** Whether the words of a request or of unlawful processing stand in [start, end). */
function mentionsRequest(hits: Hits, start: number, end: number): boolean {
  return hits.within('retention-deletion-request', start, end).length > 0;
}

/**
 * Like mentionsRequest, but a request already dealt with ("once your enquiry has been answered")
 * does not count: deleting data then ends the purpose of answering it. Where a word of deleting
 * other than the verb stands in the span («после рассмотрения обращения об удалении»), the request
 * may be one to delete, and it counts.
 */
function mentionsOpenRequest(hits: Hits, start: number, end: number, verb: Hit): boolean {
  if (!mentionsRequest(hits, start, end)) return false;
  const otherDeletion = hits.within('retention-deletion', start, end).some((d) => d.start !== verb.start);
  if (otherDeletion) return true;
  const handled = hits.within('retention-request-handled', start, end);
  return hits
    .within('retention-deletion-request', start, end)
    .some((r) => !handled.some((h) => h.start <= r.start && r.end <= h.end));
}

function distance(folded: string, a: Span, b: Span): number {
  if (a.end <= b.start) return distanceOutsideBrackets(folded, a.end, b.start);
  if (b.end <= a.start) return distanceOutsideBrackets(folded, b.end, a.start);
  return 0;
}

/** A deletion verb close to the place, on either side, not counting asides in brackets. */
export function nearDeletion(folded: string, verbs: Hit[], place: Span, limit = VERB_DISTANCE): boolean {
  return spansWithin(verbs, place.start - VERB_REACH, place.end + VERB_REACH).some(
    (v) => distance(folded, v, place) <= limit,
  );
}

export interface DeadlineReading {
  bound: Bound;
  /** Where the bound's words start (the underline takes them in). */
  boundStart: number;
  from: Found | null;
  /** The event that opens the sentence, when the deadline runs from it. */
  leading: { event: Found; after: number } | null;
}

/**
 * A period near a deletion verb, read as the end of retention: it runs from an event the text
 * names (the end of the retention period, the purpose achieved), or it is the data's lifetime
 * ("deleted after 90 days"). Null when it is not, or when it answers a request.
 */
export function deletionDeadline(
  text: string,
  folded: string,
  hits: Hits,
  s: Span,
  d: Duration,
  verbs: Hit[],
  first: boolean,
): DeadlineReading | null {
  if (!nearDeletion(folded, verbs, d)) return null;
  const part = partAround(folded, s, d.start, d.end);
  if (mentionsRequest(hits, part.start, part.end)) return null;
  const from = eventAfter(text, folded, hits, d.end, s.end);
  if (from && mentionsRequest(hits, from.start, from.end)) return null;
  const leading = first
    ? (leadingEvent(text, folded, hits, s.start, d.start) ??
      leadingEvent(text, folded, hits, s.start, d.start, 'retention-leading-condition'))
    : null;
  if (leading && mentionsRequest(hits, leading.event.start, leading.event.end)) return null;
  const before = trimEndIndex(folded, s.start, d.start);
  const lifetime =
    hits.endingAt('retention-deletion-after', before) !== null ||
    hits.startingAt('retention-deletion-after-kk', trimStartIndex(folded, d.end, s.end)) !== null;
  if (!from && !leading && !lifetime) return null;
  const around = boundAround(folded, hits, d, clauseStart(folded, s.start, d.start), s.end);
  let bound = around.bound;
  let boundStart = around.start;
  // "within 30 days", «в течение 30 дней», «30 күн ішінде»: the data go by then at the latest.
  if (bound === 'exact') {
    const within = hits.endingAt('retention-deletion-within', before);
    if (within) [bound, boundStart] = ['max', within.start];
    else if (hits.startingAt('retention-deletion-within', trimStartIndex(folded, d.end, s.end))) bound = 'max';
  }
  return { bound, boundStart, from, leading: from ? null : leading };
}

export interface DeletionRule {
  /** The named end ("the purpose ceases"), or the event that opens the sentence. */
  criterion: CriterionFound | null;
  leading: { event: Found; after: number } | null;
  /** The verb the rule hangs on. */
  verb: Hit;
}

/** A period-less deletion rule: "deleted as soon as the purpose ceases", "After account deletion, data are erased". */
export function deletionRule(text: string, folded: string, hits: Hits, s: Span, verbs: Hit[]): DeletionRule | null {
  const criterion = findCriterion(
    text,
    folded,
    hits,
    s.start,
    s.end,
    (hit) => {
      // "until you delete your account": the end's own verb is not the deletion it ends.
      const outside = verbs.filter((v) => v.end <= hit.start || v.start >= hit.end);
      if (!nearDeletion(folded, outside, hit, CRITERION_DISTANCE)) return false;
      const part = partAround(folded, s, hit.start, hit.end);
      return !mentionsRequest(hits, part.start, part.end);
    },
    { kinds: DELETION_CRITERIA },
  );
  if (criterion) {
    const outside = verbs.filter((v) => v.end <= criterion.start || v.start >= criterion.end);
    const verb = outside.reduce((best, v) =>
      distance(folded, v, criterion) < distance(folded, best, criterion) ? v : best,
    );
    return { criterion, leading: null, verb };
  }
  const after = eventAfterVerb(text, folded, hits, s, verbs);
  if (after) return after;
  const leading = leadingEvent(text, folded, hits, s.start, s.end);
  if (!leading || mentionsRequest(hits, leading.event.start, leading.event.end)) return null;
  // "After this period, the data are destroyed": the end of another statement's period, not a rule of its own.
  if (namesOnlyAPeriod(hits, leading.event)) return null;
  const verb = verbs.find((v) => v.start >= leading.after);
  if (!verb) return null;
  const part = partAround(folded, s, verb.start, verb.end);
  if (mentionsRequest(hits, Math.max(part.start, leading.after), part.end)) return null;
  return { criterion: null, leading, verb };
}

const AFTER_VERB = 30;

/** Whether an event only points back at another statement's period ("after this period"). */
function namesOnlyAPeriod(hits: Hits, event: Found): boolean {
  return hits.within('retention-period-noun', event.start, event.end).length > 0;
}

/**
 * The event a deletion waits for, written right after the verb ("deleted once the payment is
 * completed", «удаляются после завершения платежа») or, in Kazakh, right before it («төлем
 * аяқталғаннан кейін жойылады»).
 */
function eventAfterVerb(text: string, folded: string, hits: Hits, s: Span, verbs: Hit[]): DeletionRule | null {
  for (const verb of verbs) {
    const part = partAround(folded, s, verb.start, verb.end);
    if (mentionsOpenRequest(hits, part.start, part.end, verb)) continue;
    const marker = hits
      .within('retention-deletion-event', verb.end, Math.min(s.end, verb.end + AFTER_VERB + 40))
      .find((h) => h.start - verb.end <= AFTER_VERB && !holdsAny(folded, verb.end, h.start, ',;:.'));
    const start = marker ? trimStartIndex(folded, marker.end, s.end) : -1;
    const event = marker
      ? cleanFound(
          text,
          folded.startsWith('the ', start) ? start + 4 : start,
          eventEnd(folded, hits, start, Math.min(s.end, start + EVENT_MAX)),
        )
      : eventBeforeKazakh(text, folded, hits, clauseStart(folded, s.start, verb.start), verb.start);
    if (!event || namesOnlyAPeriod(hits, event) || mentionsOpenRequest(hits, event.start, event.end, verb)) continue;
    return {
      criterion: {
        kind: 'event',
        start: event.start,
        end: event.end,
        text: event.text,
        until: event.text,
        untilEnd: event.end,
      },
      leading: null,
      verb,
    };
  }
  return null;
}
