// Period-less retention statements: the end a criterion names ("until consent is withdrawn",
// «пока существует аккаунт», «сіз жоюды сұрағанша»), a vague measure ("as long as necessary"),
// or no end at all ("without any time limit", "until liquidation of the operator").
import { CRITERIA, VAGUE, type Criterion, type Hit, type Hits, type Vagueness } from './vocabulary.js';
import { eventEnd, type Found } from './period.js';
import { trimStartIndex } from './text.js';

export interface CriterionFound extends Found {
  kind: Criterion;
  /** What the data are kept until, as written, without "until"/«до». */
  until: string;
  /** Where the wording of the end stops in the text. */
  untilEnd: number;
}

/** Decides whether a hit counts (near enough to a word of keeping, say). */
export type Accept = (hit: Hit, kind: Criterion) => boolean;

const UNTIL_MAX = 160;
const TRAILING_CONJUNCTION = /\s(?:and|or|и|или|либо|және|немесе)$/iu;
const EVENT_MAX = 80;
// A Kazakh end in -ғанға/-генге дейін: «шот жабылғанға дейін».
const KK_UNTIL = /(?:ғанға|генге|қанға|кенге)$/u;

/** The first criterion of the text [start, end), in the order of CRITERIA, that `accept` takes. */
export function findCriterion(
  text: string,
  folded: string,
  hits: Hits,
  start: number,
  end: number,
  accept: Accept,
  options: { avoid?: [number, number]; kinds?: ReadonlySet<Criterion> } = {},
): CriterionFound | null {
  const { avoid, kinds } = options;
  for (const [kind, family] of CRITERIA) {
    if (kinds && !kinds.has(kind)) continue;
    const candidates =
      kind === 'event'
        ? [...hits.within(family, start, end), ...kazakhUntil(folded, start, end)]
        : hits.within(family, start, end);
    for (const hit of candidates) {
      if (avoid && hit.start < avoid[1] && avoid[0] < hit.end) continue;
      if (kind === 'event' && avoid && hit.start < avoid[0]) continue;
      // "until 2025" is a date, not an end.
      if (kind === 'event' && /^(?:until|till)\s+\d/u.test(folded.slice(hit.start, hit.end + 8))) continue;
      // "kept until:" opens a list; a bare "until" with no words after it names no end.
      if (
        kind === 'event' &&
        !/\p{L}{3}/u.test(folded.slice(hit.end, eventEnd(folded, hits, hit.end, Math.min(end, hit.end + EVENT_MAX))))
      )
        continue;
      if (!accept(hit, kind)) continue;
      const found = kind === 'purposes' ? withKazakhVerbs(folded, hit, start) : hit;
      const until = untilText(text, folded, hits, found, kind, end);
      return {
        kind,
        start: found.start,
        end: found.end,
        text: folded.slice(found.start, found.end),
        until: until.text,
        untilEnd: until.end,
      };
    }
  }
  return null;
}

// «жинау және өңдеу мақсаттарына»: the verbal nouns in -у/-ү before «мақсат» say whose purposes they are.
const KK_VERBAL_NOUNS = /(?:^|[\s(])(?:[\p{L}]+[уү]\s+(?:(?:және|мен)\s+[\p{L}]+[уү]\s+)?)$/u;
const KK_VERB_WINDOW = 40;

function withKazakhVerbs(folded: string, hit: Hit, from: number): Hit {
  if (!folded.startsWith('мақсат', hit.start)) return hit;
  const windowStart = Math.max(from, hit.start - KK_VERB_WINDOW);
  const m = KK_VERBAL_NOUNS.exec(folded.slice(windowStart, hit.start));
  if (!m) return hit;
  const start = windowStart + m.index + (m[0].length - m[0].trimStart().length) + (m[0].startsWith('(') ? 1 : 0);
  return { ...hit, start };
}

function kazakhUntil(folded: string, start: number, end: number): Hit[] {
  const out: Hit[] = [];
  // Most text has no «дейін»: do not split a long paragraph into words for nothing.
  const postposition = folded.indexOf('дейін', start);
  if (postposition < 0 || postposition + 5 > end) return out;
  const words = [...folded.slice(start, end).matchAll(/[\p{L}-]+/gu)];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!KK_UNTIL.test(words[i]![0]) || words[i + 1]![0] !== 'дейін') continue;
    out.push({
      family: 'retention-criteria-event',
      start: start + words[i]!.index,
      end: start + words[i + 1]!.index + 5,
    });
  }
  return out;
}

function untilText(
  text: string,
  folded: string,
  hits: Hits,
  hit: Hit,
  kind: Criterion,
  limit: number,
): { text: string; end: number } {
  let untilEnd: number;
  // A Kazakh end closes with its postposition: «… қайтарып алғанға дейін», «… айқындалады».
  const closed = /(?:дейін|айқындалады|ғанша|генше|қанша|кенше|ішінде|кезде|бойы)$/u.test(
    folded.slice(hit.start, hit.end),
  );
  if (kind === 'event') untilEnd = eventEnd(folded, hits, hit.start, Math.min(limit, hit.end + EVENT_MAX));
  else if (closed) untilEnd = eventEnd(folded, hits, hit.start, hit.end);
  else untilEnd = Math.min(eventEnd(folded, hits, hit.end, limit), hit.start + UNTIL_MAX);
  untilEnd = Math.max(untilEnd, Math.min(hit.end, limit));
  let untilStart = hit.start;
  const marker = hits.startingAt('retention-until-marker', untilStart);
  if (marker && marker.end < untilEnd) untilStart = trimStartIndex(folded, marker.end, untilEnd);
  if (folded.startsWith('the ', untilStart)) untilStart += 4;
  let until = text.slice(untilStart, untilEnd).replace(/\s+/gu, ' ').trim();
  if (until.toLowerCase().endsWith(' дейін')) until = until.slice(0, -6).trimEnd();
  // "… of the account and": a conjunction that opened the next part is not part of the end.
  until = until.replace(TRAILING_CONJUNCTION, '');
  return { text: until, end: untilEnd };
}

export interface VagueFound {
  kind: Vagueness;
  start: number;
  end: number;
}

/** The first vague measure of [start, end) that `accept` takes. */
export function findVague(hits: Hits, start: number, end: number, accept: (hit: Hit) => boolean): VagueFound | null {
  for (const [kind, family] of VAGUE) {
    const hit = hits.within(family, start, end).find(accept);
    if (hit) return { kind, start: hit.start, end: hit.end };
  }
  return null;
}

/**
 * No end at all: "without any time limit", «бессрочно», or an end that need never come ("until
 * liquidation of the operator"). The second kind makes a statement vague even beside a criterion.
 */
export function findIndefinite(
  hits: Hits,
  start: number,
  end: number,
  accept: (hit: Hit) => boolean,
): { hit: Hit; openEnd: boolean } | null {
  const openEnd = hits.within('retention-indefinite-end', start, end).find(accept);
  if (openEnd) return { hit: openEnd, openEnd: true };
  const none = hits.within('retention-indefinite', start, end).find(accept);
  return none ? { hit: none, openEnd: false } : null;
}
