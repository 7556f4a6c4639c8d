// Where a bare period is a retention period: in a table column headed "Retention period" /
// «Срок хранения» / «Сақтау мерзімі», in a section whose heading names retention, or under a line
// that heads such a column in a table that a PDF flattened into paragraphs. Also which cells of
// a table row say what the period covers. Computed once per document version.
import type { Block, PolicyDocument } from '../../model/document.js';
import { foldForMatch } from '../../language/normalize.js';
import { blockDurations } from './memo.js';
import { RETENTION_HEADER } from './vocabulary.js';

const DATA_HEADER = /data|information|categor|данн|сведени|информаци|категори|деректер|ақпарат|санат/u;
const PURPOSE_HEADER = /purpose|цел[ьи]|мақсат/u;
const HEADER_LINE_MAX = 100;

export interface RetentionContext {
  /** Blocks where a bare period counts as a retention period. */
  periodBlocks: Set<number>;
  /** For a table cell: the cell of its row that names what the row is about. */
  rowCovers(block: Block): string | null;
}

/** A short line that names the retention column, with no period of its own (cached per block). */
function isHeaderLine(block: Block): boolean {
  let header = block.core.memo.get('retention/header-line') as boolean | undefined;
  if (header === undefined) {
    header = block.text.length <= HEADER_LINE_MAX && RETENTION_HEADER.test(foldForMatch(block.text)) && blockDurations(block).length === 0;
    block.core.memo.set('retention/header-line', header);
  }
  return header;
}

function tableKey(block: Block): string {
  return `${block.base}:${block.core.cell!.table}`;
}

export function retentionContext(doc: PolicyDocument): RetentionContext {
  const cached = doc.facts.get('retention/context') as RetentionContext | undefined;
  if (cached) return cached;
  const headers = new Map<string, Map<number, string>>();
  for (const block of doc.blocks) {
    if (block.type !== 'tableCell' || block.core.cell!.row !== 0) continue;
    const key = tableKey(block);
    const columns = headers.get(key) ?? new Map<number, string>();
    columns.set(block.core.cell!.column, foldForMatch(block.text));
    headers.set(key, columns);
  }
  const periodBlocks = new Set<number>();
  const headingNames = new Map<number, boolean>();
  let headedSection: number | null = null;
  for (const block of doc.blocks) {
    if (block.type === 'tableCell') {
      const header = headers.get(tableKey(block))?.get(block.core.cell!.column);
      if (block.core.cell!.row > 0 && header !== undefined && RETENTION_HEADER.test(header)) periodBlocks.add(block.index);
      continue;
    }
    if (block.type !== 'paragraph') continue;
    const section = block.section;
    let headed = headingNames.get(section.index);
    if (headed === undefined) {
      headed = section.heading !== null && RETENTION_HEADER.test(foldForMatch(section.title));
      headingNames.set(section.index, headed);
    }
    if (headed) {
      periodBlocks.add(block.index);
      continue;
    }
    // A short line naming the retention column of a flattened table ("Purpose Basis Data Period of storage").
    if (isHeaderLine(block)) {
      headedSection = section.index;
      continue;
    }
    if (headedSection === section.index) periodBlocks.add(block.index);
  }

  const context: RetentionContext = {
    periodBlocks,
    rowCovers(block) {
      if (block.type !== 'tableCell' || !block.clause?.tableRow) return null;
      const columns = headers.get(tableKey(block));
      const cells = block.clause.blocks.filter((b) => b !== block && b.core.cell !== undefined && b.text.trim() !== '');
      const pick = (pattern: RegExp): Block | undefined => cells.find((b) => pattern.test(columns?.get(b.core.cell!.column) ?? ''));
      const cell = pick(DATA_HEADER) ?? pick(PURPOSE_HEADER) ?? cells[0];
      if (!cell) return null;
      const text = cell.text.replace(/\s+/g, ' ').trim();
      return text.length > 120 ? `${text.slice(0, 117)}…` : text;
    },
  };
  doc.facts.set('retention/context', context);
  return context;
}
