// What the parser could not read as written becomes one information finding per kind and
// document, at the first place, so that a hostile paste never floods the editor.
import { MAX_NESTING } from '../parse/nesting.js';
import { MAX_RUN_CHARS, MAX_RUN_LINES } from '../parse/plain-runs.js';
import type { DeepNestingNote, ParseNote } from '../parse/blocks.js';
import type { PlainTextNote } from '../parse/plain-runs.js';
import type { Finding } from '../types.js';
import type { PolicyDocument } from './document.js';

export function parseNotes(doc: PolicyDocument): Finding[] {
  const deep = doc.notes.filter((n): n is DeepNestingNote => n.id === 'parse/deep-nesting');
  const plain = doc.notes.filter((n): n is PlainTextNote => n.id === 'parse/plain-text');
  const findings: Finding[] = [];
  if (deep[0]) {
    const depth = Math.max(...deep.map((n) => n.depth));
    findings.push(note(deep[0], { depth, max: MAX_NESTING, count: deep.length }));
  }
  if (plain[0]) {
    const { chars, lines } = plain[0];
    findings.push(
      note(plain[0], { chars, lines, maxChars: MAX_RUN_CHARS, maxLines: MAX_RUN_LINES, count: plain.length }),
    );
  }
  return findings;
}

function note(at: ParseNote, data: Record<string, number>): Finding {
  return { ruleId: 'parse', severity: 'info', message: { id: at.id, data }, span: { start: at.start, end: at.end } };
}
