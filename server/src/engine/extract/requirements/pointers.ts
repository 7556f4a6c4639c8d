// Sentences that state an item only by pointing elsewhere: "the person responsible…, whose contacts
// are given in section 11". Such a sentence states the item only when the place it points to does
// (a promise is not the fact), so its evidence waits until the rest of the part is read.
// A pointer is a reference resolved to another place of the document (extract/references.ts) and
// a pointing word (vocabulary/terms.yaml `reference-pointer`) in one sentence that itself gives no
// e-mail, phone or address.
import type { Block, PolicyDocument } from '../../model/document.js';
import type { Span } from '../../types.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import { documentReferences } from '../references.js';
import { sentenceBounds } from '../jurisdictions/sentences.js';
import { blockFacts } from './facts.js';
import type { Evidence } from './evidence.js';

/** A sentence of a block (indices into its text) and the place it points to (absolute). */
export interface Pointer {
  start: number;
  end: number;
  /** From the target to the end of its section: what the target may state. */
  target: Span;
  /** The sentence sends the reader to contact details («по контактам, указанным в разделе 7»). */
  contacts: boolean;
}

const CONTACT_FACTS = new Set(['email', 'phone', 'postal-address']);

/** The sentences of a block that point elsewhere for what they speak of. */
export function blockPointers(doc: PolicyDocument, block: Block, words: Lexicon): Pointer[] {
  if (!words.test('reference-pointer', block.text)) return [];
  const references = documentReferences(doc, words).filter((r) => r.block === block && r.target !== null);
  if (references.length === 0) return [];
  const facts = blockFacts(block, words).filter((f) => CONTACT_FACTS.has(f.kind));
  const out: Pointer[] = [];
  for (const [start, end] of sentenceBounds(block.text)) {
    const sentence = block.sourceSpan(start, end);
    const reference = references.find((r) => sentence.start <= r.span.start && r.span.end <= sentence.end);
    if (!reference) continue;
    if (!words.test('reference-pointer', block.text.slice(start, end))) continue;
    if (facts.some((f) => f.start < end && start < f.end)) continue;
    const target = targetRegion(doc, reference.target!);
    // "See below" within its own place points nowhere else.
    if (target.start <= sentence.start && sentence.end <= target.end) continue;
    out.push({ start, end, target, contacts: words.test('reference-contact-details', block.text.slice(start, end)) });
  }
  return out;
}

/** The target and what follows it in its section (a heading: the whole section). */
function targetRegion(doc: PolicyDocument, target: Span): Span {
  const block = doc.blocks.find((b) => b.start <= target.start && target.start < Math.max(b.end, b.start + 1));
  if (!block) return target;
  const section = block.section;
  return { start: block === section.heading ? section.span.start : target.start, end: section.span.end };
}

/** Evidence from a sentence that points elsewhere, waiting for what its target states. */
export interface Deferred {
  map: Map<string, Evidence[]>;
  key: string;
  target: Span;
  evidence: Evidence;
  contacts: boolean;
}

/**
 * Holds back a match (indices into the block's text) that stands in a pointer: true when it is
 * held back, false when it is evidence as it stands.
 */
export function defer(
  at: { block: Block; section: number; pointers: readonly Pointer[]; deferred: Deferred[] },
  map: Map<string, Evidence[]>,
  key: string,
  start: number,
  end: number,
  what: Pick<Evidence, 'via' | 'kind'>,
): boolean {
  const pointer = at.pointers.find((p) => p.start <= start && end <= p.end);
  if (!pointer) return false;
  const evidence: Evidence = { span: at.block.sourceSpan(start, end), ...what, section: at.section };
  at.deferred.push({ map, key, target: pointer.target, evidence, contacts: pointer.contacts });
  return true;
}

// What a channel answers: a sentence that sends the subject with its requests to the contact
// details given elsewhere («для реализации прав обратитесь по контактам, указанным в разделе 7")
// states where requests go once those details are there; the place need not speak of requests.
const ANSWERED_BY_CONTACTS = new Set(['requests']);

/** True when the place holds an e-mail, phone or postal address. */
export function holdsContacts(doc: PolicyDocument, target: Span, words: Lexicon): boolean {
  return doc.blocks.some(
    (b) =>
      b.start < target.end &&
      target.start < b.end &&
      blockFacts(b, words).some((f) => {
        const at = b.sourceSpan(f.start, f.end).start;
        return CONTACT_FACTS.has(f.kind) && target.start <= at && at < target.end;
      }),
  );
}

/**
 * A pointer counts when the place it points to states the same thing (read without pointers), or,
 * for requests sent to contact details, when it gives them. A place outside the text read (another
 * language version in the same file) is not judged here.
 */
export function settle(
  deferred: readonly Deferred[],
  read: readonly Span[],
  room: (map: Map<string, Evidence[]>, key: string) => boolean,
  add: (map: Map<string, Evidence[]>, key: string, e: Evidence) => void,
  contactsAt: (target: Span) => boolean = () => false,
): void {
  for (const d of deferred) {
    const inside = read.some((r) => r.start <= d.target.start && d.target.start < r.end);
    const there =
      (d.map.get(d.key) ?? []).some((e) => d.target.start <= e.span.start && e.span.end <= d.target.end) ||
      (d.contacts && ANSWERED_BY_CONTACTS.has(d.key) && contactsAt(d.target));
    if ((there || !inside) && room(d.map, d.key)) add(d.map, d.key, d.evidence);
  }
}
