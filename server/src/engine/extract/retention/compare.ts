// When two retention statements disagree. Precision first: two statements are compared only when
// the words show they cover the same data or purpose, run from the same event, and neither
// qualifies the other in one sentence; rows of one table are separate entries by design; cookie
// lifetimes and deletion deadlines are compared only with their own kind.
// "At least 5 years" and "5 years" agree; "5 years" and "3 years" do not; "at least 5 years" and
// "at most 3 years" do not.
import type { DurationUnit } from '../durations.js';
import { coverKeys, eventKey, sameCoverage, type CoverKeys } from './covers.js';
import type { RetentionStatement } from './index.js';
import { lexicon, type Lexicon } from '../vocabulary/lexicon.js';
import { runSteps, stepEnds, type Steps } from '../steps.js';

export interface Conflict {
  /** The later statement, where the finding is shown. */
  statement: RetentionStatement;
  /** The earlier statements it disagrees with. */
  others: RetentionStatement[];
}

/** A period in a common measure, or null when two units cannot be compared surely (working days). */
function measure(
  value: number,
  unit: DurationUnit,
): { scale: 'months' | 'days' | 'workingDays' | 'hours'; amount: number } {
  switch (unit) {
    case 'year':
      return { scale: 'months', amount: value * 12 };
    case 'month':
      return { scale: 'months', amount: value };
    case 'week':
      return { scale: 'days', amount: value * 7 };
    case 'day':
    case 'calendarDay':
      return { scale: 'days', amount: value };
    case 'workingDay':
      return { scale: 'workingDays', amount: value };
    case 'hour':
      return { scale: 'hours', amount: value };
  }
}

/** Whether the periods of two statements contradict each other; null when they cannot be compared. */
export function periodsDisagree(a: RetentionStatement, b: RetentionStatement): boolean | null {
  if (!a.duration || !b.duration) return null;
  const ma = measure(a.duration.value, a.duration.unit);
  const mb = measure(b.duration.value, b.duration.unit);
  if (ma.scale !== mb.scale) return null;
  const [x, y] = [ma.amount, mb.amount];
  const ba = a.bound ?? 'exact';
  const bb = b.bound ?? 'exact';
  if (ba === 'exact' && bb === 'exact') return x !== y;
  if (ba === 'exact' && bb === 'min') return x < y;
  if (ba === 'min' && bb === 'exact') return y < x;
  if (ba === 'exact' && bb === 'max') return x > y;
  if (ba === 'max' && bb === 'exact') return y > x;
  if (ba === 'min' && bb === 'max') return x > y;
  if (ba === 'max' && bb === 'min') return y > x;
  return false;
}

/** What comparing needs of a statement, read once. */
interface Facts {
  statement: RetentionStatement;
  keys: CoverKeys;
  event: string | null;
  /** The other cells of its table row, or null outside tables. */
  row: string | null;
}

function factsOf(s: RetentionStatement, words: Lexicon): Facts {
  const row = s.clause?.tableRow
    ? s.clause.blocks
        .filter((b) => b !== s.block)
        .map((b) => b.text)
        .join(' | ')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim()
    : null;
  return { statement: s, keys: coverKeys(s.covers, words), event: eventKey(s.from, words), row };
}

/** Whether two statements of one document speak of the same thing closely enough to compare. */
function comparableFacts(fa: Facts, fb: Facts): boolean {
  const a = fa.statement;
  const b = fb.statement;
  if (a.sentenceKey === b.sentenceKey || !a.duration || !b.duration) return false;
  // A cookie's lifetime is no retention period of other data, and a deadline to delete is no
  // period of keeping: each is compared only with its own kind.
  if (a.cookie !== b.cookie || a.deletion !== b.deletion) return false;
  // "If you would like …, longer than the default of 0 days": an exception to the rule, not a second rule.
  if (a.conditional || b.conditional) return false;
  // A bare period with nothing saying what it covers cannot be matched to anything.
  if ((a.bare || b.bare) && (a.covers === null || b.covers === null)) return false;
  // Rows of one table are separate entries, unless their other cells say the same.
  if (
    fa.row !== null &&
    fb.row !== null &&
    a.clause!.tableRow!.table === b.clause!.tableRow!.table &&
    fa.row !== fb.row
  )
    return false;
  if (!sameCoverage(fa.keys, fb.keys)) return false;
  return fa.event === null || fb.event === null || fa.event === fb.event;
}

export function comparable(a: RetentionStatement, b: RetentionStatement, words: Lexicon = lexicon()): boolean {
  return comparableFacts(factsOf(a, words), factsOf(b, words));
}

/** The table a statement stands in, or null. */
function tableOf(f: Facts): number | null {
  return f.row === null ? null : f.statement.clause!.tableRow!.table;
}

// Words of five letters or more (no conjunctions: «және», «and») compared by their first five
// letters, so that inflections meet: «история» / «историю»,
// «журнал» / «журналда».
const STEM = 5;
function stems(f: Facts): Set<string> {
  return new Set(
    f.keys.rest
      .split(' ')
      .filter((w) => w.length >= STEM)
      .map((w) => w.slice(0, STEM)),
  );
}

/** How closely two statements name the same data: shared categories and shared words. */
function closeness(a: Facts, b: Facts): number {
  const shared = a.keys.categories.filter((c) => b.keys.categories.includes(c)).length;
  const words = stems(b);
  let common = 0;
  for (const w of stems(a)) if (words.has(w)) common++;
  return shared + common;
}

/**
 * A retention table lists its data one row each: a sentence elsewhere that speaks of data the
 * table lists is about the row that names that data best («историю переписки» is the chat
 * history row, not the call recordings row of the same category). It is compared with those rows
 * only, and not at all when one of them agrees with it: the words do not tell which one it means.
 */
function rowJudge(statements: Facts[]): (sentence: Facts, row: Facts) => boolean {
  const tables = new Map<number, Facts[]>();
  for (const f of statements) {
    const table = tableOf(f);
    if (table === null) continue;
    const rows = tables.get(table);
    if (rows) rows.push(f);
    else tables.set(table, [f]);
  }
  const verdicts = new Map<Facts, Map<number, Set<Facts>>>();
  const bestRows = (sentence: Facts, table: number): Set<Facts> => {
    let byTable = verdicts.get(sentence);
    if (!byTable) verdicts.set(sentence, (byTable = new Map()));
    let best = byTable.get(table);
    if (best) return best;
    let top = -1;
    let candidates: Facts[] = [];
    for (const row of tables.get(table) ?? []) {
      if (!comparableFacts(sentence, row)) continue;
      const score = closeness(sentence, row);
      if (score > top) [top, candidates] = [score, [row]];
      else if (score === top) candidates.push(row);
    }
    const agrees = candidates.some((row) => periodsDisagree(row.statement, sentence.statement) === false);
    byTable.set(table, (best = new Set(agrees ? [] : candidates)));
    return best;
  };
  return (sentence, row) => bestRows(sentence, tableOf(row)!).has(row);
}

/** Statements of one list that disagree; `words` reads what each covers and runs from. */
export function findConflicts(statements: RetentionStatement[], words: Lexicon = lexicon()): Conflict[] {
  return runSteps(findConflictSteps(statements, words));
}

/**
 * `findConflicts` in steps of a few statements: a statement is compared with every earlier one of
 * a disagreeing period that may cover the same data, so a draft that repeats its retention table
 * hundreds of times makes millions of comparisons, which the server's steps then spread out.
 */
export function* findConflictSteps(statements: RetentionStatement[], words: Lexicon = lexicon()): Steps<Conflict[]> {
  const conflicts: Conflict[] = [];
  // Only statements of one kind and one measure can disagree (comparableFacts, periodsDisagree):
  // each is compared with the earlier ones of its group alone, which keeps a keystroke cheap.
  // Earlier statements are kept by period ("5 лет", "не менее 3 лет"): those of one period never
  // disagree with each other, so a statement is compared only with the periods that disagree with
  // its own, and a draft that repeats one period thousands of times stays linear.
  const groups = new Map<string, Map<string, Facts[]>>();
  const facts = statements.filter((s) => s.duration && !s.conditional).map((s) => factsOf(s, words));
  const rowMatches = rowJudge(facts);
  const compare = (a: Facts, b: Facts): boolean => {
    if (!comparableFacts(a, b)) return false;
    const [ta, tb] = [tableOf(a), tableOf(b)];
    if (ta === tb) return true;
    if (tb !== null && ta === null) return rowMatches(a, b);
    if (ta !== null && tb === null) return rowMatches(b, a);
    return true;
  };
  for (const [i, b] of facts.entries()) {
    if (stepEnds(i)) yield;
    const s = b.statement;
    if (!s.duration) continue;
    const key = `${s.cookie}/${s.deletion}/${measure(s.duration.value, s.duration.unit).scale}`;
    let periods = groups.get(key);
    if (!periods) groups.set(key, (periods = new Map()));
    const others: RetentionStatement[] = [];
    for (const earlier of periods.values()) {
      if (periodsDisagree(earlier[0]!.statement, s) !== true) continue;
      for (const a of earlier) if (compare(a, b)) others.push(a.statement);
    }
    // In the order the statements stand, as before the grouping.
    if (others.length > 0) conflicts.push({ statement: s, others: others.sort((x, y) => x.span.start - y.span.start) });
    const period = `${s.duration.value}/${s.duration.unit}/${s.bound ?? 'exact'}`;
    const same = periods.get(period);
    if (same) same.push(b);
    else periods.set(period, [b]);
  }
  return conflicts;
}

/**
 * The statements that disagree with another of their own language version: where the primary
 * version contradicts itself, it has no one period that the other versions should copy.
 */
export function contestedStatements(
  statements: RetentionStatement[],
  words: Lexicon = lexicon(),
): Set<RetentionStatement> {
  const contested = new Set<RetentionStatement>();
  for (const conflict of findConflicts(statements, words)) {
    for (const other of conflict.others) {
      if (other.part !== conflict.statement.part) continue;
      contested.add(other);
      contested.add(conflict.statement);
    }
  }
  return contested;
}
