// When two retention statements disagree. Precision first: two statements are compared only when
// the words show they cover the same data or purpose, run from the same event, and neither
// qualifies the other in one sentence; rows of one table are separate entries by design; cookie
// lifetimes and deletion deadlines are compared only with their own kind.
// "At least 5 years" and "5 years" agree; "5 years" and "3 years" do not; "at least 5 years" and
// "at most 3 years" do not.
import type { DurationUnit } from '../durations.js';
import { coverKeys, eventKey, sameCoverage, type CoverKeys } from './covers.js';
import type { RetentionStatement } from './index.js';

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

function factsOf(s: RetentionStatement): Facts {
  const row = s.clause?.tableRow
    ? s.clause.blocks
        .filter((b) => b !== s.block)
        .map((b) => b.text)
        .join(' | ')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim()
    : null;
  return { statement: s, keys: coverKeys(s.covers), event: eventKey(s.from), row };
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

export function comparable(a: RetentionStatement, b: RetentionStatement): boolean {
  return comparableFacts(factsOf(a), factsOf(b));
}

const tableOf = (s: RetentionStatement): string | null =>
  s.clause?.tableRow ? `${s.clause.section.index}/${s.clause.tableRow.table}` : null;

/** The statements of each table of a document. */
function statementsByTable(statements: RetentionStatement[]): Map<string, RetentionStatement[]> {
  const out = new Map<string, RetentionStatement[]>();
  for (const s of statements) {
    const key = tableOf(s);
    if (key !== null) out.set(key, [...(out.get(key) ?? []), s]);
  }
  return out;
}

/**
 * A statement that disagrees with one row of a table but agrees with another row that covers it
 * as well: the table tells the two apart («История переписки с чат-ботом | 6 месяцев» beside
 * «Записи разговоров | 1 год», both correspondence), so the statement speaks of the row it agrees with.
 */
function settledByTable(
  x: RetentionStatement,
  y: RetentionStatement,
  byTable: Map<string, RetentionStatement[]>,
): boolean {
  for (const [row, other] of [
    [x, y],
    [y, x],
  ] as const) {
    const table = tableOf(row);
    if (table === null || tableOf(other) === table) continue;
    const rows = byTable.get(table) ?? [];
    if (rows.some((t) => t !== row && periodsDisagree(t, other) === false && comparable(t, other))) return true;
  }
  return false;
}

export function findConflicts(statements: RetentionStatement[]): Conflict[] {
  const conflicts: Conflict[] = [];
  let byTable: Map<string, RetentionStatement[]> | null = null;
  // Only statements of one kind and one measure can disagree (comparableFacts, periodsDisagree):
  // each is compared with the earlier ones of its group alone, which keeps a keystroke cheap.
  // Earlier statements are kept by period ("5 лет", "не менее 3 лет"): those of one period never
  // disagree with each other, so a statement is compared only with the periods that disagree with
  // its own, and a draft that repeats one period thousands of times stays linear.
  const groups = new Map<string, Map<string, Facts[]>>();
  for (const s of statements) {
    if (!s.duration || s.conditional) continue;
    const b = factsOf(s);
    const key = `${s.cookie}/${s.deletion}/${measure(s.duration.value, s.duration.unit).scale}`;
    let periods = groups.get(key);
    if (!periods) groups.set(key, (periods = new Map()));
    const others: RetentionStatement[] = [];
    for (const earlier of periods.values()) {
      if (periodsDisagree(earlier[0]!.statement, s) !== true) continue;
      for (const a of earlier) {
        if (!comparableFacts(a, b)) continue;
        byTable ??= statementsByTable(statements);
        if (!settledByTable(a.statement, s, byTable)) others.push(a.statement);
      }
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
export function contestedStatements(statements: RetentionStatement[]): Set<RetentionStatement> {
  const contested = new Set<RetentionStatement>();
  for (const conflict of findConflicts(statements)) {
    for (const other of conflict.others) {
      if (other.part !== conflict.statement.part) continue;
      contested.add(other);
      contested.add(conflict.statement);
    }
  }
  return contested;
}
