// When two retention statements disagree. Precision first: two statements are compared only when
// the words show they cover the same data or purpose, run from the same event, and neither
// qualifies the other in one sentence; rows of one table are separate entries by design.
// "At least 5 years" and "5 years" agree; "5 years" and "3 years" do not; "at least 5 years" and
// "at most 3 years" do not.
import type { DurationUnit } from '../durations.js';
import { coverKeys, eventKey, sameCoverage } from './covers.js';
import type { RetentionStatement } from './index.js';

export interface Conflict {
  /** The later statement, where the finding is shown. */
  statement: RetentionStatement;
  /** The earlier statements it disagrees with. */
  others: RetentionStatement[];
}

/** A period in a common measure, or null when two units cannot be compared surely (working days). */
function measure(value: number, unit: DurationUnit): { scale: 'months' | 'days' | 'workingDays' | 'hours'; amount: number } {
  switch (unit) {
    case 'year': return { scale: 'months', amount: value * 12 };
    case 'month': return { scale: 'months', amount: value };
    case 'week': return { scale: 'days', amount: value * 7 };
    case 'day':
    case 'calendarDay': return { scale: 'days', amount: value };
    case 'workingDay': return { scale: 'workingDays', amount: value };
    case 'hour': return { scale: 'hours', amount: value };
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

/** Whether two statements of one document speak of the same thing closely enough to compare. */
export function comparable(a: RetentionStatement, b: RetentionStatement): boolean {
  if (a.sentenceKey === b.sentenceKey || !a.duration || !b.duration) return false;
  // A bare period with nothing saying what it covers cannot be matched to anything.
  if ((a.bare || b.bare) && (a.covers === null || b.covers === null)) return false;
  const rowA = a.clause?.tableRow;
  const rowB = b.clause?.tableRow;
  if (rowA && rowB && rowA.table === rowB.table && rowWords(a) !== rowWords(b)) return false;
  if (!sameCoverage(coverKeys(a.covers), coverKeys(b.covers))) return false;
  const ea = eventKey(a.from);
  const eb = eventKey(b.from);
  return ea === null || eb === null || ea === eb;
}

/** A table row's other cells (purpose, basis, data): two rows are one entry only when these agree. */
function rowWords(s: RetentionStatement): string {
  return (s.clause?.blocks ?? []).filter((b) => b !== s.block).map((b) => b.text).join(' | ').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function findConflicts(statements: RetentionStatement[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const withPeriod = statements.filter((s) => s.duration);
  for (let j = 1; j < withPeriod.length; j++) {
    const b = withPeriod[j]!;
    const others = withPeriod.slice(0, j).filter((a) => comparable(a, b) && periodsDisagree(a, b) === true);
    if (others.length > 0) conflicts.push({ statement: b, others });
  }
  return conflicts;
}
