// Where a bare period or end is a retention statement: in a table column headed "Retention
// period" / «Срок хранения» / "Lifetime" / «Мерзімі», in a section whose heading names retention,
// under a line that heads such a column in a table that a PDF flattened into paragraphs, or in
// the items after a lead-in («Персональные данные хранятся до:», "kept for no more than:"). Also
// which cell of a table row says what the period covers, and which tables list cookies.
// Computed once per document version and vocabulary.
import type { Block, PolicyDocument } from '../../model/document.js';
import { blockDurations } from './memo.js';
import type { Lead } from './bare.js';
import { keepingCues } from './read.js';
import type { RetentionWords } from './vocabulary.js';
import { trimEndIndex } from './text.js';
import { recall, remember } from '../../parse/memo.js';
import { stepEnds, type Steps } from '../steps.js';

const HEADER_LINE_MAX = 100;
const LEAD_MAX = 400;

export interface RetentionContext {
  /** Blocks where a bare period or end counts as a retention statement. */
  periodBlocks: Set<number>;
  /** Blocks that continue a lead-in, with what the lead-in lends them. */
  leads: Map<number, Lead>;
  /** For a table cell: the cell of its row that names what the row is about. */
  rowCovers(block: Block): string | null;
  /** Whether a table cell stands in a table of cookies (its periods are cookie lifetimes). */
  cookieTable(block: Block): boolean;
}

function has(words: RetentionWords, family: string, text: string): boolean {
  return words.scan(text).of(family).length > 0;
}

/** What a table's header cell or a section's heading says, read once per block (the memo lives as long as its text). */
interface HeaderReading {
  period: boolean;
  cookie: boolean;
  families: ReadonlySet<string>;
}

const COLUMN_FAMILIES = ['retention-cookie-column', 'retention-data-column', 'retention-purpose-column'];

function headerReading(block: Block, text: string, words: RetentionWords): HeaderReading {
  let reading = recall<HeaderReading>(block.core, words.memos.header);
  if (!reading) {
    reading = {
      period: has(words, 'retention-header', text) || words.whole('retention-column', text),
      cookie: has(words, 'retention-cookie-word', text),
      families: new Set(COLUMN_FAMILIES.filter((f) => has(words, f, text))),
    };
    remember(block.core, words.memos.header, reading);
  }
  return reading;
}

/** A short line that names the retention column, with no period of its own (cached per block). */
function isHeaderLine(block: Block, words: RetentionWords): boolean {
  let header = recall<boolean>(block.core, words.memos.headerLine);
  if (header === undefined) {
    header =
      block.text.length <= HEADER_LINE_MAX &&
      has(words, 'retention-header', block.text) &&
      blockDurations(block, words.lexicon).length === 0;
    remember(block.core, words.memos.headerLine, header);
  }
  return header;
}

/**
 * A lead-in: a line with a word of keeping that ends in a colon right after an opening end
 * («хранятся до:», "kept until:") or a bound («но не более:», "for no longer than:"). Cached per block.
 */
export function leadOf(block: Block, words: RetentionWords): Lead | null {
  let lead = recall<Lead | null>(block.core, words.memos.lead);
  if (lead === undefined) lead = remember(block.core, words.memos.lead, readLead(block.text, words));
  return lead;
}

function readLead(text: string, words: RetentionWords): Lead | null {
  const end = trimEndIndex(text, 0, text.length);
  if (end === 0 || text[end - 1] !== ':' || end > LEAD_MAX) return null;
  const hits = words.scan(text);
  if (keepingCues(hits).length === 0) return null;
  const at = trimEndIndex(text, 0, end - 1);
  const until = hits.endingAt('retention-lead-until', at);
  if (until) return { prefix: text.slice(until.start, until.end), bound: null };
  if (hits.endingAt('retention-bound-max', at)) return { prefix: null, bound: 'max' };
  if (hits.endingAt('retention-bound-min', at)) return { prefix: null, bound: 'min' };
  return null;
}

/** Whether a block continues the lead-in before it: an item of a deeper list, or a sub-clause of its number. */
function continues(lead: Block, block: Block): boolean {
  if (block.section !== lead.section || block.type !== 'paragraph') return false;
  if (block.core.listDepth > lead.core.listDepth) return true;
  return block.number !== null && lead.number !== null && block.number.label.startsWith(`${lead.number.label}.`);
}

function tableKey(block: Block): string {
  return `${block.base}:${block.core.cell!.table}`;
}

/**
 * The context of a document version, in steps of a few blocks: on a cold large draft its readings
 * of headers and lead-ins take seconds (its callers yield between steps or run them to the end).
 */
export function* retentionContextSteps(doc: PolicyDocument, words: RetentionWords): Steps<RetentionContext> {
  const factKey = words.keys.context;
  const cached = doc.facts.get(factKey) as RetentionContext | undefined;
  if (cached) return cached;
  const headers = new Map<string, Map<number, HeaderReading>>();
  for (const block of doc.blocks) {
    if (stepEnds(block.index)) yield;
    if (block.type !== 'tableCell' || block.core.cell!.row !== 0) continue;
    const key = tableKey(block);
    const columns = headers.get(key) ?? new Map<number, HeaderReading>();
    columns.set(block.core.cell!.column, headerReading(block, block.text, words));
    headers.set(key, columns);
  }
  const periodBlocks = new Set<number>();
  const leads = new Map<number, Lead>();
  const headingNames = new Map<number, boolean>();
  let headedSection: number | null = null;
  let lead: { block: Block; lead: Lead } | null = null;
  for (const block of doc.blocks) {
    if (stepEnds(block.index)) yield;
    if (block.type === 'tableCell') {
      const header = headers.get(tableKey(block))?.get(block.core.cell!.column);
      if (block.core.cell!.row > 0 && header?.period) periodBlocks.add(block.index);
      continue;
    }
    if (block.type !== 'paragraph') continue;
    if (lead && continues(lead.block, block)) {
      periodBlocks.add(block.index);
      leads.set(block.index, lead.lead);
      continue;
    }
    const own = leadOf(block, words);
    lead = own ? { block, lead: own } : null;
    const section = block.section;
    let headed = headingNames.get(section.index);
    if (headed === undefined) {
      headed = section.heading !== null && headerReading(section.heading, section.title, words).period;
      headingNames.set(section.index, headed);
    }
    if (headed) {
      periodBlocks.add(block.index);
      continue;
    }
    // A short line naming the retention column of a flattened table ("Purpose Basis Data Period of storage").
    if (isHeaderLine(block, words)) {
      headedSection = section.index;
      continue;
    }
    if (headedSection === section.index) periodBlocks.add(block.index);
  }

  const columnOf = (block: Block, family: string): Block | undefined => {
    const columns = headers.get(tableKey(block));
    const cells = block.clause!.blocks.filter((b) => b !== block && b.core.cell !== undefined && b.text.trim() !== '');
    return cells.find((b) => columns?.get(b.core.cell!.column)?.families.has(family));
  };
  const context: RetentionContext = {
    periodBlocks,
    leads,
    rowCovers(block) {
      if (block.type !== 'tableCell' || !block.clause?.tableRow) return null;
      const cells = block.clause.blocks.filter((b) => b !== block && b.core.cell !== undefined && b.text.trim() !== '');
      const cell =
        columnOf(block, 'retention-cookie-column') ??
        columnOf(block, 'retention-data-column') ??
        columnOf(block, 'retention-purpose-column') ??
        cells[0];
      if (!cell) return null;
      const text = cell.text.replace(/\s+/g, ' ').trim();
      return text.length > 120 ? `${text.slice(0, 117)}…` : text;
    },
    cookieTable(block) {
      if (block.type !== 'tableCell') return false;
      const columns = headers.get(tableKey(block));
      return columns !== undefined && [...columns.values()].some((header) => header.cookie);
    },
  };
  doc.facts.set(factKey, context);
  return context;
}
