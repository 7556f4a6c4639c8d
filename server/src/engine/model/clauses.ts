// Clauses: the units that are aligned across language versions and quoted in findings.
// A numbered paragraph ("4.1. ...") opens a clause that runs over the unnumbered paragraphs and
// lists after it; an unnumbered paragraph is a clause of its own, together with the list it
// introduces ("... the following rights:"); each row of a table is a clause.
import type { Block, Clause } from './document.js';

export function buildClauses(blocks: Block[]): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause | null = null;
  let row: { base: number; table: number; row: number } | null = null;

  const open = (first: Block, tableRow?: Clause['tableRow']): Clause => {
    const clause: Clause = {
      index: clauses.length,
      number: first.number,
      blocks: [],
      span: { start: first.start, end: first.end },
      section: first.section,
      ...(tableRow ? { tableRow } : {}),
    };
    clauses.push(clause);
    return clause;
  };
  const add = (clause: Clause, block: Block): void => {
    clause.blocks.push(block);
    clause.span.end = Math.max(clause.span.end, block.end);
    block.clause = clause;
  };

  for (const block of blocks) {
    // Headings open sections, not clauses (bold paragraphs and title lines among them; see sections.ts).
    if (block.type === 'heading' || block.section.heading === block) {
      current = null;
      row = null;
      continue;
    }
    if (block.type === 'tableCell') {
      const cell = block.core.cell!;
      if (!row || row.base !== block.base || row.table !== cell.table || row.row !== cell.row) {
        row = { base: block.base, table: cell.table, row: cell.row };
        current = open(block, { table: block.base * 1000 + cell.table, row: cell.row });
      }
      add(current!, block);
      continue;
    }
    if (row) {
      // A table's rows are clauses of their own: what follows the table never joins its last row.
      row = null;
      current = null;
    }
    if (block.type !== 'paragraph') continue;
    if (current && current.section === block.section && belongsTo(current, block)) {
      add(current, block);
      continue;
    }
    current = open(block);
    add(current, block);
  }
  return clauses;
}

function belongsTo(clause: Clause, block: Block): boolean {
  const first = clause.blocks[0]!;
  const deeper = block.core.listDepth > first.core.listDepth;
  if (block.number) {
    // A numbered paragraph opens its own clause, except the items of an ordered list that a
    // paragraph introduces ("in the following cases: 1) ... 2) ...").
    const fromListMarker = block.number.textEnd === 0;
    return deeper && fromListMarker && first.text.trimEnd().endsWith(':');
  }
  // Lists under a paragraph belong to it; unnumbered paragraphs continue a numbered clause.
  return deeper || clause.number !== null;
}
