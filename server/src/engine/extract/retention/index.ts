// Every retention statement of a document, normalised: ISO 8601 period or null, bound, the event
// it runs from, what it runs until, what it covers. Read per block (cached in the block's memo,
// so an edit re-reads only the block it touched) and assembled per document version.
import type { Block, Clause, PolicyDocument } from '../../model/document.js';
import type { Lang, Span } from '../../types.js';
import type { Duration } from '../durations.js';
import { blockDurations } from './memo.js';
import { readBare, readSentences, type Bound, type FoundStatement } from './read.js';
import { retentionContext } from './context.js';
import type { Criterion, Vagueness } from './vocabulary.js';

export type { Bound } from './read.js';
export type { Criterion, Vagueness } from './vocabulary.js';

export interface RetentionStatement {
  /** The sentence (or table cell) as a reader sees it. */
  text: string;
  /** ISO 8601 duration, or null when the statement gives no period. */
  period: string | null;
  bound: Bound | null;
  /** The event the period runs from, as written ("date of payment"). */
  from: string | null;
  /** What the data are kept until, as written ("consent is withdrawn"). */
  until: string | null;
  /** The data or purpose the statement covers, as written. */
  covers: string | null;
  /** Absolute source range of the statement. */
  span: Span;
  block: Block;
  clause: Clause | null;
  lang: Lang | null;
  /** The period as read, with its number style (for fixes). */
  duration: Duration | null;
  /** Absolute range of the period or of the criterion's words: what a finding underlines. */
  focus: Span;
  criterion: Criterion | null;
  vague: Vagueness | null;
  /** Where `covers` came from: the sentence, the table row, or nowhere. */
  coversFrom: 'sentence' | 'row' | null;
  /** A period standing alone in a table cell or under a retention heading. */
  bare: boolean;
  /** Statements of one sentence share this key. */
  sentenceKey: string;
  /** Index of the language version (`doc.versions`) the statement stands in. */
  part: number;
}

interface BlockReading {
  sentences: FoundStatement[];
  bare: FoundStatement | null;
}

function readBlock(block: Block): BlockReading {
  let reading = block.core.memo.get('retention') as BlockReading | undefined;
  if (!reading) {
    const durations = blockDurations(block);
    reading = { sentences: readSentences(block.text, durations, block.lang), bare: readBare(block.text, durations) };
    block.core.memo.set('retention', reading);
  }
  return reading;
}

export function documentRetention(doc: PolicyDocument): RetentionStatement[] {
  const cached = doc.facts.get('retention') as RetentionStatement[] | undefined;
  if (cached) return cached;
  const context = retentionContext(doc);
  const statements: RetentionStatement[] = [];
  let part = 0;
  for (const block of doc.blocks) {
    while (part < doc.versions.length - 1 && block.index >= doc.versions[part]!.endBlock) part++;
    if (block.type !== 'paragraph' && block.type !== 'tableCell') continue;
    const reading = readBlock(block);
    const found = reading.sentences.length > 0 ? reading.sentences : reading.bare && context.periodBlocks.has(block.index) ? [reading.bare] : [];
    for (const f of found) {
      const rowCovers = f.covers === null || f.bare ? context.rowCovers(block) : null;
      const covers = rowCovers ?? f.covers;
      statements.push({
        text: block.text.slice(f.start, f.end).replace(/\s+/g, ' ').trim(),
        period: f.duration?.iso ?? null,
        bound: f.bound,
        from: f.from,
        until: f.until,
        covers,
        span: block.sourceSpan(f.start, f.end),
        block,
        clause: block.clause,
        lang: block.lang,
        duration: f.duration,
        focus: block.sourceSpan(f.focus.start, f.focus.end),
        criterion: f.criterion,
        vague: f.vague,
        coversFrom: rowCovers ? 'row' : covers ? 'sentence' : null,
        bare: f.bare,
        sentenceKey: `${block.index}:${f.sentence}`,
        part,
      });
    }
  }
  doc.facts.set('retention', statements);
  return statements;
}

/** The CLI contract's `retention` objects; `range` holds offsets that the CLI turns into lines. */
export type RetentionJson = Pick<RetentionStatement, 'text' | 'period' | 'bound' | 'from' | 'until' | 'covers'> & { range: Span };

export function retentionJson(doc: PolicyDocument): RetentionJson[] {
  return documentRetention(doc).map((s) => ({ text: s.text, period: s.period, bound: s.bound, from: s.from, until: s.until, covers: s.covers, range: { start: s.span.start, end: s.span.end } }));
}

/** The statements whose range holds an offset (for the hover). */
export function retentionAt(doc: PolicyDocument, offset: number): RetentionStatement[] {
  return documentRetention(doc).filter((s) => s.span.start <= offset && offset <= s.span.end);
}
