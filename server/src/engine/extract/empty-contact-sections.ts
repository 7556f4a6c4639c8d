// A sentence that sends the reader to contact details in a named section ("the contact details
// listed in the “Contacts” section", «по контактным данным, указанным в разделе «Контакты»») when
// that section gives none: no e-mail, phone, link, address or any number. The promise of a channel
// is then empty, as surely as "by phone at the email". Only a section named in quotation marks
// counts (a loose "see below" is left alone), and its title must match a heading of the document.
import type { Block, PolicyDocument, Section } from '../model/document.js';
import { lexicon } from './vocabulary/lexicon.js';
import { foldForMatch } from '../language/normalize.js';
import { sentenceBounds } from './jurisdictions/sentences.js';

export interface EmptyContactReference {
  block: Block;
  /** Indices into the block's text: the quoted title. */
  start: number;
  end: number;
  section: Section;
}

const vocabulary = lexicon();
// A quoted title of at most 80 characters, one kind of quotation mark at each end.
const QUOTED = /[«"“„]([^«»"“”„\n]{1,80})[»"”“]/g;
// Anything a reader could use to get in touch: an e-mail, a link, a domain, a number.
const CONTACT_VALUE = /@|https?:\/\/|www\.|\.[a-z]{2,6}\b|\d/i;

/** Sections by folded title, with whether they give any contact detail (the source text counts: link targets too). */
function sectionsWithoutContacts(doc: PolicyDocument): Map<string, Section> {
  const out = new Map<string, Section>();
  for (const section of doc.sections) {
    if (!section.heading || section.title.trim() === '') continue;
    const body = doc.text.slice(section.heading.end, section.span.end);
    if (CONTACT_VALUE.test(body)) continue;
    out.set(foldForMatch(section.title.trim()), section);
  }
  return out;
}

export function emptyContactReferences(doc: PolicyDocument): EmptyContactReference[] {
  const cached = doc.facts.get('empty-contact-references') as EmptyContactReference[] | undefined;
  if (cached) return cached;
  const out: EmptyContactReference[] = [];
  const empty = sectionsWithoutContacts(doc);
  if (empty.size > 0) {
    for (const block of doc.blocks) {
      if (block.type !== 'paragraph' && block.type !== 'tableCell') continue;
      for (const [start, end] of sentenceBounds(block.text)) {
        const sentence = block.text.slice(start, end);
        if (!vocabulary.test('contact-reference', sentence.replace(QUOTED, ' '))) continue;
        for (const m of sentence.matchAll(QUOTED)) {
          const section = empty.get(foldForMatch(m[1]!.trim()));
          if (!section || section === block.section) continue;
          out.push({ block, start: start + m.index, end: start + m.index + m[0].length, section });
        }
      }
    }
  }
  doc.facts.set('empty-contact-references', out);
  return out;
}
