// Whether a mention that makes an item apply ("data brokers", «от третьих лиц») is denied: "We
// never obtain data from data brokers", or an item of a list whose lead-in denies ("The Provider
// will never: … transfer data to data brokers"). A denied mention shows no situation the item
// covers. The trigger's own words are left out of the test, so that "not obtained from you" still
// counts. Negation words are contradiction.yaml's `negation-words` and `negation-infixes`.
import type { Block, PolicyDocument } from '../../model/document.js';
import { negated } from '../statement-sentences.js';
import { sentenceBounds } from '../jurisdictions/sentences.js';
import type { Lexicon } from '../vocabulary/lexicon.js';

/** The sentence of `block` that holds [start, end), with those words blanked out. */
function sentenceWithout(block: Block, start: number, end: number): string {
  const [from, to] = sentenceBounds(block.text).find(([a, b]) => a <= start && end <= b) ?? [0, block.text.length];
  const text = block.text.slice(from, to);
  return text.slice(0, start - from) + ' '.repeat(end - start) + text.slice(end - from);
}

/** The paragraph that leads into the list `block` is an item of ("We will never:"), if any. */
function leadIn(doc: PolicyDocument, block: Block): Block | null {
  for (let i = block.index - 1; i >= 0; i--) {
    const before = doc.blocks[i]!;
    if (before.section !== block.section || before.type === 'heading') return null;
    if (before.core.listDepth < block.core.listDepth) return before.text.trimEnd().endsWith(':') ? before : null;
  }
  return null;
}

export function deniedMention(doc: PolicyDocument, block: Block, start: number, end: number, words: Lexicon): boolean {
  if (negated({ block, start: 0, text: sentenceWithout(block, start, end) }, words)) return true;
  if (block.core.listDepth === 0) return false;
  const lead = leadIn(doc, block);
  if (!lead) return false;
  const bounds = sentenceBounds(lead.text);
  const [from, to] = bounds[bounds.length - 1] ?? [0, lead.text.length];
  return negated({ block: lead, start: from, text: lead.text.slice(from, to) }, words);
}
