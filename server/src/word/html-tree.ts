// Changes to mammoth's HTML before it becomes Markdown: merged table cells flattened (GFM has no
// merged cells), images dropped (counted before), footnote back-links removed. Each pass walks
// the tree once.
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface HtmlChanges {
  /** Tables whose merged cells were split. */
  mergedTables: number;
}

export const MERGED_NOTE =
  'pplint import: this table had merged cells in Word; each merged text now stands in the first of its cells.';

export function adjustHtml(tree: Root): HtmlChanges {
  const changes: HtmlChanges = { mergedTables: 0 };
  const visit = (parent: Root | Element): void => {
    const kept: Array<RootContent | ElementContent> = [];
    for (const child of parent.children) {
      if (child.type !== 'element') {
        kept.push(child);
        continue;
      }
      if (child.tagName === 'img') continue;
      // A footnote's "↑" back to its reference means nothing in Markdown.
      if (child.tagName === 'a' && /^#(foot|end)note-ref-/.test(String(child.properties?.href ?? ''))) continue;
      visit(child);
      kept.push(child);
      if (child.tagName === 'table') headerRow(child);
      if (child.tagName === 'table' && flattenMergedCells(child)) {
        changes.mergedTables++;
        kept.push({ type: 'comment', value: ` ${MERGED_NOTE} ` });
      }
    }
    parent.children = kept as typeof parent.children;
  };
  visit(tree);
  return changes;
}

/** Rows of the table (inside thead/tbody or not). */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName))
      for (const row of child.children) if (row.type === 'element' && row.tagName === 'tr') rows.push(row);
  }
  return rows;
}

const span = (cell: Element, name: 'colSpan' | 'rowSpan'): number => {
  const value = Number(cell.properties?.[name] ?? 1);
  // A span is bounded so that a hostile value cannot blow the table up.
  return Number.isInteger(value) && value > 1 ? Math.min(value, 64) : 1;
};

/** Replaces every merged cell by its text in the first cell and empty cells after it; true if any was merged. */
function flattenMergedCells(table: Element): boolean {
  const rows = rowsOf(table);
  let merged = false;
  // Cells a row span carries into the rows below: row index → column → true.
  const carried: Array<Map<number, true>> = rows.map(() => new Map());
  rows.forEach((row, r) => {
    const cells: Element[] = [];
    let column = 0;
    const fillCarried = (): void => {
      while (carried[r]!.has(column)) {
        cells.push(emptyCell());
        column++;
      }
    };
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      fillCarried();
      const cols = span(cell, 'colSpan');
      const rowsDown = span(cell, 'rowSpan');
      if (cols > 1 || rowsDown > 1) merged = true;
      delete cell.properties.colSpan;
      delete cell.properties.rowSpan;
      cells.push(cell);
      for (let c = 1; c < cols; c++) cells.push(emptyCell());
      for (let d = 1; d < rowsDown && r + d < rows.length; d++)
        for (let c = 0; c < cols; c++) carried[r + d]!.set(column + c, true);
      column += cols;
    }
    fillCarried();
    row.children = cells;
  });
  return merged;
}

function emptyCell(): Element {
  return { type: 'element', tagName: 'td', properties: {}, children: [] };
}

/** A Word table has no header cells unless marked; its first row is the header in GFM. */
function headerRow(table: Element): void {
  const first = rowsOf(table)[0];
  if (!first) return;
  for (const cell of first.children) if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
}
