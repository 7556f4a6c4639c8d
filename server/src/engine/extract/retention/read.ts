// Reads the retention statements of one block's text, sentence by sentence: a period (or a
// period-less end such as "until consent is withdrawn") that stands near words of keeping data
// ("retain", «хранятся», «сақталады») or of deleting them ("deleted after 90 days"), with its
// bound, the event it runs from, and the words that say what it covers; or a statement that
// gives no usable end ("as long as necessary", "without any time limit").
import type { Lang } from '../../types.js';
import { foldForMatch } from '../../language/normalize.js';
import type { Duration } from '../durations.js';
import { splitSentences } from './sentences.js';
import type { Criterion, Hit, Hits, RetentionWords, Vagueness } from './vocabulary.js';
import { boundAround, eventAfter, eventBeforeKazakh, leadingEvent, type Bound } from './period.js';
import { findCriterion, findIndefinite, findVague } from './criteria.js';
import { deletionDeadline, deletionRule } from './deletion.js';
import { coversBefore, coversBetween } from './covers-text.js';
import { clauseBreak, clauseStart, holdsAny, trimStartIndex } from './text.js';
import { covering, endingBy, firstFrom, nearestGap, spansWithin } from './spans.js';

export type { Bound } from './period.js';

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
  /** A deadline to delete: compared only with other deadlines. */
  deletion: boolean;
  /** The sentence opens with a condition ("If you would like …", «В случае …»): an exception, never compared. */
  conditional: boolean;
  /** What it covers names cookies: a cookie's lifetime. */
  cookie: boolean;
}

const CUE_DISTANCE = 100;
const CRITERION_DISTANCE = 250;
const EVENT_AFTER_CUE = 60;
const NOT_RETENTION_DISTANCE = 30;
const QUALIFIER_REACH = 300;

interface Span {
  start: number;
  end: number;
}

const OR_GAP = 12;

/** Whether only "or" («или», «немесе») stands between a period and an end beside it. */
export function orBetween(hits: Hits, d: Span, end: Span): boolean {
  const [from, to] = end.start >= d.end ? [d.end, end.start] : [end.end, d.start];
  return to >= from && to - from <= OR_GAP && hits.within('retention-or', from, to).length > 0;
}

/** Two lists of hits as one, in order of their start (the lookups in spans.ts need the order). */
function merged(a: Hit[], b: Hit[]): Hit[] {
  return b.length === 0 ? a : a.length === 0 ? b : [...a, ...b].sort((x, y) => x.start - y.start);
}

function gap(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** Words of keeping that speak of keeping data: not "keep you informed", not "data storage systems". */
export function keepingCues(hits: Hits): Hit[] {
  return hits
    .of('retention-cue')
    .filter((c) => !covering(hits.of('retention-storage-place'), c) && !covering(hits.of('retention-not-keeping'), c));
}

/** Statements with a word of keeping or deleting, sentence by sentence. */
export function readSentences(
  text: string,
  durations: Duration[],
  lang: Lang | null,
  words: RetentionWords,
): FoundStatement[] {
  const hits = words.scan(text);
  const cues = keepingCues(hits);
  const verbs = hits.of('retention-deletion');
  const processing = hits.of('retention-processing-cue');
  if (cues.length === 0 && verbs.length === 0 && processing.length === 0) return [];
  const folded = foldForMatch(text);
  const out: FoundStatement[] = [];
  const label = labelOf(text);
  splitSentences(text).forEach((s, index) => {
    const reader = new SentenceReader(
      text,
      folded,
      hits,
      s,
      index,
      lang,
      spansWithin(cues, s.start, s.end),
      spansWithin(verbs, s.start, s.end),
      spansWithin(processing, s.start, s.end),
    );
    // "Hashed IP addresses: kept with the records …": the label names what the sentence leaves unnamed.
    for (const f of reader.read(spansWithin(durations, s.start, s.end)))
      out.push(f.covers === null && label && f.start <= label.end ? { ...f, covers: label.text } : f);
  });
  return out;
}

const LABEL_WORDS = 6;

/** A short label that opens the block and ends in a colon: «Хэши IP-адресов:». */
function labelOf(text: string): { text: string; end: number } | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 80) return null;
  const label = text.slice(0, colon).trim();
  return /\p{L}/u.test(label) && !/\d/u.test(label) && label.split(/\s+/u).length <= LABEL_WORDS
    ? { text: label, end: colon + 1 }
    : null;
}

class SentenceReader {
  constructor(
    private readonly text: string,
    private readonly folded: string,
    private readonly hits: Hits,
    private readonly s: Span,
    private readonly index: number,
    private readonly lang: Lang | null,
    private readonly cues: Hit[],
    private readonly verbs: Hit[],
    private readonly processing: Hit[],
  ) {}

  read(durations: Duration[]): FoundStatement[] {
    if (this.cues.length === 0 && this.verbs.length === 0 && this.processing.length === 0) return [];
    const periods = this.periods(durations);
    if (periods.length > 0) return periods;
    return this.periodless();
  }

  private near(place: Span, distance: number, cues: Hit[] = this.cues): boolean {
    return nearestGap(cues, place) <= distance;
  }

  /** A period right after words of answering, notifying, reviewing, or of age, is no retention period. */
  private notRetention(d: Duration): boolean {
    const from = clauseStart(this.folded, this.s.start, d.start);
    const before = (family: string): boolean => {
      for (const h of endingBy(this.hits.of(family), d.start))
        if (
          h.start >= from &&
          d.start - h.end <= NOT_RETENTION_DISTANCE &&
          !holdsAny(this.folded, h.end, d.start, '.;,')
        )
          return true;
      return false;
    };
    return before('retention-not-period') || before('retention-deletion');
  }

  /** «Деректер … 30 күн ішінде жойылады», "… within 30 days are deleted": the deletion verb after the period is closer than any word of keeping. */
  private deletionAfter(d: Duration): boolean {
    const stop = clauseBreak(this.folded, d.end, this.s.end);
    const clauseEnd = stop >= 0 ? stop : this.s.end;
    const verb = this.verbs[firstFrom(this.verbs, d.end)];
    if (!verb || verb.end > clauseEnd) return false;
    return verb.start - d.end < nearestGap(this.cues, d);
  }

  private periods(durations: Duration[]): FoundStatement[] {
    const out: FoundStatement[] = [];
    let previousEnd = this.s.start;
    for (const d of durations) {
      const keep = this.near(d, CUE_DISTANCE) && !this.notRetention(d) && !this.deletionAfter(d);
      const first = previousEnd === this.s.start;
      const deadline = keep ? null : deletionDeadline(this.text, this.folded, this.hits, this.s, d, this.verbs, first);
      if (!keep && !deadline) continue;
      out.push(keep ? this.readPeriod(d, previousEnd) : this.readDeadline(d, previousEnd, deadline!));
      previousEnd = d.end;
    }
    return out;
  }

  private readPeriod(d: Duration, previousEnd: number): FoundStatement {
    const { text, folded, hits, s } = this;
    const clause = clauseStart(folded, s.start, d.start);
    const around = boundAround(folded, hits, d, clause, s.end);
    let bound = around.bound;
    const leading = previousEnd === s.start ? leadingEvent(text, folded, hits, s.start, d.start) : null;
    const from =
      eventAfter(text, folded, hits, d.end, s.end) ??
      (leading && leading.event.end <= d.start ? leading.event : null) ??
      eventBeforeKazakh(text, folded, hits, clause, d.start);
    // An end that qualifies the period stands near it (and looking only there keeps long sentences cheap).
    const criterion = findCriterion(
      text,
      folded,
      hits,
      Math.max(s.start, d.start - QUALIFIER_REACH),
      Math.min(s.end, d.end + QUALIFIER_REACH),
      () => true,
      { avoid: [d.start, d.end] },
    );
    const until = criterion && (!from || criterion.start >= from.end || criterion.end <= from.start) ? criterion : null;
    // "180 days or until you delete your account", «браузер жабылғанға дейін немесе 7 күн»: whichever comes first.
    if (criterion && bound === 'exact' && orBetween(hits, d, criterion)) bound = 'max';
    const coversEnd = from && from.end <= d.start && from !== leading?.event ? from.start : d.start;
    return this.statement({
      focus: { start: around.start, end: d.end },
      duration: d,
      bound,
      from: from?.text ?? null,
      until: until?.until ?? null,
      criterion: criterion?.kind ?? null,
      covers: coversBetween(
        text,
        folded,
        leading && leading.event.end <= d.start ? leading.after : previousEnd,
        coversEnd,
        this.cues,
        this.lang,
      ),
    });
  }

  private readDeadline(
    d: Duration,
    previousEnd: number,
    reading: NonNullable<ReturnType<typeof deletionDeadline>>,
  ): FoundStatement {
    const from = reading.from ?? reading.leading?.event ?? null;
    const coversStart = reading.leading ? reading.leading.after : previousEnd;
    return this.statement({
      focus: { start: Math.min(reading.boundStart, d.start), end: d.end },
      duration: d,
      bound: reading.bound,
      from: from?.text ?? null,
      until: null,
      criterion: null,
      covers: coversBetween(this.text, this.folded, coversStart, d.start, this.verbs, this.lang),
      deletion: true,
    });
  }

  private periodless(): FoundStatement[] {
    const { text, folded, hits, s } = this;
    const anyCue = merged(this.cues, this.processing);
    // An end that need never come ("until liquidation of the operator") makes even a criterion vague.
    const indefinite = findIndefinite(hits, s.start, s.end, (h) => this.near(h, CRITERION_DISTANCE, anyCue));
    if (indefinite?.openEnd) return [this.vague('indefinite', indefinite.hit)];
    if (this.cues.length > 0) {
      // A bare "until …" must follow the verb closely ("kept until …"); a named criterion may stand further off.
      const cueBefore = (start: number): boolean => {
        for (const c of endingBy(this.cues, start))
          if (start - c.end <= EVENT_AFTER_CUE && !holdsAny(folded, c.end, start, ';')) return true;
        return false;
      };
      const criterion = findCriterion(text, folded, hits, s.start, s.end, (h, kind) => {
        if (kind === 'event') return cueBefore(h.start);
        // "according to our retention policy": its own word of keeping is not the cue.
        if (kind === 'reference')
          return spansWithin(this.cues, h.start - CRITERION_DISTANCE - 40, h.end + CRITERION_DISTANCE).some(
            (c) => (c.end <= h.start || c.start >= h.end) && gap(c, h) <= CRITERION_DISTANCE,
          );
        return this.near(h, CRITERION_DISTANCE);
      });
      if (criterion)
        return [
          this.statement({
            focus: criterion,
            criterion: criterion.kind,
            until: criterion.until,
            covers: coversBefore(text, folded, s.start, criterion.start, merged(this.cues, this.verbs), this.lang),
          }),
        ];
    }
    if (this.verbs.length > 0) {
      const rule = deletionRule(text, folded, hits, s, this.verbs);
      if (rule?.criterion)
        return [
          this.statement({
            focus: rule.criterion,
            criterion: rule.criterion.kind,
            until: rule.criterion.until,
            covers: coversBefore(
              text,
              folded,
              s.start,
              Math.min(rule.criterion.start, rule.verb.start),
              this.verbs,
              this.lang,
            ),
          }),
        ];
      if (rule?.leading) {
        const event = rule.leading.event;
        return [
          this.statement({
            focus: event,
            criterion: 'event',
            until: event.text,
            covers: coversBetween(text, folded, rule.leading.after, rule.verb.start, [], this.lang),
          }),
        ];
      }
    }
    if (indefinite) return this.namesAnonymousData(indefinite.hit) ? [] : [this.vague('indefinite', indefinite.hit)];
    if (this.cues.length > 0) {
      const vague = findVague(hits, s.start, s.end, (h) => this.near(h, CRITERION_DISTANCE) && !this.aboutValidity(h));
      if (vague) return [this.vague(vague.kind, vague)];
    }
    return [];
  }

  /**
   * "Aggregated and anonymised data may be kept indefinitely": data named before the unlimited term
   * that identify no one are not personal data, so keeping them without a limit is no retention
   * statement at all.
   */
  private namesAnonymousData(h: Hit): boolean {
    return spansWithin(this.hits.of('retention-anonymous-data'), this.s.start, h.start).length > 0;
  }

  /**
   * «Код действует ограниченное время и не хранится»: the vague term says how long a code stays
   * valid, not how long data are kept: a word of validity is nearer to it than any word of keeping
   * the sentence does not deny.
   */
  private aboutValidity(h: Hit): boolean {
    const validity = spansWithin(this.hits.of('retention-validity'), this.s.start, this.s.end);
    if (validity.length === 0) return false;
    const denied = this.hits.of('retention-denied-cue');
    const kept = this.cues.filter((c) => !covering(denied, c));
    return nearestGap(validity, h) < nearestGap(kept, h);
  }

  private conditional(): boolean {
    return (
      this.hits.startingAt('retention-leading-condition', trimStartIndex(this.folded, this.s.start, this.s.end)) !==
      null
    );
  }

  private vague(kind: Vagueness, at: Span): FoundStatement {
    return this.statement({
      focus: at,
      vague: kind,
      covers: coversBefore(
        this.text,
        this.folded,
        this.s.start,
        at.start,
        merged(this.cues, this.processing),
        this.lang,
      ),
    });
  }

  private statement(parts: Partial<FoundStatement> & { focus: Span }): FoundStatement {
    return {
      start: this.s.start,
      end: this.s.end,
      duration: null,
      bound: null,
      from: null,
      until: null,
      criterion: null,
      vague: null,
      covers: null,
      sentence: this.index,
      bare: false,
      deletion: false,
      conditional: this.conditional(),
      cookie: false,
      ...parts,
      focus: { start: parts.focus.start, end: parts.focus.end },
    };
  }
}
