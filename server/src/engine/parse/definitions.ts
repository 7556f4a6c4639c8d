// Link reference and footnote definitions apply to the whole document, wherever they stand. A
// chunk is first parsed alone; the definitions its parse finds are exactly those of the whole
// document (a chunk parses the same alone as inside it). A chunk that refers to a label defined
// in another chunk is parsed again with a one-line definition of that label: only the labels it
// may refer to, so that a document of many definitions does not cost the square of their number.
import type { Nodes, Root } from 'mdast';

export interface Definition {
  /** The normalised label; footnote labels start with "^". */
  key: string;
  /** A one-line definition of the same label (its destination does not matter to the text). */
  line: string;
}

/** The definitions a chunk's tree holds, in order (they may sit in lists, quotes and footnotes). */
export function definitionsIn(tree: Root): Definition[] {
  const found: Definition[] = [];
  const stack: Nodes[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      const label = (node.label ?? node.identifier).replace(/[\r\n]/g, ' ');
      const footnote = node.type === 'footnoteDefinition';
      found.push({
        key: normalizeLabel(footnote ? `^${label}` : label),
        line: footnote ? `[^${label}]: x` : `[${label}]: x`,
      });
    }
    if (
      node.type === 'list' ||
      node.type === 'listItem' ||
      node.type === 'blockquote' ||
      node.type === 'footnoteDefinition'
    ) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return found;
}

/**
 * Every label the text may refer to: the content of each "[…]" holding no other bracket, as
 * CommonMark matches labels (case-folded, runs of white space as one space). A superset: a label
 * that is not a reference costs only a definition that nothing uses. Linear: each character is
 * looked at once.
 */
export function referencedLabels(text: string): Set<string> {
  const labels = new Set<string>();
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91)
      open = i; // "["
    else if (c === 93 && open >= 0) {
      if (i - open <= 1000) labels.add(normalizeLabel(text.slice(open + 1, i)));
      open = -1;
    }
  }
  return labels;
}

/** A label as CommonMark compares them; a line break followed by quote markers counts as a space. */
export function normalizeLabel(raw: string): string {
  let out = '';
  let space = false;
  let lineStart = false;
  for (const ch of raw) {
    if (ch === '\n' || ch === '\r') {
      space = true;
      lineStart = true;
    } else if (ch === ' ' || ch === '\t') {
      space = true;
    } else if (ch === '>' && lineStart) {
      space = true;
    } else {
      if (space && out !== '') out += ' ';
      out += ch;
      space = false;
      lineStart = false;
    }
  }
  return out.toLowerCase().toUpperCase();
}
