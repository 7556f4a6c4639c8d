// Every retention statement of a document, normalised: ISO 8601 period or null, bound, the event
// it runs from, what it runs until, what it covers. Read per block (cached in the block's memo,
// so an edit re-reads only the block it touched) and assembled per document version.
import type { Block, Clause, PolicyDocument } from '../../model/document.js';
import type { Lang, Span } from '../../types.js';
import type { Duration } from '../durations.js';
import { lexicon, type Lexicon } from '../vocabulary/lexicon.js';
import type { ResolvedConfig } from '../../config/types.js';
import { blockDurations } from './memo.js';
import { readSentences, type Bound, type FoundStatement } from './read.js';
import { readBare, type Lead } from './bare.js';
import { retentionContextSteps } from './context.js';
import { runSteps, stepEnds, type Steps } from '../steps.js';
import { retentionWords, type Criterion, type RetentionWords, type Vagueness } from './vocabulary.js';
import { recall, remember } from '../../parse/memo.js';

export type { Bound } from './read.js';
export type { Criterion, Vagueness } from './vocabulary.js';

export interface RetentionStatement {
  /** The sentence (or table cell) as a reader sees it. */
  text: string;
  /** ISO 8601 duration, or null when the statement gives no period (or one in working days). */
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
  /** A deadline to delete ("deleted within 30 days of …"): compared only with other deadlines. */
  deletion: boolean;
  /** A cookie's lifetime: compared only with other cookies' lifetimes. */
  cookie: boolean;
  /** Stated under a condition ("If you would like …"): an exception, not compared with other statements. */
  conditional: boolean;
  /** Statements of one sentence share this key. */
  sentenceKey: string;
  /** Index of the language version (`doc.versions`) the statement stands in. */
  part: number;
}

/** Marks a statement whose own words name cookies (read once, with the block). */
function withCookie(f: FoundStatement, words: RetentionWords): FoundStatement {
  return f.covers !== null && words.scan(f.covers).of('retention-cookie-word').length > 0 ? { ...f, cookie: true } : f;
}

function readBlock(block: Block, words: RetentionWords): FoundStatement[] {
  let reading = recall<FoundStatement[]>(block.core, words.memos.reading);
  if (!reading) {
    reading = remember(
      block.core,
      words.memos.reading,
      readSentences(block.text, blockDurations(block, words.lexicon), block.lang, words).map((f) =>
        withCookie(f, words),
      ),
    );
  }
  return reading;
}

/** A block's own reading, made ahead of `documentRetention` (the lint runner does it a few blocks per step). */
export function readRetentionOf(block: Block, lex?: Lexicon): void {
  if (block.type === 'paragraph' || block.type === 'tableCell') readBlock(block, retentionWords(lex));
}

/** The bare reading of a block where the context allows one (see bare.ts), cached per block. */
function readBareBlock(block: Block, words: RetentionWords): FoundStatement | null {
  let reading = recall<FoundStatement | null>(block.core, words.memos.bare);
  if (reading === undefined) {
    reading = readBare(block.text, blockDurations(block, words.lexicon), words, null, block.number?.textEnd ?? 0);
    if (reading) reading = withCookie(reading, words);
    remember(block.core, words.memos.bare, reading);
  }
  return reading;
}

/**
 * The bare reading of an item that continues a lead-in («хранятся до:»), cached for the lead-in it
 * was read with (an item follows one lead-in at a time).
 */
function readWithLead(block: Block, words: RetentionWords, lead: Lead): FoundStatement | null {
  const cached = recall<LeadItemReading>(block.core, words.memos.leadItem);
  if (cached && cached.prefix === lead.prefix && cached.bound === lead.bound) return cached.reading;
  let reading = readBare(block.text, blockDurations(block, words.lexicon), words, lead, block.number?.textEnd ?? 0);
  if (reading) reading = withCookie(reading, words);
  remember<LeadItemReading>(block.core, words.memos.leadItem, { prefix: lead.prefix, bound: lead.bound, reading });
  return reading;
}

interface LeadItemReading {
  prefix: Lead['prefix'];
  bound: Lead['bound'];
  reading: FoundStatement | null;
}

// Working days have no fixed length in calendar time: the statement stands, its ISO period does not.
function isoPeriod(d: Duration | null): string | null {
  return d && d.unit !== 'workingDay' ? d.iso : null;
}

/** Every retention statement of the document, read with the given vocabulary (the built-in one by default). */
export function documentRetention(doc: PolicyDocument, lex?: Lexicon): RetentionStatement[] {
  return runSteps(documentRetentionSteps(doc, lex));
}

/** `documentRetention` in steps of a few blocks, for a caller that yields between them (the server on a large draft). */
export function* documentRetentionSteps(doc: PolicyDocument, lex?: Lexicon): Steps<RetentionStatement[]> {
  const words = retentionWords(lex);
  const factKey = words.keys.statements;
  const cached = doc.facts.get(factKey) as RetentionStatement[] | undefined;
  if (cached) return cached;
  const context = yield* retentionContextSteps(doc, words);
  const statements: RetentionStatement[] = [];
  let part = 0;
  for (const block of doc.blocks) {
    if (stepEnds(block.index)) yield;
    while (part < doc.versions.length - 1 && block.index >= doc.versions[part]!.endBlock) part++;
    if (block.type !== 'paragraph' && block.type !== 'tableCell') continue;
    let found = readBlock(block, words);
    if (found.length === 0 && context.periodBlocks.has(block.index)) {
      const lead = context.leads.get(block.index);
      const bare = lead ? readWithLead(block, words, lead) : readBareBlock(block, words);
      found = bare ? [bare] : [];
    }
    for (const f of found) {
      const rowCovers = f.covers === null || f.bare ? context.rowCovers(block) : null;
      const covers = rowCovers ?? f.covers;
      statements.push({
        text: block.text.slice(f.start, f.end).replace(/\s+/g, ' ').trim(),
        period: isoPeriod(f.duration),
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
        deletion: f.deletion,
        conditional: f.conditional,
        cookie: f.cookie || context.cookieTable(block),
        sentenceKey: `${block.index}:${f.sentence}`,
        part,
      });
    }
  }
  doc.facts.set(factKey, statements);
  return statements;
}

/** The statements as a configuration reads them: its `vocabulary` may extend the retention words. */
export function configuredRetention(
  doc: PolicyDocument,
  config: Pick<ResolvedConfig, 'vocabulary'>,
): RetentionStatement[] {
  return documentRetention(doc, configuredLexicon(config));
}

/** `configuredRetention` in steps. */
export function configuredRetentionSteps(
  doc: PolicyDocument,
  config: Pick<ResolvedConfig, 'vocabulary'>,
): Steps<RetentionStatement[]> {
  return documentRetentionSteps(doc, configuredLexicon(config));
}

export function configuredLexicon(config: Pick<ResolvedConfig, 'vocabulary'>): Lexicon {
  return lexicon(config.vocabulary as Record<string, unknown> | undefined);
}

/**
 * Where the policy states retention, as evidence for the `retention` item of a jurisdiction
 * profile (the checklist, missing-section): every statement read, vague or unlimited ones
 * included, as retention-missing counts them. Empty when the policy states none.
 */
export function retentionEvidence(doc: PolicyDocument, config: Pick<ResolvedConfig, 'vocabulary'>): Span[] {
  return configuredRetention(doc, config).map((s) => s.span);
}

/** The CLI contract's `retention` objects; `range` holds offsets that the CLI turns into lines. */
export type RetentionJson = Pick<RetentionStatement, 'text' | 'period' | 'bound' | 'from' | 'until' | 'covers'> & {
  range: Span;
};

export function retentionJson(doc: PolicyDocument, lex?: Lexicon): RetentionJson[] {
  return documentRetention(doc, lex).map((s) => ({
    text: s.text,
    period: s.period,
    bound: s.bound,
    from: s.from,
    until: s.until,
    covers: s.covers,
    range: { start: s.span.start, end: s.span.end },
  }));
}

/** The statements whose range holds an offset (for the hover). */
export function retentionAt(doc: PolicyDocument, offset: number, lex?: Lexicon): RetentionStatement[] {
  return documentRetention(doc, lex).filter((s) => s.span.start <= offset && offset <= s.span.end);
}
