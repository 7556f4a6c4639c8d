// What a block says beyond the topic phrases it uses, read from the phrase families of
// vocabulary/contacts.yaml and negation.yaml, cached with the block:
// - a drafting instruction left in a template ("Replace in the final version: state the
//   operator's name…") names what should be stated and states none of it;
// - a request word beside an e-mail, phone or address says where requests go ("Requests can be
//   sent to privacy@…"): the requests procedure;
// - an invitation to get in touch beside a web address or a form ("Contact us through the form at
//   …") says how to contact the operator; a form the user fills in to give data ("When you submit
//   the contact form we collect your name") does not;
// - rights that are not the subject's ("we reserve the right to…", "this does not reduce your
//   rights") state no right of the subject;
// - a legal basis demanded of someone else ("customers must have a lawful basis for the data they
//   collect through the platform") states no basis of the operator's own processing.
import type { Block } from '../../model/document.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import type { SectionKind } from '../../types.js';
import type { Fact } from './facts.js';
import { compactList, emptyList, memoKindOf, recall, remember } from '../../parse/memo.js';

export interface Readings {
  instruction: boolean;
  /** Where the block says requests go (indices into its text), if it does. */
  requests: { start: number; end: number } | null;
  /** Where the block invites contact through a web address or a form, if it does. */
  contactForm: { start: number; end: number } | null;
  /** Places that speak of rights that are not the subject's. */
  notRights: Array<{ start: number; end: number }>;
  /** Sentences that demand a legal basis of someone other than the operator. */
  othersBasis: Array<{ start: number; end: number }>;
}

const CONTACT_FACTS = new Set<Fact['kind']>(['email', 'phone', 'postal-address']);
const WEB = /(?:https?:\/\/|www\.)\S+|\b[\p{L}\d-]+\.(?:kz|ru|com|org|net|io|app|me|co|uz|eu)\b/iu;

export function blockReadings(block: Block, facts: readonly Fact[], words: Lexicon): Readings {
  const kind = memoKindOf('requirements/readings', words.id);
  const cached = recall<Readings>(block.core, kind);
  if (cached) return cached;
  const text = block.text;
  const readings: Readings = {
    instruction: words.test('drafting-instruction', text),
    requests: null,
    contactForm: null,
    notRights: emptyList(),
    othersBasis: emptyList(),
  };
  if (!readings.instruction) {
    if (facts.some((f) => CONTACT_FACTS.has(f.kind))) {
      const request = words.find('contact-request', text)[0];
      if (request) readings.requests = { start: request.start, end: request.end };
    }
    const invitation =
      words.find('contact-form', text).find((m) => !formFilledIn(text, m, words)) ??
      (WEB.test(text) ? words.find('contact-invitation', text)[0] : undefined);
    if (invitation) readings.contactForm = { start: invitation.start, end: invitation.end };
    readings.notRights = compactList(
      words.find('not-subject-rights', text).map((m) => ({ start: m.start, end: m.end })),
    );
    readings.othersBasis = compactList(othersBasisSentences(text, words));
  }
  return remember(block.core, kind, readsNothing(readings) ? NO_READINGS : readings);
}

/** The readings of most blocks: nothing found, kept as one shared object. */
const NO_READINGS: Readings = Object.freeze<Readings>({
  instruction: false,
  requests: null,
  contactForm: null,
  notRights: emptyList(),
  othersBasis: emptyList(),
});

function readsNothing(r: Readings): boolean {
  return !r.instruction && !r.requests && !r.contactForm && r.notRights.length === 0 && r.othersBasis.length === 0;
}

// A sentence ends at . ! ? ; followed by a space, or at a line break.
const SENTENCE_END = /[.!?;](?=\s)|\n/g;

/** Topics that state the operator's basis: not in a sentence that demands a basis of its customers. */
export const BASIS_KINDS: ReadonlySet<SectionKind> = new Set(['legal_basis', 'consent']);

/** The sentences of `text` that demand a legal basis of someone other than the operator. */
export function othersBasisSentences(text: string, words: Lexicon): Array<{ start: number; end: number }> {
  return words.find('basis-of-others', text).map((m) => sentenceBounds(text, m.start, m.end));
}

/** The sentence of `text` around [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  const { start: from, end: to } = sentenceBounds(text, start, end);
  return text.slice(from, to);
}

function sentenceBounds(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { start: from, end: to };
}

/**
 * Whether the sentence of a form's mention speaks of the form as something the user fills in
 * to give data, and neither invites contact nor says that requests go through it.
 */
function formFilledIn(text: string, form: { start: number; end: number }, words: Lexicon): boolean {
  const sentence = sentenceAround(text, form.start, form.end);
  return (
    words.test('contact-form-filled', sentence) &&
    !words.test('contact-invitation', sentence) &&
    !words.test('contact-request', sentence)
  );
}
