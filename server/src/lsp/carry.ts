// Between two versions of a text: the one range that changed, where an offset of one version lies
// in the other, and what a finding made for the older version becomes in the newer one.
//
// After a keystroke the server publishes the block rules' findings at once and re-runs the
// document-wide rules only after a pause. Meanwhile a document-wide finding of the previous
// version is carried over, so that nothing flickers: each of its places (its range, its related
// places in this document, the ranges its fix and suggestions edit) that ends before the change
// is kept as it is, each that starts after the change is shifted by the change's length, and a
// finding with a place that the change touches (overlaps, or borders on) is dropped until the
// document-wide rules have run on the new text.
import type { Span } from '../engine/index.js';
import { textChange, type TextChange } from '../engine/parse/text-change.js';

export { textChange, type TextChange };

/** Where an offset of the older text lies in the newer one; null strictly inside the replaced range. */
export function forward(offset: number, change: TextChange | null): number | null {
  if (!change || offset <= change.start) return offset;
  if (offset >= change.oldEnd) return offset + change.newEnd - change.oldEnd;
  return null;
}

/** Where an offset of the newer text lies in the older one; null strictly inside the inserted range. */
export function backward(offset: number, change: TextChange | null): number | null {
  if (!change || offset <= change.start) return offset;
  if (offset >= change.newEnd) return offset - change.newEnd + change.oldEnd;
  return null;
}

/** A finding as the engine makes it or renders it: only its places matter here. */
export interface Placed {
  span: Span;
  related?: ReadonlyArray<{ uri?: string; span: Span }>;
  fix?: { edits: readonly Span[] };
  suggestions?: ReadonlyArray<{ edits: readonly Span[] }>;
}

/** A place after the change: the same object when the change lies after it, shifted when before, null when touched. */
function carrySpan<S extends Span>(span: S, change: TextChange): S | null {
  if (span.end < change.start) return span;
  if (span.start > change.oldEnd) {
    const delta = change.newEnd - change.oldEnd;
    return { ...span, start: span.start + delta, end: span.end + delta };
  }
  return null;
}

function carryAll<S extends Span>(spans: readonly S[], change: TextChange): S[] | null {
  let out: S[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const carried = carrySpan(spans[i]!, change);
    if (!carried) return null;
    if (carried !== spans[i] && !out) out = spans.slice(0, i);
    out?.push(carried);
  }
  return out ?? (spans as S[]);
}

/**
 * The finding as it stands in the changed text of document `uri` (places in other documents stay
 * as they are), or null when the change touches one of its places. An unmoved finding is returned
 * as the same object.
 */
export function carryOver<F extends Placed>(finding: F, change: TextChange | null, uri: string): F | null {
  if (!change) return finding;
  const span = carrySpan(finding.span, change);
  if (!span) return null;
  let moved = span !== finding.span;
  let related = finding.related;
  if (related) {
    const out: Array<{ uri?: string; span: Span }> = [];
    for (const r of related) {
      if (r.uri !== undefined && r.uri !== uri) {
        out.push(r);
        continue;
      }
      const s = carrySpan(r.span, change);
      if (!s) return null;
      out.push(s === r.span ? r : { ...r, span: s });
      moved ||= s !== r.span;
    }
    related = out;
  }
  let fix = finding.fix;
  if (fix) {
    const edits = carryAll(fix.edits, change);
    if (!edits) return null;
    if (edits !== fix.edits) {
      fix = { ...fix, edits };
      moved = true;
    }
  }
  let suggestions = finding.suggestions;
  if (suggestions) {
    const out: Array<{ edits: readonly Span[] }> = [];
    for (const s of suggestions) {
      const edits = carryAll(s.edits, change);
      if (!edits) return null;
      out.push(edits === s.edits ? s : { ...s, edits });
      moved ||= edits !== s.edits;
    }
    suggestions = out;
  }
  if (!moved) return finding;
  return {
    ...finding,
    span,
    ...(related ? { related } : {}),
    ...(fix ? { fix } : {}),
    ...(suggestions ? { suggestions } : {}),
  } as F;
}
