// The subject's own duties inside a rights section: «Пользователь обязан: … обновлять свои данные
// в случае их изменения», "The User is obliged to: provide accurate data and update it". A duty
// to keep one's data up to date is no right to have them corrected, so the rights reading
// (rights.ts) leaves these clauses out. A duty is read only where the subject is its grammatical
// subject at the start of the clause (vocabulary/rights.yaml, `subject-duty`): the operator's
// duties («Оператор обязан предоставить доступ …») often grant the subject a right and stay in.
import type { Block, PolicyDocument } from '../../model/document.js';
import type { Span } from '../../types.js';
import { foldForMatch } from '../../language/normalize.js';
import { partitionPoint } from '../../model/search.js';
import type { Lexicon } from '../vocabulary/lexicon.js';

/** What may stand before the duty's words in its clause: a number, a bullet, emphasis. */
const LEAD = /^[\s\d.)*_\-–—•]*$/;

/** Whether the block's text opens with the subject's duty ("4.2. The User is obliged…"). */
function opensWithDuty(block: Block, lex: Lexicon): boolean {
  const text = foldForMatch(block.text);
  return lex
    .find('subject-duty', text)
    .some((m) => LEAD.test(text.slice(0, m.start)) && !lex.test('subject-right-words', text.slice(m.start, m.end)));
}

/** Whether `block` is an item of the clause `intro` opens: a sub-clause of its number, or a list item after it. */
function under(block: Block, intro: Block): boolean {
  const parts = intro.number?.parts;
  if (parts && block.number)
    return block.number.parts.length > parts.length && parts.every((p, i) => block.number!.parts[i] === p);
  return block.core.listDepth > intro.core.listDepth;
}

/**
 * The text of the span without the clauses that state the subject's duties: a clause that opens
 * with one, and, where it ends with a colon, the items that follow it; under a heading that names them, its section.
 */
export function textWithoutSubjectDuties(doc: PolicyDocument, span: Span, lex: Lexicon): string {
  const kept: string[] = [];
  let intro: Block | null = null;
  // A heading that names the duties («Обязанности Пользователя») leaves out its whole section.
  let skipTo = -1;
  for (let i = partitionPoint(doc.blocks, (b) => b.end <= span.start); i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    if (block.start >= span.end) break;
    if (block.start < skipTo) continue;
    if (intro && under(block, intro)) continue;
    intro = null;
    if (opensWithDuty(block, lex)) {
      if (block.type === 'heading') skipTo = block.section.span.end;
      else if (block.text.trimEnd().endsWith(':')) intro = block;
      continue;
    }
    kept.push(block.text);
  }
  return kept.join('\n');
}
