// Reads the retention statements of one block's text, sentence by sentence: a period (or a
// period-less end such as "until consent is withdrawn") that stands near words of keeping data
// ("retain", «хранятся», «сақталады»), with its bound, the event it runs from, and the words that
// say what it covers. Also reads "bare" periods (a table cell «5 лет с момента платежа», a line
// under a retention heading), which count only where the document's context says they are
// retention periods (see context.ts).
import type { Lang } from '../../types.js';
import { foldForMatch } from '../../language/normalize.js';
import type { Duration } from '../durations.js';
import { splitSentences } from './sentences.js';
import {
  CRITERIA, EVENT_END, FROM_AFTER, FROM_BEFORE_KK, KK_DATA_HEAD, LEADING_EVENT, MAX_AFTER, MAX_BEFORE, MIN_AFTER, MIN_BEFORE, RETENTION_CUE,
  STORAGE_PLACE, VAGUE, type Criterion, type Vagueness,
} from './vocabulary.js';
import { coversBefore, coversBetween } from './covers-text.js';

export type Bound = 'exact' | 'min' | 'max';

/** A statement found in a block; every offset is an index into the block's text. */
export interface FoundStatement {
  /** The sentence (or the whole cell) the statement stands in. */
  start: number;
  end: number;
  /** What to underline: the period, or the words of the criterion. */
  focus: { start: number; end: number };
  duration: Duration | null;
  bound: Bound | null;
  from: string | null;
  until: string | null;
  criterion: Criterion | null;
  vague: Vagueness | null;
  covers: string | null;
  /** Which sentence of the block: statements of one sentence qualify each other, never conflict. */
  sentence: number;
  bare: boolean;
}

const CUE_ALL = new RegExp(RETENTION_CUE.source, 'gu');
const STORAGE_PLACE_ALL = new RegExp(STORAGE_PLACE.source, 'gu');
// A period right after these words is a deadline (to delete, to answer, to notify) or an age, not how long data are kept.
const NOT_RETENTION = /(?<![\p{L}])(?:(?:will\s+|shall\s+|we\s+)?(?:delete[sd]?|erase[sd]?|destroy(?:s|ed)?|dispose\s+of|anonymi[sz]e[sd]?)(?![\p{L}])|(?:уничтожа|удаля|обезличива)(?:ет|ются|ется|ем|ть)(?![\p{L}])|(?:будут|будет)\s+(?:уничтожены|удалены|обезличены)|удалим|уничтожим|жойылады|жоямыз|өшіріледі|respond|reply|answer|notif|inform\p{L}*\s+(?:you|the)|review|consider|aged?(?![\p{L}])|age\s+of|ответ|отвеч|уведом|рассмотр|рассматр|сообщ|возраст|жас(?:қа|та|тағы|тан|ы|ына|ында)?(?![\p{L}])|жауап|хабарла|қарал|қарау)[^.;,]{0,30}$/u;
// "Keep you informed", «сохранять конфиденциальность»: the verb, but not of keeping data.
const NOT_KEEPING = /^(?:keep\p{L}*|kept)\s+(?:you|(?:them|us)\s+(?:informed|updated|posted|safe)|it\s+(?:confidential|secure|safe)|confidential|secure|safe|track|in\s+mind|up\s+to\s+date|informed)(?![\p{L}])|^сохран\p{L}*\s+(?:конфиденциальност|тайн|за\s+собой)/u;
const DELETION_AFTER = /(?<![\p{L}])(?:delete[sd]?|erased?|destroy(?:ed|s)?|disposed?\s+of|anonymi[sz]ed|уничтож\p{L}*|удаля\p{L}*|удален\p{L}*|обезличи\p{L}*|жой\p{L}*|өшір\p{L}*)/u;
const CUE_DISTANCE = 100;
const CRITERION_DISTANCE = 250;

/** Statements with a retention cue, sentence by sentence. */
export function readSentences(text: string, durations: Duration[], lang: Lang | null): FoundStatement[] {
  const folded = foldForMatch(text);
  const places = [...folded.matchAll(STORAGE_PLACE_ALL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const cues = [...folded.matchAll(CUE_ALL)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter((c) => !places.some((p) => c.start >= p.start && c.start < p.end) && !NOT_KEEPING.test(folded.slice(c.start, c.end + 30)));
  if (cues.length === 0) return [];
  const out: FoundStatement[] = [];
  splitSentences(text).forEach((s, index) => {
    const sentenceCues = cues.filter((c) => c.start >= s.start && c.end <= s.end);
    if (sentenceCues.length === 0) return;
    const near = (start: number, end: number, distance: number): boolean =>
      sentenceCues.some((c) => (c.end <= start ? start - c.end : c.start >= end ? c.start - end : 0) <= distance);
    const periods = durations.filter((d) => d.start >= s.start && d.end <= s.end && near(d.start, d.end, CUE_DISTANCE) && !NOT_RETENTION.test(folded.slice(clauseStart(folded, s.start, d.start), d.start)) && !deletionDeadline(folded, d, s.end, sentenceCues));
    let previousEnd = s.start;
    for (const d of periods) {
      const statement = readPeriod(text, folded, s, d, lang, previousEnd, sentenceCues);
      out.push({ ...statement, sentence: index });
      previousEnd = d.end;
    }
    if (periods.length > 0) return;
    // A bare "until …" must follow the verb closely ("kept until …"); a named criterion may stand further off.
    const cueBefore = (start: number): boolean => sentenceCues.some((c) => c.end <= start && start - c.end <= 60 && !/[;]/.test(folded.slice(c.end, start)));
    const criterion = findCriterion(text, folded, s.start, s.end, (start, end, kind) => (kind === 'event' ? cueBefore(start) : near(start, end, CRITERION_DISTANCE)));
    if (criterion) {
      out.push({
        start: s.start, end: s.end, focus: { start: criterion.start, end: criterion.end }, duration: null, bound: null, from: null,
        until: criterion.until, criterion: criterion.kind, vague: null,
        covers: coversBefore(text, folded, s.start, criterion.start, sentenceCues, lang), sentence: index, bare: false,
      });
      return;
    }
    for (const [kind, pattern] of VAGUE) {
      const m = pattern.exec(folded.slice(s.start, s.end));
      if (!m) continue;
      const start = s.start + m.index;
      if (!near(start, start + m[0].length, CRITERION_DISTANCE)) continue;
      out.push({
        start: s.start, end: s.end, focus: { start, end: start + m[0].length }, duration: null, bound: null, from: null, until: null,
        criterion: null, vague: kind, covers: coversBefore(text, folded, s.start, start, sentenceCues, lang), sentence: index, bare: false,
      });
      return;
    }
  });
  return out;
}

function readPeriod(text: string, folded: string, s: { start: number; end: number }, d: Duration, lang: Lang | null, previousEnd: number, cues: Array<{ start: number; end: number }>): Omit<FoundStatement, 'sentence'> {
  const before = folded.slice(clauseStart(folded, s.start, d.start), d.start);
  const after = folded.slice(d.end, s.end);
  const minBefore = MIN_BEFORE.exec(before);
  const maxBefore = minBefore ? null : MAX_BEFORE.exec(before);
  const bound: Bound = minBefore || MIN_AFTER.test(after) ? 'min' : maxBefore || MAX_AFTER.test(after) ? 'max' : 'exact';
  // The underline takes in the bound's words: "no less than five (5) years".
  const boundWords = minBefore ?? maxBefore;
  const focusStart = boundWords ? d.start - before.length + boundWords.index : d.start;
  const leading = previousEnd === s.start ? leadingEvent(text, folded, s.start, d.start) : null;
  const from = eventAfter(text, folded, d.end, s.end) ?? leading?.event ?? eventBeforeKazakh(text, folded, clauseStart(folded, s.start, d.start), d.start);
  const criterion = findCriterion(text, folded, s.start, s.end, () => true, [d.start, d.end]);
  return {
    start: s.start, end: s.end, focus: { start: focusStart, end: d.end }, duration: d, bound,
    from: from?.text ?? null,
    until: criterion && (!from || criterion.start >= from.end || criterion.end <= from.start) ? criterion.until : null,
    criterion: criterion?.kind ?? null, vague: null,
    covers: coversBetween(text, folded, leading ? leading.after : previousEnd, from && from.end <= d.start && from !== leading?.event ? from.start : d.start, cues, lang),
    bare: false,
  };
}

/** "After an account is closed, …": the event, and where the rest of the sentence starts. */
function leadingEvent(text: string, folded: string, start: number, end: number): { event: Found; after: number } | null {
  const m = LEADING_EVENT.exec(folded.slice(start, end));
  if (!m) return null;
  const g = m.groups!;
  const words = g.en ?? g.ru ?? g.ru2 ?? g.kk!;
  // A Kazakh event names no data: «Есептік жазба деректері шот жабылғаннан кейін» is data, then the event.
  if (g.kk && g.kk.split(/\s+/).some((w) => KK_DATA_HEAD.test(w))) return null;
  const at = start + m[0].indexOf(words);
  const event = cleanFound(text, at + (/^(?:an?|the)\s/.test(words) ? words.indexOf(' ') + 1 : 0), at + words.length);
  return event ? { event, after: start + m[0].length } : null;
}

/**
 * «Деректер … 30 күн ішінде жойылады», "… within 30 days are deleted": a deadline to delete, when
 * the deletion verb after the period stands closer to it than any word of keeping.
 */
function deletionDeadline(folded: string, d: Duration, limit: number, cues: Array<{ start: number; end: number }>): boolean {
  const after = folded.slice(d.end, limit);
  const clauseEnd = /[,;:]/.exec(after)?.index ?? after.length;
  const verb = DELETION_AFTER.exec(after.slice(0, clauseEnd));
  if (!verb) return false;
  const cueDistance = Math.min(...cues.map((c) => (c.end <= d.start ? d.start - c.end : c.start >= d.end ? c.start - d.end : 0)));
  return verb.index < cueDistance;
}

/** Where the clause that holds `at` begins: after the last comma, semicolon or colon. */
function clauseStart(folded: string, from: number, at: number): number {
  const slice = folded.slice(from, at);
  const m = /[;:,(][^;:,(]*$/.exec(slice);
  return m ? from + m.index + 1 : from;
}

interface Found {
  start: number;
  end: number;
  text: string;
}

function eventAfter(text: string, folded: string, from: number, limit: number): Found | null {
  const skip = (MIN_AFTER.exec(folded.slice(from, limit)) ?? MAX_AFTER.exec(folded.slice(from, limit)))?.[0].length ?? 0;
  const m = FROM_AFTER.exec(folded.slice(from + skip, limit));
  if (!m) return null;
  const eventStart = from + skip + m.index + m[0].length - m.groups!.event!.length;
  const tail = folded.slice(eventStart, limit);
  const stop = EVENT_END.exec(tail);
  let end = eventStart + (stop ? stop.index : tail.length);
  end = Math.min(end, eventStart + 120);
  let start = eventStart;
  if (/^the\s/.test(folded.slice(start, end))) start += 4;
  return cleanFound(text, start, end);
}

function eventBeforeKazakh(text: string, folded: string, from: number, at: number): Found | null {
  const clause = folded.slice(from, at);
  const anchor = FROM_BEFORE_KK.exec(clause);
  if (!anchor) return null;
  // Read back from the anchor ("кезден", "жабылғаннан кейін") over the event's words, up to the
  // words that name the data («деректер», «көшірмелері»); brackets go with the word before them.
  const tokens = [...clause.slice(0, anchor.index).matchAll(/\([^()]*\)|[^\s()]+/gu)];
  let start = from + anchor.index;
  for (let k = tokens.length - 1, taken = 0; k >= 0 && taken < 5; k--) {
    const token = tokens[k]!;
    if (!token[0].startsWith('(')) {
      if (KK_DATA_HEAD.test(token[0].replace(/[^\p{L}]/gu, '')) || /[,;:]$/.test(token[0])) break;
      taken++;
    }
    start = from + token.index!;
  }
  return cleanFound(text, start, from + anchor.index + anchor[0].replace(/[\s,]+$/u, '').length);
}

function cleanFound(text: string, start: number, end: number): Found | null {
  while (start < end && /[\s,(–—-]/.test(text[start]!)) start++;
  while (end > start && /[\s,–—-]/.test(text[end - 1]!)) end--;
  // A closing bracket stays only when its opening one does.
  if (text[end - 1] === ')' && !text.slice(start, end).includes('(')) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

interface CriterionFound extends Found {
  kind: Criterion;
  until: string;
}

const UNTIL_MARKER = /^(?:(?:un)?til+|as\s+long\s+as|до|в\s+течение)\s+/u;

export function findCriterion(text: string, folded: string, start: number, end: number, near: (start: number, end: number, kind: Criterion) => boolean, avoid?: [number, number]): CriterionFound | null {
  const slice = folded.slice(start, end);
  for (const [kind, pattern] of CRITERIA) {
    const m = pattern.exec(slice);
    if (!m) continue;
    const s = start + m.index;
    const e = s + m[0].length;
    if (avoid && s < avoid[1] && avoid[0] < e) continue;
    if (kind === 'event' && avoid && s < avoid[0]) continue;
    if (!near(s, e, kind)) continue;
    const tail = folded.slice(e, end);
    const stop = kind === 'event' ? null : EVENT_END.exec(tail);
    // A Kazakh end closes with its postposition: «… қайтарып алғанға дейін», «… айқындалады».
    const closed = /(?:дейін|айқындалады)$/u.test(m[0]);
    const untilEnd = kind === 'event' || closed ? cutEvent(folded, s, e) : Math.min(e + (stop ? stop.index : tail.length), s + 160);
    let untilStart = s;
    const marker = UNTIL_MARKER.exec(folded.slice(s, untilEnd));
    if (marker) untilStart += marker[0].length;
    if (/^the\s/.test(folded.slice(untilStart, untilEnd))) untilStart += 4;
    return { kind, start: s, end: e, text: folded.slice(s, e), until: text.slice(untilStart, untilEnd).replace(/\s+/g, ' ').replace(/\s+(?:дейін|dейін)$/iu, '').trim() };
  }
  return null;
}

function cutEvent(folded: string, start: number, end: number): number {
  const stop = EVENT_END.exec(folded.slice(start, end));
  return stop ? start + stop.index : end;
}

/**
 * A "bare" period: the block is little more than a period, with its bound, its start event and
 * perhaps a few words naming the data («Платёжные данные — 5 лет»). Or a strong criterion
 * (until consent is withdrawn, until the purposes are achieved) standing on its own.
 */
export function readBare(text: string, durations: Duration[]): FoundStatement | null {
  if (text.length > 220) return null;
  const folded = foldForMatch(text);
  const d = durations[0];
  if (d) {
    const from = eventAfter(text, folded, d.end, text.length) ?? eventBeforeKazakh(text, folded, 0, d.start);
    const before = folded.slice(0, from && from.end <= d.start ? from.start : d.start).replace(MIN_BEFORE, '').replace(MAX_BEFORE, '');
    const afterStart = from && from.start >= d.end ? from.end : d.end;
    const after = folded.slice(afterStart).replace(MIN_AFTER, '').replace(MAX_AFTER, '');
    const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    if (words(before) > 4 || words(after.replace(/\([^)]*\)/g, '')) > 4) return null;
    const bound: Bound = MIN_BEFORE.test(folded.slice(0, d.start)) || MIN_AFTER.test(folded.slice(d.end)) ? 'min' : MAX_BEFORE.test(folded.slice(0, d.start)) || MAX_AFTER.test(folded.slice(d.end)) ? 'max' : 'exact';
    const label = text.slice(0, from && from.end <= d.start ? from.start : d.start).replace(/[\s:—–-]+$/u, '').trim();
    return {
      start: 0, end: text.length, focus: { start: d.start, end: d.end }, duration: d, bound, from: from?.text ?? null, until: null,
      criterion: null, vague: null, covers: label !== '' && !MIN_BEFORE.test(label.toLowerCase()) && !MAX_BEFORE.test(label.toLowerCase()) ? label : null, sentence: 0, bare: true,
    };
  }
  const criterion = findCriterion(text, folded, 0, folded.length, () => true);
  if (!criterion || criterion.kind === 'event') return null;
  return {
    start: 0, end: text.length, focus: { start: criterion.start, end: criterion.end }, duration: null, bound: null, from: null,
    until: criterion.until, criterion: criterion.kind, vague: null, covers: null, sentence: 0, bare: true,
  };
}
