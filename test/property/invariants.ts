// What must hold of every range the engine returns: inside the document, start before end, and
// never between the two halves of a surrogate pair.
import assert from 'node:assert/strict';
import type { Span } from '../../server/src/engine/index.js';

export function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const low = text.charCodeAt(at);
  const high = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

export function assertRange(text: string, span: Span, what: string): void {
  assert.ok(
    Number.isInteger(span.start) && Number.isInteger(span.end),
    `${what}: offsets are integers ${JSON.stringify(span)}`,
  );
  assert.ok(
    span.start >= 0 && span.start <= span.end && span.end <= text.length,
    `${what}: ${JSON.stringify(span)} outside 0..${text.length}`,
  );
  assert.ok(
    !splitsPair(text, span.start) && !splitsPair(text, span.end),
    `${what}: ${JSON.stringify(span)} splits a surrogate pair`,
  );
}
