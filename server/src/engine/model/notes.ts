// What the parser could not read as written becomes one information finding per document, at
// the first place, so that a hostile paste never floods the editor.
import { MAX_NESTING } from '../parse/nesting.js';
import type { Finding } from '../types.js';
import type { PolicyDocument } from './document.js';

export function parseNotes(doc: PolicyDocument): Finding[] {
  const first = doc.notes[0];
  if (!first) return [];
  const depth = Math.max(...doc.notes.map((n) => n.depth));
  return [
    {
      ruleId: 'parse',
      severity: 'info',
      message: { id: first.id, data: { depth, max: MAX_NESTING, count: doc.notes.length } },
      span: { start: first.start, end: first.end },
    },
  ];
}
