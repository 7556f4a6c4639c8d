// Paragraph styles as far as numbering and outline levels need them: a style may number its
// paragraphs (Heading 1 linked to a list) or give them an outline level, directly or through the
// style it is based on.
import type { Document } from '@xmldom/xmldom';
import { intOr, wAttr, wChild, wDescendants, wVal } from './ooxml.js';

export interface ParagraphStyle {
  id: string;
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

export class Styles {
  private readonly byId = new Map<string, ParagraphStyle>();

  constructor(doc: Document | null) {
    if (!doc) return;
    for (const style of wDescendants(doc, 'style')) {
      if (wAttr(style, 'type') !== 'paragraph') continue;
      const id = wAttr(style, 'styleId');
      if (!id) continue;
      const pPr = wChild(style, 'pPr');
      const numPr = wChild(pPr, 'numPr');
      const ilvl = wVal(numPr, 'ilvl');
      const outline = wVal(pPr, 'outlineLvl');
      this.byId.set(id, {
        id,
        name: wVal(style, 'name') ?? id,
        ...(wVal(style, 'basedOn') !== undefined ? { basedOn: wVal(style, 'basedOn')! } : {}),
        ...(wVal(numPr, 'numId') !== undefined ? { numId: wVal(numPr, 'numId')! } : {}),
        ...(ilvl !== undefined ? { ilvl: intOr(ilvl, 0) } : {}),
        ...(outline !== undefined ? { outlineLevel: intOr(outline, 9) } : {}),
      });
    }
  }

  get(id: string | undefined): ParagraphStyle | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** The first value the style or its ancestors give (a cycle of basedOn ends the search). */
  inherited<T>(id: string | undefined, pick: (style: ParagraphStyle) => T | undefined): T | undefined {
    const seen = new Set<string>();
    for (let style = this.get(id); style && !seen.has(style.id); style = this.get(style.basedOn)) {
      seen.add(style.id);
      const value = pick(style);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  isTitle(id: string | undefined): boolean {
    return this.get(id)?.name.toLowerCase() === 'title';
  }

  /** Whether mammoth already turns the style into a heading (Word's built-in Title and Heading n). */
  isBuiltInHeading(id: string | undefined): boolean {
    const name = this.get(id)?.name.toLowerCase() ?? '';
    return /^(heading [1-6]|title)$/.test(name);
  }
}
